/** Issue 10, defect 7: a cap on goals, and a first screen that does not wait for all of them. */
import { describe, expect, it } from 'vitest';
import { MAX_GOALS, type Goal } from '../../lib/goals/schema';
import type { Export } from '../../lib/goals/export';
import type { PageView } from '../../lib/messaging/schemas';
import { makeGoal } from '../support/factories';
import { dashboardTab, setup } from './setup';

const goals = (n: number, prefix = 'g'): Goal[] =>
  Array.from({ length: n }, (_, i) => makeGoal({ id: `${prefix}${i}`, title: `Goal ${i}` }));
const file = (gs: Goal[]): Export => ({
  format: 'pacer',
  version: 1,
  exportedAt: '2026-01-30T00:00:00.000Z',
  goals: gs,
  readings: [],
});

describe(`at most ${MAX_GOALS} goals`, () => {
  it('import refuses a file that would pass the cap, in either mode, with its code', async () => {
    const { ask, db } = await setup();
    expect(await ask('data.import', { data: file(goals(MAX_GOALS + 1)), mode: 'replace' })).toEqual(
      expect.objectContaining({ ok: false, code: 'too-many-goals' }),
    );
    expect(await db.count('goals')).toBe(0);
    expect(await ask('data.import', { data: file(goals(10, 'old')), mode: 'merge' })).toMatchObject(
      {
        ok: true,
      },
    );
    // 10 stored + 1,991 new = 2,001: refused; replace with the same file would be 1,991: fine.
    const more = file(goals(MAX_GOALS - 9));
    expect(await ask('data.import', { data: more, mode: 'merge' })).toMatchObject({
      ok: false,
      code: 'too-many-goals',
    });
    expect(await db.count('goals')).toBe(10);
    expect(await ask('data.import', { data: more, mode: 'replace' })).toMatchObject({ ok: true });
  }, 60_000);

  it('goal.save refuses a new goal at the cap, still saves edits', async () => {
    const { ask } = await setup();
    expect(await ask('data.import', { data: file(goals(MAX_GOALS)), mode: 'merge' })).toMatchObject(
      {
        ok: true,
      },
    );
    expect(await ask('goal.save', { goal: makeGoal({ id: 'one-more' }) })).toEqual(
      expect.objectContaining({ ok: false, code: 'too-many-goals' }),
    );
    expect(
      await ask('goal.save', { goal: makeGoal({ id: 'g5', title: 'Renamed' }) }),
    ).toMatchObject({ ok: true });
  }, 60_000);
});

describe('the side panel’s first screen', () => {
  it('page.get with goals: page evaluates the page’s goals only, and says it is partial', async () => {
    const { ask, db } = await setup();
    const onPage = makeGoal({ id: 'on-page', title: 'Visitors' });
    const elsewhere = makeGoal({
      id: 'elsewhere',
      metric: { source: 'stripe', scope: 'acct', key: 'mrr' },
    });
    await db.put('goals', onPage);
    await db.put('goals', elsewhere);
    const read = {
      source: 'plausible',
      scope: 'example.com',
      period: null,
      figures: [
        {
          key: 'visitors',
          label: 'Visitors',
          value: 13000,
          unit: 'count',
          precision: 50,
          text: '13k',
        },
      ],
    };
    await ask('page.read', { read }, dashboardTab());
    const first = await ask<PageView>('page.get', { tabId: 7, goals: 'page' });
    expect(first.partial).toBe(true);
    expect(first.pageGoals.map((v) => v.goal.id)).toEqual(['on-page']);
    expect(first.otherGoals).toEqual([]);
    const all = await ask<PageView>('page.get', { tabId: 7 });
    expect(all.partial).toBeUndefined();
    expect(all.otherGoals.map((v) => v.goal.id)).toEqual(['elsewhere']);
  });
});
