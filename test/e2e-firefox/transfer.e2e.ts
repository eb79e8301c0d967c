/**
 * Export → import in Firefox, through the streamed messages the options page uses
 * (`data.export.begin/chunk`, `data.import.begin/chunk/commit`): a profile with a goal, a
 * history and a real reading is exported, and a fresh Firefox profile imports it back with the
 * same evaluations.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Goal, Reading } from '../../lib/goals/schema';
import {
  UMAMI_DASHBOARD,
  UMAMI_PAGE,
  historyFile,
  visitorsGoal,
  visitorsHistory,
  visitorsMetric,
} from '../e2e/umami-scenario';
import { poll, startFirefox, tabIdOf, type FirefoxHarness } from './harness';

const DASHBOARD = UMAMI_DASHBOARD;
const metric = visitorsMetric;
const goal = visitorsGoal;
const history = visitorsHistory;
const PAGES = [UMAMI_PAGE];

type Cursor = { part: 'goals'; after: string | null } | { part: 'readings'; after: number };
interface Listed {
  goals: { goal: Goal; evaluation: Record<string, unknown> }[];
}

/** Each goal's evaluation, less the per-browser memory of earlier verdicts. */
async function evaluations(h: FirefoxHarness) {
  const { goals } = await h.send<Listed>('goals.list', {});
  return Object.fromEntries(
    goals.map(({ goal: g, evaluation }) => {
      const { previousStatus: _p, statusSince: _s, ...rest } = evaluation;
      return [g.id, rest];
    }),
  );
}

const open: FirefoxHarness[] = [];
afterAll(async () => {
  for (const h of open) await h.close();
});

describe('Firefox: export and import back', () => {
  it('a fresh profile imports the export and evaluates the same', async () => {
    const a = await startFirefox({ pages: PAGES });
    open.push(a);
    expect(await a.send('goal.save', { goal })).toMatchObject({ ok: true });
    expect(await a.send('data.import', { data: historyFile(), mode: 'merge' })).toMatchObject({
      ok: true,
    });
    const dashboard = await a.newDashboardTab();
    await dashboard.goto(DASHBOARD, { waitUntil: 'domcontentloaded' });
    await tabIdOf(a, DASHBOARD);
    const count = () =>
      a.send<{ readings: Reading[] }>('readings.get', { metric }).then((r) => r.readings.length);
    expect(await poll(count, (n) => n === history.length + 1)).toBe(history.length + 1);
    const before = await evaluations(a);
    expect(before[goal.id]).toMatchObject({ status: 'off-track' });

    // Export, streamed.
    const begin = await a.send<{
      header: Record<string, unknown>;
      goals: number;
      readings: number;
      until: number;
      cursor: Cursor;
    }>('data.export.begin', {});
    const goals: Goal[] = [];
    const readings: Reading[] = [];
    for (let cursor: Cursor | null = begin.cursor; cursor;) {
      const chunk: { goals: Goal[]; readings: Reading[]; next: Cursor | null } = await a.send(
        'data.export.chunk',
        { cursor, until: begin.until },
      );
      goals.push(...chunk.goals);
      readings.push(...chunk.readings);
      cursor = chunk.next;
    }
    expect([goals.length, readings.length]).toEqual([begin.goals, begin.readings]);
    await a.close();
    open.pop();

    // Import into a fresh profile, streamed, and committed in one go.
    const b = await startFirefox({ pages: PAGES });
    open.push(b);
    const started = await b.send<{ ok: boolean; id: string }>('data.import.begin', {
      mode: 'replace',
      header: begin.header,
      goals: goals.length,
      readings: readings.length,
    });
    expect(started.ok).toBe(true);
    expect(await b.send('data.import.chunk', { id: started.id, goals, readings })).toEqual({
      ok: true,
    });
    expect(await b.send('data.import.commit', { id: started.id })).toMatchObject({
      ok: true,
      goals: 1,
      readings: readings.length, // the history and every figure the page showed
    });
    expect(await evaluations(b)).toEqual(before);
  });
});
