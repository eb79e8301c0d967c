/**
 * The thin slice, end to end in real Chromium: a dashboard at its real address → content script
 * → background (validated, stored, evaluated) → badge and side panel; and nothing is lost when
 * the service worker is stopped and started again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import {
  badgeText,
  importData,
  saveGoal,
  SidePanel,
  startHarness,
  stopServiceWorker,
  tabIdOf,
  type Harness,
} from './harness';
import { UMAMI_DASHBOARD, UMAMI_SITE, visitorsGoal, visitorsHistory } from './umami-scenario';

const SITE = UMAMI_SITE;
const DASHBOARD = UMAMI_DASHBOARD;
const goal = visitorsGoal;
const history = visitorsHistory;

let h: Harness;

beforeAll(async () => {
  h = await startHarness([
    { url: DASHBOARD, file: resolve('test/fixtures/umami/dashboard-30d.en.html') },
  ]);
  expect(await saveGoal(h, goal)).toMatchObject({ ok: true });
  const imported = await importData(h, {
    format: 'pacer',
    version: 1,
    exportedAt: new Date().toISOString(),
    goals: [],
    readings: history,
  });
  expect(imported).toMatchObject({ ok: true });
});

afterAll(async () => {
  await h?.close();
});

describe('foundation', () => {
  it('reads the dashboard, shows its figures and the goal in the side panel, and sets the badge', async () => {
    const dashboard = await h.context.newPage();
    await dashboard.goto(DASHBOARD);
    const tabId = await tabIdOf(h, dashboard);
    const panel = await SidePanel.open(h, tabId);

    const visitors = panel.figure(`umami/${SITE}/visitors`);
    await expect.poll(() => visitors.getAttribute('data-value'), { timeout: 15_000 }).toBe('16180');
    expect(await panel.figure(`umami/${SITE}/views`).getAttribute('data-value')).toBe('34461');
    await expect.poll(() => panel.page.locator('[data-metric]').count()).toBe(5);

    const card = panel.goalCard(goal.id);
    await expect.poll(() => card.getAttribute('data-status')).toBe('off-track');
    await expect.poll(() => badgeText(h, tabId)).toBe('1');
    await panel.page.screenshot({ path: 'test-results/sidepanel-umami.png' });
  });

  it('keeps readings, figures and badge when the service worker stops and starts again', async () => {
    const dashboard = h.context.pages().find((p) => p.url() === DASHBOARD)!;
    const tabId = await tabIdOf(h, dashboard);
    const before = await h.ext.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'data.export', payload: {} }),
    );

    await stopServiceWorker(h);

    // The next message wakes the worker; the panel reloads from storage alone.
    const panel = await SidePanel.open(h, tabId);
    await expect
      .poll(() => panel.figure(`umami/${SITE}/visitors`).getAttribute('data-value'))
      .toBe('16180');
    await expect.poll(() => panel.goalCard(goal.id).getAttribute('data-status')).toBe('off-track');
    expect(await badgeText(h, tabId)).toBe('1');
    const after = await h.ext.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'data.export', payload: {} }),
    );
    expect(after.readings).toHaveLength(before.readings.length);
    expect(after.goals).toEqual(before.goals);
  });

  it('does not read a page outside the known dashboards', async () => {
    // Same saved page, at an address Pacer has no permission for: no content script, no reading.
    const page = await h.context.newPage();
    await page.route('https://example.org/**', (r) =>
      r.fulfill({ status: 200, contentType: 'text/html', body: '<h1>Visitors 99</h1>' }),
    );
    await page.goto('https://example.org/stats');
    const tabId = await tabIdOf(h, page);
    await page.waitForTimeout(1500);
    const view = await h.ext.evaluate(
      (id) => chrome.runtime.sendMessage({ type: 'page.get', payload: { tabId: id } }),
      tabId,
    );
    expect(view.read).toBeNull();
  });
});
