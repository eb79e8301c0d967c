import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { manualMetric } from '../../lib/checkins';
import { Goal, templateById } from '../../lib/goals';
import { createRouter } from '../../lib/messaging/router';
import type { ServiceDeps } from '../../lib/service/deps';
import { registerHandlers } from '../../lib/service/handlers';
import { exportAll, openPacerDb, readingsFor } from '../../lib/store';
import { makeGoal } from '../support/factories';

const EXT = 'pacer-id';
const ORIGIN = `chrome-extension://${EXT}/`;
const page = { id: EXT, url: `${ORIGIN}sidepanel.html` };
const dashboard = { id: EXT, url: 'https://plausible.io/example.com', frameId: 0, tab: { id: 7 } };

async function setup(now = '2026-05-10T08:00:00.000Z') {
  const db = await openPacerDb({ name: `checkin-msg-${Math.random()}` });
  const clock = { now: new Date(now) };
  const changed = vi.fn(async () => {});
  const deps: ServiceDeps = {
    db: async () => db,
    now: () => clock.now,
    tabs: { get: async () => null, set: async () => {}, list: async () => [] },
    sites: { enable: async () => ({ ok: true }), disable: async () => {}, list: async () => [] },
    trackers: { changed: async () => {}, pick: async () => true },
    alert: async () => {},
    changed,
  };
  const router = createRouter(
    {
      extensionId: EXT,
      extensionOrigin: ORIGIN,
      isAllowedPage: (u) => u.hostname === 'plausible.io',
    },
    () => {},
  );
  registerHandlers(router, deps);
  const send = (type: string, payload: unknown, sender: object = page) =>
    router.handle({ type, payload }, sender) as Promise<Record<string, unknown> | null>;
  const snapshot = async () => {
    const { exportedAt: _e, ...rest } = await exportAll(db, new Date());
    return rest;
  };
  return { db, clock, changed, send, snapshot };
}

const shareGoal = makeGoal({
  id: 'share',
  metric: manualMetric('share', 'percent', 'Market share (%)'),
  baseline: { value: 8, date: '2026-04-01' },
  target: { value: 15 },
  start: '2026-04-01',
  deadline: '2026-06-30',
});

