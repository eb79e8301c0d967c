/**
 * The review's "what moved", end to end through the readers (issue 13): a Plausible goal slips
 * over three faked days (dated readings) after a review saw it on track; then two real Plausible
 * v3 captures are read on plausible.io as two whole past weeks (custom ranges in the address, as
 * Plausible links them), their Sources and Top pages tables stored by the background as
 * breakdowns; the review lists the goal first, with the movers between the two weeks in words.
 * Nothing here writes breakdowns but the content script. With PACER_SCREENSHOTS=1 it writes
 * docs/review-movers.png.
 */
import { resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import type { Goal, Reading } from '../../lib/goals/schema';
import type { GoalView } from '../../lib/messaging/schemas';
import type { MoversResult, Review } from '../../lib/review/schema';
import {
  dayFromToday,
  importData,
  openExtensionPage,
  sendFromExtension,
  SidePanel,
  startHarness,
  tabIdOf,
  type Harness,
} from './harness';

const metric = { source: 'plausible', scope: 'shop.example', key: 'visitors' };
const week = (from: number, to: number) =>
  `https://plausible.io/shop.example?period=custom&from=${dayFromToday(from)}&to=${dayFromToday(to)}`;
// Two whole weeks, the earlier one first: the captures show 98.4k and then 12.3k visitors.
const EARLIER = week(-14, -8);
const LATER = week(-7, -1);

const GOAL: Goal = {
  id: 'weekly-visitors',
  title: 'Keep weekly visitors above 20k',
  objective: 'Hold the audience through the redesign',
  metric: { ...metric, label: 'Visitors' },
  direction: 'at-least',
  accumulation: 'level',
  baseline: { value: 25_000, date: dayFromToday(-30) },
  target: { value: 20_000 },
  start: dayFromToday(-30),
  deadline: dayFromToday(60),
  actions: [],
  notes: [],
  revisions: [],
};

const reading = (day: number, value: number): Reading => ({
  metric,
  value,
  unit: 'count',
  precision: 0.5,
  period: null,
  observedAt: `${dayFromToday(day)}T00:30:00.000Z`,
});
// A steady month, then three days that fall through the floor.
const HISTORY = [
  ...Array.from({ length: 26 }, (_, i) => reading(-30 + i, 25_000 + (i % 3) * 40)),
  reading(-3, 19_000),
  reading(-2, 16_500),
  reading(-1, 14_000),
];

let h: Harness | undefined;
afterAll(async () => {
  await h?.close();
});

const statusOf = async (id: string) =>
  (await sendFromExtension<{ goals: GoalView[] }>(h!, 'goals.list', {})).goals.find(
    (v) => v.goal.id === id,
  )!.evaluation.status;

it('a goal that slipped is first in the review, with what moved between two weeks read from Plausible', async () => {
  h = await startHarness([
    { url: EARLIER, file: resolve('test/fixtures/plausible/v3-sources-b.en.html') },
    { url: LATER, file: resolve('test/fixtures/plausible/v3-sources-a.en.html') },
  ]);
  const steady = reading(-4, 25_020);
  expect(
    await importData(h, {
      format: 'pacer',
      version: 1,
      exportedAt: new Date().toISOString(),
      goals: [GOAL],
      readings: HISTORY.filter((r) => r.observedAt < dayFromToday(-4)).concat(steady),
    }),
  ).toMatchObject({ ok: true });
  // The review four days ago, when the goal was on its floor's safe side (its last reading then).
  const past: Review = {
    id: 'review-past',
    date: dayFromToday(-4),
    savedAt: new Date().toISOString(),
    cadence: 'weekly',
    decisions: [
      {
        goalId: GOAL.id,
        title: GOAL.title,
        kind: 'keep',
        status: 'on-track',
        previousStatus: null,
      },
    ],
  };
  expect(await sendFromExtension(h, 'review.save', { review: past, goals: [] })).toMatchObject({
    ok: true,
  });
  // Three faked days: the readings dated -3, -2 and -1 arrive.
  expect(
    await importData(h, {
      format: 'pacer',
      version: 1,
      exportedAt: new Date().toISOString(),
      goals: [],
      readings: HISTORY.slice(-3),
    }),
  ).toMatchObject({ ok: true });
  expect(['at-risk', 'off-track']).toContain(await statusOf(GOAL.id));

  // The dashboard, read by the content script: the earlier week, then the later one.
  const movers = () =>
    sendFromExtension<{ movers: Record<string, MoversResult> }>(h!, 'movers.get', {
      goalIds: [GOAL.id],
    }).then((r) => r.movers[GOAL.id]);
  const tab = await h.context.newPage();
  await tab.goto(EARLIER);
  await expect
    .poll(movers, { timeout: 20_000 })
    .toMatchObject({ status: 'none', reason: 'no-comparable' });
  await tab.goto(LATER);
  await expect.poll(movers, { timeout: 20_000 }).toMatchObject({ status: 'ok' });
  const result = (await movers()) as Extract<MoversResult, { status: 'ok' }>;
  expect(result.current).toEqual({ start: dayFromToday(-7), end: dayFromToday(-1) });
  expect(result.earlier).toEqual({ start: dayFromToday(-14), end: dayFromToday(-8) });
  // Direct / None fell from 40.0k to 3.9k: the largest mover, within both tables' rounding.
  expect(result.movers[0]).toMatchObject({ dimension: 'sources', label: 'Direct / None' });
  expect(result.movers[0]!.change).toBeCloseTo(3950 - 40_050, 6);

  // The side panel shows what was read from the tables, folded under the figures, as text.
  const panel = await SidePanel.open(h, await tabIdOf(h, tab));
  const tables = panel.page.locator('details.breakdowns');
  await tables.locator('summary').click();
  await tables.locator('[data-dimension="sources"] .breakdown-row').first().waitFor();
  expect(
    await tables.locator('[data-dimension="sources"] .breakdown-label').allTextContents(),
  ).toEqual(['Google', 'Direct / None', 'Bing', 'DuckDuckGo', 'Hacker News']);
  if (process.env.PACER_SCREENSHOTS) {
    await panel.page.setViewportSize({ width: 400, height: 1000 });
    await tables.screenshot({ path: 'docs/breakdowns.png' });
  }

  const page = await openExtensionPage(h, 'options.html#review', { width: 1100, height: 1000 });
  const first = page.locator('#review .review-goal').first();
  await first.waitFor();
  expect(await first.getAttribute('data-goal-id')).toBe(GOAL.id);
  await page.getByRole('button', { name: /^(Start the review|Review now) \(/ }).click();
  const section = first.locator('[data-movers="ok"]');
  await section.waitFor();
  const lines = await section.locator('li').allTextContents();
  expect(lines[0]).toMatch(/^Sources: Direct \/ None −36.1K visitors \(−90%\)$/);
  expect((await section.textContent())?.replace(/\s+/g, ' ')).toMatch(/ vs /);
  if (process.env.PACER_SCREENSHOTS) await first.screenshot({ path: 'docs/review-movers.png' });
});
