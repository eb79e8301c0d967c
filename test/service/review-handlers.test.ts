import { describe, expect, it, vi } from 'vitest';
import { createRouter } from '../../lib/messaging/router';
import type { ServiceDeps } from '../../lib/service/deps';
import { registerHandlers } from '../../lib/service/handlers';
import { addReadings, getGoal, openPacerDb, putGoal, putSettings } from '../../lib/store';
import { listReviews } from '../../lib/store/reviews';
import { GOAL_METRIC, makeGoal, makeReading } from '../support/factories';
import { makeDecision, makeReview } from '../support/reviews';

const EXT = 'pacer-id';
const ORIGIN = `chrome-extension://${EXT}/`;
const page = { id: EXT, url: `${ORIGIN}options.html` };

const metric = (key: string) => ({ ...GOAL_METRIC, key });

async function setup(now = '2026-02-15T12:00:00.000Z') {
  const db = await openPacerDb({ name: `review-msg-${Math.random()}` });
  const clock = { now: new Date(now) };
  const changed = vi.fn(async () => {});
  const goalSaved = vi.fn();
  const deps: ServiceDeps = {
    db: async () => db,
    now: () => clock.now,
    tabs: { get: async () => null, set: async () => {}, list: async () => [] },
    sites: { enable: async () => ({ ok: true }), disable: async () => {}, list: async () => [] },
    trackers: { changed: async () => {}, pick: async () => true },
    sync: { goalSaved } as unknown as ServiceDeps['sync'],
    alert: async () => {},
    changed,
  };
  const router = createRouter(
    { extensionId: EXT, extensionOrigin: ORIGIN, isAllowedPage: () => true },
    () => {},
  );
  registerHandlers(router, deps);
  const send = (type: string, payload: unknown, sender: object = page) =>
    router.handle({ type, payload }, sender) as Promise<Record<string, unknown> | null>;
  return { db, clock, changed, goalSaved, send };
}

/** Three goals on 2026-02-15: one far behind, one ahead, one closed (behind too). */
async function seed(db: Awaited<ReturnType<typeof setup>>['db']) {
  await putGoal(db, makeGoal({ id: 'behind', title: 'Behind', metric: metric('a') }));
  await putGoal(
    db,
    makeGoal({
      id: 'ahead',
      title: 'Ahead',
      metric: metric('b'),
      actions: [
        { id: 'a1', title: 'Late post', due: '2026-02-10', status: 'todo' },
        { id: 'a2', title: 'Done post', due: '2026-02-01', status: 'done' },
        { id: 'a3', title: 'Due today', due: '2026-02-15', status: 'doing' },
      ],
      notes: [
        { date: '2026-01-20', text: 'Old note' },
        { date: '2026-02-03', text: 'New note' },
      ],
    }),
  );
  await putGoal(
    db,
    makeGoal({
      id: 'closed',
      title: 'Closed',
      metric: metric('c'),
      closed: { date: '2026-02-01', outcome: 'abandoned', lesson: 'Wrong metric' },
    }),
  );
  await addReadings(db, [
    makeReading(metric('a'), 12000, '2026-02-14T10:00:00Z'),
    makeReading(metric('b'), 19500, '2026-02-14T10:00:00Z'),
    makeReading(metric('c'), 12000, '2026-02-14T10:00:00Z'),
  ]);
}

