/**
 * The daily re-check: pace moves with time even when no reading arrives, and deadlines pass.
 * The listener is added synchronously when the worker starts (MV3 drops events whose listeners
 * come later); the alarm itself survives worker restarts, so it is created only when missing.
 */
import { browser } from 'wxt/browser';

export const DAILY_ALARM = 'pacer-daily';

export function scheduleDaily(onDaily: () => void): Promise<void> {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === DAILY_ALARM) onDaily();
  });
  return browser.alarms.get(DAILY_ALARM).then(async (existing) => {
    if (!existing)
      await browser.alarms.create(DAILY_ALARM, { delayInMinutes: 1, periodInMinutes: 24 * 60 });
  });
}