describe('checkin.save and checkin.delete', () => {
  it('stores a check-in on the goal’s metric and re-evaluates (badge and pages told)', async () => {
    const { send, db, changed } = await setup();
    await send('goal.save', { goal: shareGoal });
    changed.mockClear();
    const r = await send('checkin.save', {
      goalId: 'share',
      date: '2026-05-09',
      value: '9.1',
      lang: 'en',
      note: 'Panel survey',
    });
    expect(r).toMatchObject({
      ok: true,
      replaced: 0,
      reading: { value: 9.1, unit: 'percent', origin: 'check-in', note: 'Panel survey' },
    });
    expect(changed).toHaveBeenCalled();
    expect(await readingsFor(db, shareGoal.metric)).toHaveLength(1);
    const list = await send('goals.list', {});
    const view = (
      list!.goals as { goal: Goal; unit: string; evaluation: { current: number } }[]
    )[0]!;
    expect(view.evaluation.current).toBe(9.1);
    expect(view.unit).toBe('percent');
  });

  it('reads the value in the UI language (1.2만), and replaces that day’s check-in on a second save', async () => {
    const { send, db } = await setup();
    const visitors = makeGoal({
      id: 'v',
      metric: manualMetric('v', 'count'),
      start: '2026-04-01',
      deadline: '2026-06-30',
    });
    await send('goal.save', { goal: visitors });
    await send('checkin.save', { goalId: 'v', date: '2026-05-09', value: '1.2만', lang: 'ko' });
    const again = await send('checkin.save', {
      goalId: 'v',
      date: '2026-05-09',
      value: '13,000',
      lang: 'en',
    });
    expect(again).toMatchObject({ ok: true, replaced: 1 });
    expect((await readingsFor(db, visitors.metric)).map((x) => x.value)).toEqual([13000]);
  });

  it('refuses, with a reason and without writing, what does not fit the goal', async () => {
    const { send, snapshot } = await setup();
    await send('goal.save', { goal: shareGoal });
    const before = await snapshot();
    const cases: [Record<string, unknown>, string][] = [
      [{ value: '$5' }, 'unit'],
      [{ value: 'lots' }, 'not-a-figure'],
      [{ date: '2026-05-11' }, 'date-future'],
      [{ date: '2025-12-31' }, 'date-too-early'],
      [{ goalId: 'nope' }, 'goal-not-found'],
    ];
    for (const [over, error] of cases) {
      const r = await send('checkin.save', {
        goalId: 'share',
        date: '2026-05-09',
        value: '9%',
        lang: 'en',
        ...over,
      });
      expect(r).toEqual({ ok: false, error });
    }
    expect(await snapshot()).toEqual(before);
  });

  it('a content script may not check in or delete check-ins', async () => {
    const { send, snapshot } = await setup();
    await send('goal.save', { goal: shareGoal });
    const before = await snapshot();
    const payload = { goalId: 'share', date: '2026-05-09', value: '9%', lang: 'en' };
    expect(await send('checkin.save', payload, dashboard)).toBeNull();
    expect(
      await send('checkin.delete', { goalId: 'share', date: '2026-05-09' }, dashboard),
    ).toBeNull();
    expect(await snapshot()).toEqual(before);
  });

  it('malformed payloads are refused by the schema (property test)', async () => {
    const { send, snapshot } = await setup();
    await send('goal.save', { goal: shareGoal });
    const before = await snapshot();
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          goalId: fc.oneof(fc.constant(''), fc.integer(), fc.string({ minLength: 101 })),
          date: fc.oneof(fc.constant('2026-02-30'), fc.constant('May 9'), fc.integer()),
          value: fc.oneof(
            fc.constant(''),
            fc.string({ minLength: 101, maxLength: 120 }),
            fc.double(),
          ),
          lang: fc.oneof(fc.constant('fr'), fc.constant(undefined)),
        }),
        async (bad) => {
          expect(await send('checkin.save', bad)).toBeNull();
        },
      ),
      { numRuns: 60 },
    );
    expect(
      await send('checkin.save', {
        goalId: 'share',
        date: '2026-05-09',
        value: '9%',
        lang: 'en',
        note: 'x'.repeat(501),
      }),
    ).toBeNull();
    expect(await snapshot()).toEqual(before);
  });

  it('an edit can move a check-in to another day; delete removes a day’s', async () => {
    const { send, db } = await setup();
    await send('goal.save', { goal: shareGoal });
    await send('checkin.save', { goalId: 'share', date: '2026-05-09', value: '9%', lang: 'en' });
    await send('checkin.save', {
      goalId: 'share',
      date: '2026-05-08',
      value: '9%',
      lang: 'en',
      replaces: '2026-05-09',
    });
    expect((await readingsFor(db, shareGoal.metric)).map((x) => x.observedAt)).toEqual([
      '2026-05-08T12:00:00.000Z',
    ]);
    expect(await send('checkin.delete', { goalId: 'share', date: '2026-05-08' })).toEqual({
      ok: true,
      deleted: 1,
    });
    expect(await readingsFor(db, shareGoal.metric)).toEqual([]);
    expect(await send('checkin.delete', { goalId: 'gone', date: '2026-05-08' })).toEqual({
      ok: false,
      error: 'goal-not-found',
    });
  });
});

describe('case C (market share 15% within three months) with check-ins only', () => {
  it('the template goal on a manual metric gets a verdict from three check-ins', async () => {
    const { send, clock } = await setup('2026-05-12T09:00:00.000Z');
    const tpl = templateById('market-share-launch')!;
    const [draft] = tpl.draft({
      start: '2026-04-01',
      bindings: [
        { metric: manualMetric('case-c', tpl.slots[0]!.unit, 'Market share'), baseline: 8 },
      ],
    });
    const goal = Goal.parse({ ...draft, id: 'case-c' });
    expect(await send('goal.save', { goal })).toMatchObject({ ok: true });
    let list = await send('goals.list', {});
    const status = () =>
      (list!.goals as { evaluation: { status: string; current: number | null } }[])[0]!.evaluation;
    expect(status().status).toBe('no-data');
    // Before any check-in the card already knows the goal is in percent (target "15%", not "15").
    expect((list!.goals as { unit: string }[])[0]!.unit).toBe('percent');
    for (const [date, value] of [
      ['2026-05-10', '10.1%'],
      ['2026-05-11', '10.6'],
      ['2026-05-12', '11.2 %'],
    ] as const) {
      clock.now = new Date(`${date}T09:00:00.000Z`);
      expect(
        await send('checkin.save', { goalId: 'case-c', date, value, lang: 'en' }),
      ).toMatchObject({
        ok: true,
      });
    }
    list = await send('goals.list', {});
    expect(status().current).toBe(11.2);
    // 41 of 91 days gone (45% of the way), 46% of the way from 8% to 15% made: on pace.
    expect(status().status).toBe('on-track');
  });
});
