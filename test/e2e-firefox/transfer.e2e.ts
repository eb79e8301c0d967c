/**
 * Export → import in Firefox, through the streamed messages the options page uses
 * (`data.export.begin/chunk`, `data.import.begin/chunk/commit`): a profile with a goal, a
 * history and a real reading is exported, and a fresh Firefox profile imports it back with the
 * same evaluations.
 */
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Goal, Reading } from '../../lib/goals/schema';
import { dayFromToday } from '../e2e/harness';
import { startFirefox, tabIdOf, type FirefoxHarness } from './harness';

const SITE = '756bbf38-42a5-4b11-b3b2-b16527e8b530';
const DASHBOARD = `https://cloud.umami.is/websites/${SITE}?date=30day`;
const metric = { source: 'umami', scope: SITE, key: 'visitors' };
const PAGES = [{ url: DASHBOARD, file: resolve('test/fixtures/umami/dashboard-30d.en.html') }];

const goal: Goal = {
  id: 'visitors-30k',
  title: 'Grow monthly visitors to 30k',
  objective: 'More people discover the product',
  metric: { ...metric, label: 'Visitors' },
  direction: 'increase',
  accumulation: 'level',
  baseline: { value: 15000, date: dayFromToday(-40) },
  target: { value: 30000 },
  start: dayFromToday(-40),
  deadline: dayFromToday(50),
  actions: [],
  notes: [],
  revisions: [],
};
const history: Reading[] = Array.from({ length: 20 }, (_, i) => ({
  metric,
  value: 15000 + i * 60,
  unit: 'count',
  precision: 50,
  period: null,
  observedAt: `${dayFromToday(-20 + i)}T09:00:00.000Z`,
}));

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

async function poll<T>(fn: () => Promise<T>, want: (v: T) => boolean, ms = 15_000): Promise<T> {
  const until = Date.now() + ms;
  let last = await fn();
  while (!want(last) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 200));
    last = await fn();
  }
  return last;
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
    const seed = { format: 'pacer', version: 1, exportedAt: new Date().toISOString() };
    expect(
      await a.send('data.import', {
        data: { ...seed, goals: [], readings: history },
        mode: 'merge',
      }),
    ).toMatchObject({ ok: true });
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