describe('review messages', () => {
  it('review.state: due a month after the oldest open goal started, attention without closed', async () => {
    const { db, send } = await setup();
    await seed(db);
    expect(await send('review.state', {})).toEqual({
      cadence: 'monthly',
      due: true,
      dueSince: '2026-02-01',
      lastReview: null,
      attention: 1,
    });
    await putSettings(db, { reviewCadence: 'off' });
    expect(await send('review.state', {})).toMatchObject({ cadence: 'off', due: false });
  });

  it('review.prepare: open goals, needs-attention first, with what is new since the last review', async () => {
    const { db, send } = await setup();
    await seed(db);
    const before = (await send('review.prepare', {})) as {
      since: string | null;
      items: { goal: { id: string }; evaluation: { status: string }; notesSince: unknown[] }[];
    };
    expect(before.since).toBeNull();
    expect(before.items.map((i) => i.goal.id)).toEqual(['behind', 'ahead']);
    expect(before.items[1]!.notesSince).toHaveLength(2);
    // The same evaluation as goals.list.
    const listed = (await send('goals.list', {})) as {
      goals: { goal: { id: string }; evaluation: unknown }[];
    };
    for (const item of before.items)
      expect(item.evaluation).toEqual(
        listed.goals.find((v) => v.goal.id === item.goal.id)!.evaluation,
      );

    await send('review.save', {
      review: makeReview({
        date: '2026-02-01',
        decisions: [makeDecision({ goalId: 'ahead', title: 'Ahead', status: 'at-risk' })],
      }),
      goals: [],
    });
    const after = (await send('review.prepare', {})) as {
      since: string;
      items: {
        goal: { id: string };
        previousStatus: string | null;
        overdueActions: { id: string }[];
        notesSince: { text: string }[];
      }[];
    };
    expect(after.since).toBe('2026-02-01');
    const ahead = after.items.find((i) => i.goal.id === 'ahead')!;
    expect(ahead.previousStatus).toBe('at-risk');
    expect(ahead.overdueActions.map((a) => a.id)).toEqual(['a1']);
    expect(ahead.notesSince.map((n) => n.text)).toEqual(['New note']);
    expect(after.items.find((i) => i.goal.id === 'behind')!.previousStatus).toBeNull();
  });

  it('review.save writes review and goals, syncs them and refreshes; review.list filters', async () => {
    const { db, send, changed, goalSaved } = await setup();
    await seed(db);
    const closedGoal = {
      ...(await getGoal(db, 'behind'))!,
      closed: { date: '2026-02-15', outcome: 'abandoned' as const, lesson: 'Too ambitious' },
    };
    const review = makeReview({
      date: '2026-02-15',
      decisions: [
        makeDecision({
          goalId: 'behind',
          title: 'Behind',
          kind: 'close',
          status: 'off-track',
          closure: closedGoal.closed,
        }),
        makeDecision({ goalId: 'ahead', title: 'Ahead' }),
      ],
    });
    changed.mockClear();
    expect(await send('review.save', { review, goals: [closedGoal] })).toEqual({
      ok: true,
      review,
    });
    expect((await getGoal(db, 'behind'))!.closed?.lesson).toBe('Too ambitious');
    expect(goalSaved).toHaveBeenCalledTimes(1);
    expect(changed).toHaveBeenCalledWith(undefined, expect.anything());
    expect(await send('review.state', {})).toMatchObject({
      due: false,
      lastReview: { id: review.id, date: '2026-02-15' },
      attention: 0,
    });
    expect(await send('review.list', { goalId: 'behind' })).toEqual({ reviews: [review] });
    expect(await send('review.list', { goalId: 'nobody' })).toEqual({ reviews: [] });
  });

  it('review.save refuses a decision on a missing goal with the Failed shape, writing nothing', async () => {
    const { db, send } = await setup();
    await seed(db);
    const r = await send('review.save', {
      review: makeReview({ decisions: [makeDecision({ goalId: 'ghost', title: 'Ghost' })] }),
      goals: [],
    });
    expect(r).toMatchObject({
      ok: false,
      code: 'invalid',
      error: expect.stringContaining('ghost'),
    });
    expect(await listReviews(db)).toEqual([]);
  });

  it('refuses review messages from a dashboard page', async () => {
    const { send } = await setup();
    const dashboard = { id: EXT, url: 'https://plausible.io/x', frameId: 0, tab: { id: 3 } };
    expect(await send('review.state', {}, dashboard)).toBeNull();
    expect(await send('review.list', {}, dashboard)).toBeNull();
  });
});
