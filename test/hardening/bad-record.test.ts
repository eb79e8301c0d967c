/** Issue 10, defect 4: one bad record must not blank every page. */
import { describe, expect, it, vi } from 'vitest';
import { fieldErrors } from '../../components/editor/validate';
import { newForm } from '../../components/editor/form';
import { Goal, Reading } from '../../lib/goals/schema';
import { translator } from '../../lib/i18n';
import type { GoalsListed } from '../../lib/messaging/schemas';
import { makeGoal, makeReading } from '../support/factories';
import { setup } from './setup';

// A goal whose id is `boom` makes the engine throw, as a bug in it would.
vi.mock('../../lib/service/views', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../lib/service/views')>();
  return {
    ...real,
    toGoalView: (...args: Parameters<typeof real.toGoalView>) => {
      if (args[0].id === 'boom') throw new Error('engine bug');
      return real.toGoalView(...args);
    },
  };
});

const huge = makeGoal({
  id: 'huge',
  title: 'Imported with absurd numbers',
  baseline: { value: -1e308, date: '2026-01-01' },
  target: { value: 1e308 },
});
const good = makeGoal({ id: 'good', title: 'A fine goal' });
const metric = { source: 'plausible', scope: 'example.com', key: 'visitors' };

describe('numbers have bounds', () => {
  it('the Goal schema refuses ±1e308 and takes ±1e15', () => {
    expect(Goal.safeParse(huge).success).toBe(false);
    expect(
      Goal.safeParse(
        makeGoal({ baseline: { value: -1e15, date: '2026-01-01' }, target: { value: 1e15 } }),
      ).success,
    ).toBe(true);
    expect(Goal.safeParse(makeGoal({ target: { changePercent: 1e16 } })).success).toBe(false);
    expect(Reading.safeParse(makeReading(metric, 2e15, '2026-01-02T00:00:00.000Z')).success).toBe(
      false,
    );
  });

  it('goal.save refuses it', async () => {
    const { ask, db } = await setup();
    expect(await ask('goal.save', { goal: huge })).toBeNull();
    expect(await db.count('goals')).toBe(0);
  });

  it('the editor says the number is too large', () => {
    const f = {
      ...newForm({ today: '2026-01-01' }),
      baselineValue: '-1e308',
      targetValue: '1e308',
    };
    const e = fieldErrors(f, undefined, translator('en'), 'en', false);
    expect(e.baselineValue).toMatch(/too large/);
    expect(e.targetValue).toMatch(/too large/);
    const ko = fieldErrors(f, undefined, translator('ko'), 'ko', false);
    expect(ko.targetValue).toMatch(/너무 큰/);
    const fine = { ...f, baselineValue: '12k', targetValue: '1000000000000000' };
    expect(fieldErrors(fine, undefined, translator('en'), 'en', false)).toEqual({});
  });
});

describe('each goal is evaluated on its own', () => {
  it('a stored goal with ±1e308 is listed as broken; the others are unaffected; delete works', async () => {
    const { ask, db } = await setup();
    await db.put('goals', huge);
    await db.put('goals', good);
    const listed = await ask<GoalsListed>('goals.list', {});
    expect(listed).not.toBeNull();
    expect(listed.goals.map((v) => v.goal.id)).toEqual(['good']);
    expect(listed.broken).toEqual([
      expect.objectContaining({ id: 'huge', title: huge.title, kind: 'unreadable' }),
    ]);
    expect(await ask('goal.delete', { id: 'huge' })).toMatchObject({ ok: true });
    const after = await ask<GoalsListed>('goals.list', {});
    expect(after.broken).toEqual([]);
    expect(after.goals).toHaveLength(1);
  });

  it('a goal whose evaluation throws is broken alone', async () => {
    const { ask, db } = await setup();
    await db.put('goals', makeGoal({ id: 'boom', title: 'Trips the engine' }));
    await db.put('goals', good);
    const listed = await ask<GoalsListed>('goals.list', {});
    expect(listed.goals.map((v) => v.goal.id)).toEqual(['good']);
    expect(listed.broken).toEqual([
      { id: 'boom', title: 'Trips the engine', kind: 'evaluation', detail: 'engine bug' },
    ]);
    // The side panel's view carries the same.
    const page = await ask<{ broken: unknown[]; otherGoals: unknown[] }>('page.get', { tabId: 3 });
    expect(page.broken).toHaveLength(1);
    expect(page.otherGoals).toHaveLength(1);
  });

  it('a stored reading with value "abc" is skipped and counted, the goal still evaluated', async () => {
    const { ask, db } = await setup();
    await db.put('goals', good);
    const row = (value: unknown, day: string) => ({
      ...makeReading(metric, 0, `${day}T09:00:00.000Z`),
      value,
      metricId: 'plausible/example.com/visitors',
    });
    await db.add('readings', row(13000, '2026-01-20') as never);
    await db.add('readings', row('abc', '2026-01-25') as never);
    await db.add('readings', row(14000, '2026-01-28') as never);
    const listed = await ask<GoalsListed>('goals.list', {});
    expect(listed).not.toBeNull();
    expect(listed.skippedReadings).toBe(1);
    expect(listed.goals[0]?.evaluation.current).toBe(14000);
    const r = await ask<{ readings: unknown[] }>('readings.get', { metric });
    expect(r.readings).toHaveLength(2);
  });
});
