import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { createRouter } from '../../lib/messaging/router';
import { PROTOCOL } from '../../lib/messaging/protocol';
import type { ServiceDeps } from '../../lib/service/deps';
import { registerHandlers } from '../../lib/service/handlers';
import { exportAll, openPacerDb } from '../../lib/store';
import type { TabState } from '../../lib/service/tab-state';
import { makeGoal } from '../support/factories';

const EXT = 'pacer-id';
const ORIGIN = `chrome-extension://${EXT}/`;
const extensionPage = { id: EXT, url: `${ORIGIN}sidepanel.html` };
const dashboardTab = {
  id: EXT,
  url: 'https://plausible.io/example.com',
  frameId: 0,
  tab: { id: 7 },
};

const read = {
  source: 'plausible',
  scope: 'example.com',
  period: { start: '2026-01-01', end: '2026-01-30' },
  figures: [
    {
      key: 'visitors',
      label: 'Unique visitors',
      value: 12300,
      unit: 'count',
      precision: 50,
      text: '12.3k',
    },
  ],
};

async function setup(allowed: (u: URL) => boolean = (u) => u.hostname === 'plausible.io') {
  const db = await openPacerDb({ name: `router-${Math.random()}` });
  const tabs = new Map<number, TabState>();
  const changed = vi.fn(async () => {});
  const deps: ServiceDeps = {
    db: async () => db,
    now: () => new Date('2026-01-30T12:00:00Z'),
    tabs: {
      get: async (id) => tabs.get(id) ?? null,
      set: async (id, s) => void tabs.set(id, s),
      list: async () => [...tabs.keys()],
    },
    sites: { enable: async () => ({ ok: true }), disable: async () => {}, list: async () => [] },
    trackers: { changed: async () => {}, pick: async () => true },
    alert: async () => {},
    changed,
  };
  const log = vi.fn();
  const router = createRouter(
    {
      extensionId: EXT,
      extensionOrigin: ORIGIN,
      isAllowedPage: allowed,
    },
    log,
  );
  registerHandlers(router, deps, log);
  const snapshot = async () => {
    const { exportedAt: _e, ...rest } = await exportAll(db, new Date());
    return rest;
  };
  return { db, tabs, router, changed, log, snapshot };
}

describe('router: accepted messages', () => {
  it('stores a reading from a dashboard tab and answers with the count', async () => {
    const { router, tabs, changed, db } = await setup();
    expect(await router.handle({ type: 'page.read', payload: { read } }, dashboardTab)).toEqual({
      stored: 1,
    });
    expect(tabs.get(7)?.url).toBe('https://plausible.io/example.com');
    // The view built for the badge goes with the update, so an open panel need not ask again.
    expect(changed).toHaveBeenCalledWith(
      7,
      expect.anything(),
      expect.objectContaining({ tabId: 7, read: expect.objectContaining({ source: 'plausible' }) }),
    );
    expect(await db.count('readings')).toBe(1);
  });

  it('answers several metrics’ readings in one message, in the order asked', async () => {
    const { router } = await setup();
    await router.handle({ type: 'page.read', payload: { read } }, dashboardTab);
    const visitors = { source: 'plausible', scope: 'example.com', key: 'visitors' };
    const r = (await router.handle(
      {
        type: 'readings.many',
        payload: {
          series: [
            { metric: { ...visitors, key: 'pageviews' } },
            { metric: visitors, from: '2026-01-01T00:00:00.000Z' },
            { metric: visitors, from: '2026-02-01T00:00:00.000Z' },
          ],
        },
      },
      extensionPage,
    )) as { series: { value: number }[][] };
    expect(r.series.map((s) => s.map((x) => x.value))).toEqual([[], [12300], []]);
    // A content script may not read the store.
    expect(
      await router.handle(
        { type: 'readings.many', payload: { series: [{ metric: visitors }] } },
        dashboardTab,
      ),
    ).toBeNull();
  });

  it('saves a goal from an extension page', async () => {
    const { router, db } = await setup();
    const res = await router.handle(
      { type: 'goal.save', payload: { goal: makeGoal() } },
      extensionPage,
    );
    expect(res).toMatchObject({ ok: true });
    expect(await db.count('goals')).toBe(1);
  });
});

