/**
 * Reports and data, end to end in Chromium: profile A has goals and a real reading, exports them
 * from the options page; a fresh profile B imports the file through the options page and shows
 * the same statuses and evaluations. Also: the report (preview, CSV, print view), the sync switch
 * and its failure notices. With PACER_SCREENSHOTS=1 the screenshots go to docs/.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { Goal, Reading } from '../../lib/goals/schema';
import type { Export } from '../../lib/goals/export';
import type { GoalView } from '../../lib/messaging/schemas';
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

const SITE = '756bbf38-42a5-4b11-b3b2-b16527e8b530';
const DASHBOARD = `https://cloud.umami.is/websites/${SITE}?date=30day`;
const PAGES = [{ url: DASHBOARD, file: resolve('test/fixtures/umami/dashboard-30d.en.html') }];
const SHOTS = process.env.PACER_SCREENSHOTS ? 'docs' : 'test-results';
const TMP = mkdtempSync(join(tmpdir(), 'pacer-data-e2e-'));
const metric = (key: string) => ({ source: 'umami', scope: SITE, key });

const goal = (over: Partial<Goal> & Pick<Goal, 'id' | 'title' | 'metric'>): Goal => ({
  objective: 'More people discover the product',
  direction: 'increase',
  accumulation: 'level',
  baseline: { value: 15000, date: dayFromToday(-40) },
  target: { value: 30000 },
  start: dayFromToday(-40),
  deadline: dayFromToday(50),
  actions: [],
  notes: [],
  revisions: [],
  ...over,
});
const GOALS = [
  goal({ id: 'visitors-30k', title: 'Grow monthly visitors to 30k', metric: metric('visitors') }),
  goal({
    id: 'views-34k',
    title: 'Keep page views above 30k',
    metric: metric('views'),
    direction: 'at-least',
    baseline: { value: 31000, date: dayFromToday(-40) },
    target: { value: 30000 },
  }),
];
const history: Reading[] = Array.from({ length: 20 }, (_, i) => ({
  metric: metric('visitors'),
  value: 15000 + i * 60,
  unit: 'count',
  precision: 50,
  period: null,
  observedAt: `${dayFromToday(-20 + i)}T09:00:00.000Z`,
}));

/**
 * Each goal's evaluation, less what a browser remembers of its own past verdicts (the status it
 * showed before, and since when): that memory is per browser and not part of an export.
 */
const evaluations = async (h: Harness) =>
  Object.fromEntries(
    (await sendFromExtension<{ goals: GoalView[] }>(h, 'goals.list', {})).goals.map((v) => {
      const { previousStatus: _p, statusSince: _s, ...evaluation } = v.evaluation;
      return [v.goal.id, evaluation];
    }),
  );

/** Open the dashboard, then its side panel, and wait for a real reading and every goal card. */
async function panelOnDashboard(h: Harness): Promise<SidePanel> {
  const dashboard = await h.context.newPage();
  await dashboard.goto(DASHBOARD);
  const panel = await SidePanel.open(h, await tabIdOf(h, dashboard));
  await expect
    .poll(() => panel.figure(`umami/${SITE}/visitors`).getAttribute('data-value'), {
      timeout: 15_000,
    })
    .toBe('16180');
  for (const g of GOALS) await panel.goalCard(g.id).waitFor();
  return panel;
}
const statuses = (panel: SidePanel) =>
  Promise.all(GOALS.map((g) => panel.goalCard(g.id).getAttribute('data-status')));

async function options(h: Harness): Promise<Page> {
  const page = await openExtensionPage(h, 'options.html', { width: 1100, height: 900 });
  await page.getByRole('heading', { name: 'Data', exact: true }).waitFor();
  return page;
}

/** One section with a margin of page around it, so the picture does not cut its edges. */
async function shoot(page: Page, selector: string, path: string) {
  // boundingBox() is relative to the viewport, a full-page clip to the page.
  const box = (await page.locator(selector).boundingBox())!;
  const [sx, sy] = await page.evaluate(() => [scrollX, scrollY]);
  await page.screenshot({
    path,
    fullPage: true,
    clip: {
      x: box.x + sx! - 16,
      y: box.y + sy! - 12,
      width: box.width + 32,
      height: box.height + 24,
    },
  });
}

let h: Harness | undefined;
afterAll(async () => {
  await h?.close();
});

// Carried from profile A to profile B.
let exportPath = '';
let statusesA: (string | null)[] = [];
let evaluationsA: Record<string, unknown> = {};

