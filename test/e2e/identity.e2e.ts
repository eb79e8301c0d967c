/**
 * Issue 10, defect 1, in the real browser: a site the user enabled serves Plausible's markup for
 * the same site as the user's Plausible Cloud goal. Its figures are stored under its own host and
 * never reach the Cloud goal; the real plausible.io page still feeds it.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Goal } from '../../lib/goals/schema';
import {
  SidePanel,
  dayFromToday,
  saveGoal,
  sendFromExtension,
  startHarness,
  tabIdOf,
  type Harness,
} from './harness';

const FIXTURE = 'test/fixtures/plausible/dashboard-30d.en.html';
const CLOUD = 'https://plausible.io/example.com';
const cloudMetric = { source: 'plausible', scope: 'example.com', key: 'visitors' };
let h: Harness & { server: { origin: string } };

const goal: Goal = {
  id: 'cloud-visitors',
  title: 'Visitors on Plausible Cloud',
  objective: 'Grow the site',
  metric: { ...cloudMetric, label: 'Unique visitors' },
  direction: 'increase',
  accumulation: 'period-total',
  baseline: { value: 5000, date: dayFromToday(-30) },
  target: { value: 90000 },
  start: dayFromToday(-30),
  deadline: dayFromToday(60),
  actions: [],
  notes: [],
  revisions: [],
};

const readingsOf = (metric: typeof cloudMetric) =>
  sendFromExtension<{ readings: { value: number; url?: string }[] }>(h, 'readings.get', {
    metric,
  }).then((r) => r.readings);

beforeAll(async () => {
  h = await startHarness([{ url: CLOUD, file: resolve(FIXTURE) }], {
    grantedHosts: ['http://127.0.0.1/*'],
  });
  expect(await saveGoal(h, goal)).toMatchObject({ ok: true });
});
afterAll(async () => {
  await h?.close();
});

describe('a page writes only its own site’s metrics', () => {
  it('an enabled site with Plausible markup gets its own metric; the Cloud goal is untouched', async () => {
    const host = new URL(h.server.origin).host;
    const selfHosted = await h.context.newPage();
    await selfHosted.goto(`${h.server.origin}/${FIXTURE}`);
    const tabId = await tabIdOf(h, selfHosted);
    expect(
      await sendFromExtension(h, 'site.enable', { origin: h.server.origin, tabId }),
    ).toMatchObject({ ok: true });

    const panel = await SidePanel.open(h, tabId);
    const own = panel.figure(`plausible/${host}/example.com/visitors`);
    await expect.poll(() => own.count(), { timeout: 15_000 }).toBe(1);
    expect(Number(await own.getAttribute('data-value'))).toBeGreaterThan(0);
    expect(await panel.figure('plausible/example.com/visitors').count()).toBe(0);
    expect(await readingsOf(cloudMetric)).toEqual([]);
    expect(
      await readingsOf({ ...cloudMetric, scope: `${host}/example.com` }).then((r) => r.length),
    ).toBe(1);
    // The Cloud goal is not on this page, and has no data.
    expect(await panel.goalCard(goal.id).getAttribute('data-status')).toBe('no-data');

    // The real plausible.io page feeds the Cloud goal.
    const cloud = await h.context.newPage();
    await cloud.goto(CLOUD);
    await expect
      .poll(() => readingsOf(cloudMetric).then((r) => r.length), { timeout: 15_000 })
      .toBe(1);
    expect((await readingsOf(cloudMetric))[0]!.url).toMatch(/^https:\/\/plausible\.io\//);
  });
});
