import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listenForClicks, notify } from '../../lib/service/notify';
import { DEFAULT_SETTINGS } from '../../lib/store/settings';
import type { Alert } from '../../lib/service/status-changes';

const alerts: Alert[] = [
  { kind: 'worse', goalId: 'g1', title: 'Grow sign-ups', from: 'on-track', to: 'off-track' },
  { kind: 'achieved', goalId: 'g2', title: 'Cut churn' },
  { kind: 'anomaly', goalId: 'g1', title: 'Grow sign-ups', date: '2026-03-02', value: 10 },
];

describe('notify', () => {
  it('sends nothing while notifications are off (the default)', async () => {
    expect(await notify(alerts, DEFAULT_SETTINGS)).toBe(0);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toHaveLength(0);
  });

  it('sends one notification per alert, in the chosen language', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
    expect(await notify(alerts, { ...DEFAULT_SETTINGS, notifications: true, language: 'ko' })).toBe(
      3,
    );
    // The fake keeps what was shown in getAllCreateOptions (the real getAll only lists ids).
    const fake = fakeBrowser.notifications as unknown as {
      getAllCreateOptions(): Record<string, { title: string; message: string }>;
    };
    const shown = Object.values(fake.getAllCreateOptions());
    expect(shown.map((n) => n.title)).toEqual([
      '뒤처지는 중: Grow sign-ups',
      '달성: Cut churn',
      '이상 변화: Grow sign-ups',
    ]);
    expect(shown[0]!.message).toBe('현재 상태: 뒤처짐 (이전: 순항 중)');
  });

  it('calls a first verdict what it is, not a slip from "no data"', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
    const first = [{ ...alerts[0]!, from: 'no-data' as const, to: 'off-track' as const }];
    await notify(first, { ...DEFAULT_SETTINGS, notifications: true, language: 'en' });
    const fake = fakeBrowser.notifications as unknown as {
      getAllCreateOptions(): Record<string, { title: string; message: string }>;
    };
    const shown = Object.values(fake.getAllCreateOptions());
    expect(shown.map((n) => [n.title, n.message])).toContainEqual([
      'Needs attention: Grow sign-ups',
      'First verdict: Off track.',
    ]);
  });

  it('opens the goal in the options page when clicked', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    listenForClicks();
    await fakeBrowser.notifications.onClicked.trigger('pacer-goal:g 1:123:0');
    expect(create).toHaveBeenCalledWith({
      url: expect.stringMatching(/options\.html#goal=g%201$/),
    });
  });
});
