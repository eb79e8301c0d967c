/**
 * "What moved" end to end in Chromium (issue 13): a goal whose figure shows an unusual drop, its
 * metric's breakdowns in the store, and the side panel's card listing the movers in words —
 * through the real `movers.get`, the background's store and the built UI. The breakdowns are
 * written straight into the extension's database here: this branch's readers do not fill them
 * yet (the readers' own tests cover reading them from dashboards). With PACER_SCREENSHOTS=1 it
 * writes docs/what-moved.png.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Reading } from '../../lib/goals/schema';
import type { StoredBreakdown } from '../../lib/store/schema';
import { makeGoal } from '../support/factories';
import {
  dayFromToday,
  importData,
  SidePanel,
  startHarness,
  tabIdOf,
  type Harness,
} from './harness';

const metric = { source: 'plausible', scope: 'movers.example', key: 'visitors' };
const ID = 'plausible/movers.example/visitors';

// Thirty steady days, then a sharp fall today: an unusual change the card explains.
const readings: Reading[] = Array.from({ length: 31 }, (_, i) => ({
  metric,
  value: i === 30 ? 6000 : 10_000 + (i % 3) * 20,
  unit: 'count',
  precision: 0.5,
  period: null,
  observedAt: `${dayFromToday(-30 + i)}T09:00:00.000Z`,
}));

function table(start: number, end: number, google: number): StoredBreakdown {
  const period = { start: dayFromToday(start), end: dayFromToday(end) };
  const day = dayFromToday(end + 1);
  return {
    id: `${ID}|sources|${period.start}..${period.end}|${day}`,
    metricId: ID,
    dimension: 'sources',
    period,
    day,
    observedAt: `${day}T09:00:00.000Z`,
    unit: 'count',
    rows: [
      { label: 'Google', value: google, precision: 0 },
      { label: 'Direct', value: 2500, precision: 0 },
      { label: 'Twitter', value: 1000, precision: 0 },
    ],
  };
}

let h: Harness;

beforeAll(async () => {
  h = await startHarness([]);
  const goal = makeGoal({
    id: 'moved',
    title: 'Keep weekly visitors above 9k',
    metric: { ...metric, label: 'Visitors' },
    direction: 'at-least',
    baseline: { value: 10_000, date: dayFromToday(-30) },
    target: { value: 9000 },
    start: dayFromToday(-30),
    deadline: dayFromToday(60),
  });
  expect(
    await importData(h, {
      format: 'pacer',
      version: 1,
      exportedAt: new Date().toISOString(),
      goals: [goal],
      readings,
    }),
  ).toMatchObject({ ok: true });
  // The last two whole weeks' sources, as the background stores them from a dashboard.
  const records = [table(-14, -8, 4000), table(-7, -1, 2800)];
  await h.ext.evaluate(async (rows) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('pacer');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction('breakdowns', 'readwrite');
    for (const r of rows) tx.objectStore('breakdowns').put(r);
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, records);
}, 120_000);

afterAll(async () => {
  await h?.close();
});

it('a goal with an unusual change lists what moved, in words, with the periods compared', async () => {
  const panel = await SidePanel.open(h, await tabIdOf(h, h.ext));
  const card = panel.goalCard('moved');
  await expect.poll(() => card.locator('.anomaly').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  const section = card.locator('section.what-moved');
  await expect
    .poll(() => section.locator('li').allTextContents(), { timeout: 15_000 })
    .toEqual(['Sources: Google −1,200 visitors (−30%)']);
  expect(await section.getByRole('heading', { name: 'What moved' }).count()).toBe(1);
  expect((await section.textContent())?.replace(/\s+/g, ' ')).toMatch(/ vs /);
  if (process.env.PACER_SCREENSHOTS) {
    await panel.page.setViewportSize({ width: 400, height: 900 });
    await card.screenshot({ path: 'docs/what-moved.png' });
  }
});