describe('profile A: report, export', () => {
  it('exports all data from the options page after a real reading arrived', async () => {
    h = await startHarness(PAGES);
    const seed = { format: 'pacer', version: 1, exportedAt: new Date().toISOString() } as const;
    expect(await importData(h, { ...seed, goals: GOALS, readings: history })).toMatchObject({
      ok: true,
    });
    const panel = await panelOnDashboard(h);
    statusesA = await statuses(panel);
    expect(statusesA[0]).toBe('off-track');
    evaluationsA = await evaluations(h);

    const page = await options(h);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export all data', exact: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^pacer-export-\d{4}-\d{2}-\d{2}\.json$/);
    exportPath = join(TMP, file.suggestedFilename());
    await file.saveAs(exportPath);
    const data = JSON.parse(readFileSync(exportPath, 'utf8')) as Export;
    expect(data.goals.map((g) => g.id).sort()).toEqual(GOALS.map((g) => g.id).sort());
    // The seeded history plus what the content script read from the dashboard.
    expect(data.readings.length).toBeGreaterThan(history.length);
    await page.getByText(/^Saved pacer-export-.*: 2 goals, \d+ readings\.$/).waitFor();
  });

  it('shows the report as Markdown with the goal titles, downloads CSV, opens a print view', async () => {
    const page = await options(h!);
    const preview = page.locator('pre.report-preview');
    await expect.poll(() => preview.innerText()).toContain('# Weekly KPI report');
    for (const g of GOALS) expect(await preview.innerText()).toContain(g.title);
    await shoot(page, '#report', `${SHOTS}/report.png`);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV', exact: true }).click();
    const csv = await download;
    expect(csv.suggestedFilename()).toMatch(/^pacer-week-\d{4}-\d{2}-\d{2}\.csv$/);
    const csvPath = join(TMP, csv.suggestedFilename());
    await csv.saveAs(csvPath);
    const bytes = readFileSync(csvPath);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain(GOALS[0]!.title);

    const opened = h!.context.waitForEvent('page');
    await page.getByRole('link', { name: /^Print…/ }).click();
    const print = await opened;
    await print.setViewportSize({ width: 900, height: 1000 });
    expect(print.url()).toContain('/report.html?period=week&lang=en');
    await print.locator('.report-goal[data-goal-id="visitors-30k"] canvas').waitFor();
    expect(await print.locator('.report-goal h3').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining(GOALS[0]!.title)]),
    );
    await print.getByRole('button', { name: 'Print', exact: true }).waitFor();
    await print.screenshot({ path: `${SHOTS}/report-print.png`, fullPage: true });
    await print.emulateMedia({ colorScheme: 'dark' });
    await print.screenshot({ path: 'test-results/report-print-dark.png' });
    await print.emulateMedia({ media: 'print', colorScheme: 'light' });
    expect(await print.locator('.report-toolbar').isVisible()).toBe(false);

    await page.getByLabel('Period', { exact: true }).selectOption('month');
    await expect.poll(() => preview.innerText()).toContain('# Monthly KPI report');
    await h!.close();
    h = undefined;
  });
});