describe('router: rejected messages write nothing and answer null', () => {
  const forgedSenders = [
    ['another extension', { ...dashboardTab, id: 'evil' }],
    ['a sub-frame of a dashboard', { ...dashboardTab, frameId: 3 }],
    ['a page Pacer is not allowed on', { ...dashboardTab, url: 'https://evil.example/' }],
    ['a lookalike host', { ...dashboardTab, url: 'https://plausible.io.evil.example/x' }],
    ['no sender url', { id: EXT, frameId: 0, tab: { id: 7 } }],
    ['a non-web scheme', { ...dashboardTab, url: 'file:///etc/passwd' }],
    [
      'an extension page pretending to be a tab',
      { ...extensionPage, url: 'https://plausible.io/', frameId: 0 },
    ],
  ] as const;

  it.each(forgedSenders)('page.read from %s', async (_name, sender) => {
    const { router, snapshot, changed } = await setup();
    const before = await snapshot();
    expect(await router.handle({ type: 'page.read', payload: { read } }, sender)).toBeNull();
    expect(await snapshot()).toEqual(before);
    expect(changed).not.toHaveBeenCalled();
  });

  it('a content script may not save goals, read others’ tabs or import data', async () => {
    const { router, snapshot } = await setup();
    const before = await snapshot();
    expect(
      await router.handle({ type: 'goal.save', payload: { goal: makeGoal() } }, dashboardTab),
    ).toBeNull();
    expect(
      await router.handle({ type: 'page.get', payload: { tabId: 1 } }, dashboardTab),
    ).toBeNull();
    expect(await router.handle({ type: 'data.export', payload: {} }, dashboardTab)).toBeNull();
    expect(await snapshot()).toEqual(before);
  });

  it('unknown names, prototype keys and non-objects', async () => {
    const { router, snapshot } = await setup();
    const before = await snapshot();
    for (const msg of [
      null,
      42,
      'page.read',
      {},
      { type: 'nope' },
      { type: '__proto__' },
      { type: 'toString', payload: {} },
      { type: 'constructor' },
    ])
      expect(await router.handle(msg, extensionPage)).toBeNull();
    expect(await snapshot()).toEqual(before);
  });

  it('oversized payloads', async () => {
    const { router, snapshot, log } = await setup();
    const before = await snapshot();
    const huge = { read: { ...read, scope: 'x'.repeat(PROTOCOL['page.read'].maxBytes) } };
    expect(await router.handle({ type: 'page.read', payload: huge }, dashboardTab)).toBeNull();
    expect(log).toHaveBeenCalledWith(
      expect.stringMatching(new RegExp(`over ${PROTOCOL['page.read'].maxBytes} bytes`)),
    );
    expect(await snapshot()).toEqual(before);
  });

  it('malformed payloads (property test)', async () => {
    const { router, snapshot } = await setup();
    const before = await snapshot();
    const badFigure = fc.record({
      key: fc.oneof(fc.constant(''), fc.string()),
      label: fc.anything(),
      value: fc.oneof(
        fc.constant(Number.NaN),
        fc.constant(Infinity),
        fc.string(),
        fc.constant(null),
      ),
      unit: fc.string(),
      precision: fc.oneof(fc.constant(-1), fc.string()),
      text: fc.anything(),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.anything(),
          fc.record({
            read: fc.record({
              source: fc.anything(),
              scope: fc.anything(),
              period: fc.anything(),
              figures: fc.anything(),
            }),
          }),
          fc.record({
            read: fc.record({
              source: fc.constant('plausible'),
              scope: fc.constant('a'),
              period: fc.constant(null),
              figures: fc.array(badFigure, { minLength: 1, maxLength: 3 }),
            }),
          }),
        ),
        async (payload) => {
          expect(await router.handle({ type: 'page.read', payload }, dashboardTab)).toBeNull();
        },
      ),
      { numRuns: 150 },
    );
    expect(await snapshot()).toEqual(before);
  });

  it('a handler registered twice is a programming error', async () => {
    const { router } = await setup();
    expect(() => router.on('page.get', async () => ({}) as never)).toThrow(/registered twice/);
  });
});

describe('router: reports', () => {
  it('builds a Markdown and a CSV report for an extension page', async () => {
    const { router } = await setup();
    await router.handle(
      { type: 'goal.save', payload: { goal: makeGoal({ title: 'Grow weekly visitors' }) } },
      extensionPage,
    );
    const md = await router.handle(
      { type: 'report.build', payload: { period: 'month', format: 'markdown', lang: 'en' } },
      extensionPage,
    );
    expect(md).toMatchObject({ ok: true, filename: 'pacer-month-2025-12-01.md' });
    expect((md as { text: string }).text).toContain('Grow weekly visitors');
    const csv = await router.handle(
      { type: 'report.build', payload: { period: 'month', format: 'csv', lang: 'ko' } },
      extensionPage,
    );
    expect((csv as { text: string }).text.split('\r\n')[1]).toContain('Grow weekly visitors');
    // A content script cannot ask for a report of the user's goals.
    expect(
      await router.handle(
        { type: 'report.build', payload: { period: 'month', format: 'csv', lang: 'en' } },
        dashboardTab,
      ),
    ).toBeNull();
  });
});

describe('router: a page writes only its own site (issue 10, defect 1)', () => {
  const evilTab = {
    id: EXT,
    url: 'https://stats.evil.test/mysite.com?period=30d',
    frameId: 0,
    tab: { id: 9 },
  };
  const enabled = (u: URL) => u.hostname === 'plausible.io' || u.hostname === 'stats.evil.test';
  const claim = { ...read, scope: 'mysite.com' };

  it('an enabled site with Plausible markup cannot feed the Plausible Cloud goal', async () => {
    const { router, db, tabs } = await setup(enabled);
    expect(await router.handle({ type: 'page.read', payload: { read: claim } }, evilTab)).toEqual({
      stored: 1,
    });
    const rows = await db.getAll('readings');
    expect(rows.map((r) => r.metricId)).toEqual(['plausible/stats.evil.test/mysite.com/visitors']);
    // The side panel shows the figure under the identity it was stored with.
    expect(tabs.get(9)?.read?.scope).toBe('stats.evil.test/mysite.com');
  });

  it('refuses a source the sender may not write, stores nothing, and says so to the side panel', async () => {
    const { router, db, tabs, log } = await setup(enabled);
    const forged = { ...claim, source: 'ga4' };
    expect(await router.handle({ type: 'page.read', payload: { read: forged } }, evilTab)).toEqual({
      stored: 0,
    });
    expect(await db.count('readings')).toBe(0);
    expect(tabs.get(9)?.read).toBeNull();
    expect(tabs.get(9)?.refused).toEqual({ source: 'ga4', reason: 'source-not-allowed' });
    expect(log).toHaveBeenCalledWith(expect.stringContaining('refused figures of ga4'));
  });

  it('a known dashboard cannot write another dashboard’s source', async () => {
    const { router, db } = await setup();
    const forged = { ...read, source: 'umami' };
    expect(
      await router.handle({ type: 'page.read', payload: { read: forged } }, dashboardTab),
    ).toEqual({ stored: 0 });
    expect(await db.count('readings')).toBe(0);
  });
});
