import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startPickMode, storeTracker, trackFromMenu } from '../../lib/service/track';
import { openPacerDb, trackersFor } from '../../lib/store';

const locator = {
  version: 1 as const,
  label: 'monthly recurring revenue',
  relation: 'same-card' as const,
  path: 'body > div.card:nth-of-type(2) > p:nth-of-type(1)',
  unit: 'currency' as const,
  currency: 'USD',
  sample: '$12,340',
};
const figure = {
  key: 'monthly_recurring_revenue',
  label: 'Monthly recurring revenue',
  value: 12340,
  unit: 'currency' as const,
  currency: 'USD',
  precision: 0.5,
  text: '$12,340',
};
const PAGE = 'https://dashboard.stripe.com/acct_1/dashboard';

describe('trackFromMenu', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
  });

  it('stores the figure the content script describes, and re-points instead of duplicating', async () => {
    const db = await openPacerDb({ name: `track-${Math.random()}` });
    const inject = vi.mocked(fakeBrowser.scripting.executeScript);
    const send = vi
      .spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockResolvedValue({ locator, figure } as never);
    const first = await trackFromMenu(db, 3, PAGE, 0, new Date('2026-02-01T00:00:00Z'));
    expect(first).toMatchObject({ ok: true });
    // The locator part is injected into the tab's top frame before it is asked.
    expect(inject).toHaveBeenCalledWith({
      target: { tabId: 3, frameIds: [0] },
      files: ['/part-locator.js'],
    });
    expect(inject.mock.invocationCallOrder[0]).toBeLessThan(send.mock.invocationCallOrder[0]!);
    expect(send).toHaveBeenCalledWith(3, { type: 'locator.pick' }, { frameId: 0 });
    expect(send).toHaveBeenCalledWith(3, { type: 'trackers.changed' }, { frameId: 0 });

    const again = await trackFromMenu(db, 3, PAGE, 0, new Date('2026-02-02T00:00:00Z'));
    const trackers = await trackersFor(db, 'https://dashboard.stripe.com');
    expect(trackers).toHaveLength(1);
    expect(again).toEqual(first);
    expect(trackers[0]).toMatchObject({ key: figure.key, label: figure.label, locator });
  });

  it('refuses what the page answers when it is not a valid locator, and says why', async () => {
    const db = await openPacerDb({ name: `track-${Math.random()}` });
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({
      locator: { ...locator, path: '' },
      figure,
    } as never);
    expect(await trackFromMenu(db, 3, PAGE, 0, new Date())).toEqual({
      ok: false,
      reason: 'no-figure',
    });
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(null as never);
    expect(await trackFromMenu(db, 3, PAGE, 0, new Date())).toEqual({
      ok: false,
      reason: 'no-figure',
    });
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('no receiver'));
    expect(await trackFromMenu(db, 3, PAGE, 0, new Date())).toEqual({
      ok: false,
      reason: 'no-script',
    });
    expect(await trackFromMenu(db, 3, PAGE, 7, new Date())).toEqual({ ok: false, reason: 'frame' });
    // The locator part could not be injected (tab gone, permission revoked): nothing is asked.
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('no access'));
    const asked = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
    asked.mockClear();
    expect(await trackFromMenu(db, 3, PAGE, 0, new Date())).toEqual({
      ok: false,
      reason: 'no-script',
    });
    expect(asked).not.toHaveBeenCalled();
    expect(await trackersFor(db, 'https://dashboard.stripe.com')).toHaveLength(0);
  });

  it('starts pick mode only where the locator part was injected and the content script started it', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(true as never);
    expect(await startPickMode(3)).toBe(true);
    expect(send).toHaveBeenCalledWith(3, { type: 'locator.pickMode' }, { frameId: 0 });
    // The content script had no locator part to start it with.
    send.mockResolvedValue(false as never);
    expect(await startPickMode(3)).toBe(false);
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('no access'));
    send.mockClear();
    expect(await startPickMode(3)).toBe(false);
    expect(send).not.toHaveBeenCalled();
  });

  it('keeps trackers per site', async () => {
    const db = await openPacerDb({ name: `track-${Math.random()}` });
    await storeTracker(db, 'https://a.example', { locator, figure }, new Date());
    expect(await trackersFor(db, 'https://b.example')).toHaveLength(0);
    expect(await trackersFor(db, 'https://a.example')).toHaveLength(1);
  });
});