describe('profile B: import, same goals', () => {
  it('imports the file through the options page (merge) and shows the same evaluations', async () => {
    expect(exportPath).not.toBe('');
    h = await startHarness(PAGES);
    const page = await options(h);
    await page.getByLabel('Import… (a Pacer export, .json)').setInputFiles(exportPath);
    await page.getByText(/: 2 goals and \d+ readings, exported /).waitFor();
    await page.getByRole('radio', { name: 'Merge', exact: true }).check();
    await shoot(page, '#data', `${SHOTS}/data.png`);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText(/^2 goals, \d+ readings imported, 0 duplicates skipped\.$/).waitFor();
    await shoot(page, '#data', 'test-results/data-imported.png');
    expect(await evaluations(h)).toEqual(evaluationsA);

    const panel = await panelOnDashboard(h);
    await expect.poll(() => statuses(panel)).toEqual(statusesA);
    // B read the same dashboard today too: the same figures, so the same verdicts.
    expect(await evaluations(h)).toEqual(evaluationsA);
  });

  it('exports a compressed file (.json.gz) and imports it back: every reading already here', async () => {
    const page = await options(h!);
    await page.getByLabel('Compress the file (.json.gz)').check();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export all data', exact: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^pacer-export-\d{4}-\d{2}-\d{2}\.json\.gz$/);
    const path = join(TMP, file.suggestedFilename());
    await file.saveAs(path);
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 2)]).toEqual([0x1f, 0x8b]);
    const data = JSON.parse(gunzipSync(bytes).toString('utf8')) as Export;
    expect(data.goals).toHaveLength(GOALS.length);

    await page.getByLabel('Import… (a Pacer export, .json)').setInputFiles(path);
    await page.getByText(/: 2 goals and \d+ readings, exported /).waitFor();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page
      .getByText(
        new RegExp(`^2 goals, 0 readings imported, ${data.readings.length} duplicates skipped\\.$`),
      )
      .waitFor();
    expect(await evaluations(h!)).toEqual(evaluationsA);
  });

  it('turns sync on, and says so in the options page and the side panel when it fails', async () => {
    const page = await options(h!);
    const toggle = page.getByRole('switch', { name: /Sync goals across my browsers/ });
    expect(await toggle.isChecked()).toBe(false);
    await page.getByText('Off: goals stay in this browser.').waitFor();
    await toggle.check();
    await page.getByText(/^Synced (just now|\d+ minutes? ago)/).waitFor();

    // A real failure: the browser's sync storage is full (100 KB for an extension), and the next
    // goal change cannot be written there.
    const dashboard = h!.context.pages().find((p) => p.url() === DASHBOARD)!;
    const panel = await SidePanel.open(h!, await tabIdOf(h!, dashboard));
    await panel.page.setViewportSize({ width: 320, height: 800 });
    await panel.goalCard(GOALS[0]!.id).waitFor();
    const filler = await h!.ext.evaluate(async () => {
      // Fill what is left of the quota but a few bytes (an item costs its key plus its JSON).
      let free = chrome.storage.sync.QUOTA_BYTES - (await chrome.storage.sync.getBytesInUse(null));
      const items: Record<string, string> = {};
      for (let i = 0; free > 24; i++) {
        const key = `test-filler-${i}`;
        const size = Math.min(8000, free - key.length - 2 - 4);
        items[key] = 'x'.repeat(size);
        free -= key.length + size + 2;
      }
      await chrome.storage.sync.set(items);
      return Object.keys(items);
    });
    await h!.ext.evaluate(
      (goal) => chrome.runtime.sendMessage({ type: 'goal.save', payload: { goal } }),
      { ...GOALS[0]!, title: `${GOALS[0]!.title} (renamed)` },
    );
    const notice = page.getByRole('alert').filter({ hasText: 'Goal sync failed' });
    await expect.poll(() => notice.count(), { timeout: 15_000 }).toBe(1);
    // Pacer measures the quota itself and says how much room the goals need.
    expect(await notice.innerText()).toMatch(/Your goals need \d+/);
    await page.getByText(/^Local only: Your goals need \d+/).waitFor();
    await panel.page.getByRole('alert').filter({ hasText: 'Sync failed' }).waitFor();
    expect(
      await panel.page.evaluate(() => document.documentElement.scrollWidth),
    ).toBeLessThanOrEqual(320);
    await panel.page.screenshot({ path: `${SHOTS}/sidepanel-sync-failed.png`, fullPage: true });
    await page.locator('#settings-h').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/options-sync-failed.png' });

    // Room again; Retry asks the background to write now: the warnings go away everywhere.
    await h!.ext.evaluate((keys) => chrome.storage.sync.remove(keys), filler);
    await notice.getByRole('button', { name: 'Retry now', exact: true }).click();
    await expect.poll(() => notice.count()).toBe(0);
    await expect
      .poll(() => panel.page.getByRole('alert').filter({ hasText: 'Sync failed' }).count())
      .toBe(0);

    // For a look: the whole options page in dark mode and in Korean.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: 'test-results/options-data-dark.png', fullPage: true });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByLabel('Language', { exact: true }).selectOption('ko');
    await page.getByRole('heading', { name: '보고서', exact: true }).waitFor();
    // Another setting changed; sync stays on.
    expect(await page.getByRole('switch').isChecked()).toBe(true);
    await expect.poll(() => page.locator('pre.report-preview').innerText()).toContain('주간 KPI');
    await page.screenshot({ path: 'test-results/options-data-ko.png', fullPage: true });
    await page.getByLabel('언어', { exact: true }).selectOption('auto');
    await page.getByRole('heading', { name: 'Report', exact: true }).waitFor();

    // The side panel's "Report" opens the options page at its report section.
    const opened = h!.context.waitForEvent('page');
    await panel.page.getByRole('button', { name: 'Report', exact: true }).click();
    const report = await opened;
    await report.waitForURL(/options\.html#report$/);
    await expect
      .poll(() => report.evaluate(() => document.activeElement?.textContent))
      .toBe('Report');
  });
});
