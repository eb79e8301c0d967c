/**
 * History import, end to end in Chromium: a goal with no readings, a Plausible export in its real
 * format (the zip PlausibleWeb.StatsController.csv_export sends, with visitors.csv as its
 * main_graph_csv writes it — our own numbers, the later days of the range as zeros the way a
 * "this month" export lists them — beside sources.csv and pages.csv), imported through the
 * options page; the goal has a projection the same day. With
 * PACER_SCREENSHOTS=1 the preview's screenshot goes to docs/.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Goal } from '../../lib/goals/schema';
import type { GoalView } from '../../lib/messaging/schemas';
import {
  dayFromToday,
  openExtensionPage,
  saveGoal,
  sendFromExtension,
  startHarness,
  type Harness,
} from './harness';

const SHOTS = process.env.PACER_SCREENSHOTS ? 'docs' : 'test-results';
const TMP = mkdtempSync(join(tmpdir(), 'pacer-history-e2e-'));
const metric = { source: 'plausible', scope: 'acme.example', key: 'pageviews' };

const GOAL: Goal = {
  id: 'pageviews-60k',
  title: 'Reach 60k pageviews this quarter',
  objective: 'More people read the docs',
  metric,
  direction: 'increase',
  accumulation: 'period-total',
  baseline: { value: 0, date: dayFromToday(-29) },
  target: { value: 60000 },
  start: dayFromToday(-29),
  deadline: dayFromToday(60),
  actions: [],
  notes: [],
  revisions: [],
};

/** Days −35…+3: six before the goal's start, today, and three future days with zeros. */
function plausibleCsv(): { text: string; sum: number } {
  const lines = ['date,visitors,pageviews,visits,views_per_visit,bounce_rate,visit_duration'];
  let sum = 0;
  for (let d = -35; d <= 3; d++) {
    if (d > 0) {
      lines.push(`${dayFromToday(d)},0,0,0,0.0,0,0`);
      continue;
    }
    const visitors = 280 + ((d + 35) % 7) * 9 + (d + 35) * 2;
    const visits = Math.round(visitors * 1.2);
    const pageviews = Math.round(visits * 2.35);
    if (d >= -29) sum += pageviews;
    const perVisit = (pageviews / visits).toFixed(2);
    lines.push(`${dayFromToday(d)},${visitors},${pageviews},${visits},${perVisit},52,94`);
  }
  return { text: lines.join('\r\n') + '\r\n', sum };
}

const evaluation = async (h: Harness) =>
  (await sendFromExtension<{ goals: GoalView[] }>(h, 'goals.list', {})).goals.find(
    (v) => v.goal.id === GOAL.id,
  )!.evaluation;

let h: Harness | undefined;
afterAll(async () => {
  await h?.close();
});

describe('history import', () => {
  it('imports a Plausible export for a goal and projects it the same day', async () => {
    h = await startHarness([]);
    expect((await saveGoal(h, GOAL)).ok).toBe(true);
    const before = await evaluation(h);
    expect(before.status).toBe('no-data');
    expect(before.projected).toBeNull();

    const { text, sum } = plausibleCsv();
    const file = join(TMP, 'visitors.csv');
    writeFileSync(file, text);
    const zip = join(
      TMP,
      `Plausible export acme.example ${dayFromToday(-35)}  to ${dayFromToday(3)} .zip`,
    );
    writeFileSync(
      zip,
      zipSync({
        'sources.csv': strToU8('name,visitors,bounce_rate,visit_duration\r\nGoogle,812,51,88\r\n'),
        'visitors.csv': strToU8(text),
        'pages.csv': strToU8(
          'name,visitors,pageviews,bounce_rate,time_on_page\r\n/,900,1500,50,40\r\n',
        ),
      }),
    );

    const page = await openExtensionPage(h, 'options.html#history', { width: 1000, height: 900 });
    const heading = page.getByRole('heading', { name: "Import a dashboard's history" });
    await heading.waitFor();
    // The address lands on the section: its heading has keyboard focus.
    await expect.poll(() => heading.evaluate((el) => el === document.activeElement)).toBe(true);

    await page.getByLabel('CSV or zip file').setInputFiles(zip);
    await page.getByText('Recognised: Plausible export, 39 rows.').waitFor();
    // Of the zip's files, the one with the days.
    const entry = page.getByLabel(/^File in Plausible export/);
    await expect(entry.locator('option:checked').textContent()).resolves.toBe('visitors.csv');
    await expect(page.getByLabel('Goal', { exact: true }).inputValue()).resolves.toBe(GOAL.id);
    const preview = page.locator('.history-preview');
    await expect
      .poll(() => preview.textContent())
      .toContain(`30 readings for “${GOAL.title}”: the running total from the goal's start`);
    const previewText = (await preview.textContent())!;
    expect(previewText).toContain('3 days after today left out.');
    expect(previewText).toContain('6 days outside the goal');
    expect(previewText).toContain(`${sum.toLocaleString('en-US')}`);
    // Nothing is written before the click.
    expect((await evaluation(h)).status).toBe('no-data');

    mkdirSync(SHOTS, { recursive: true });
    await page.locator('#history').screenshot({ path: join(SHOTS, 'history-import.png') });

    // Keyboard only: from the goal select, Tab to the column select, then to the import button.
    const go = page.getByRole('button', { name: 'Import 30 readings' });
    await go.focus();
    await page.keyboard.press('Enter');
    await page
      .getByText(`Imported 30 readings into “${GOAL.title}”; 0 days already had one.`)
      .waitFor();

    const after = await evaluation(h);
    expect(after.current).toBe(sum);
    expect(after.currentDate).toBe(dayFromToday(0));
    expect(after.projected).not.toBeNull();
    expect(after.projected!.value).toBeGreaterThan(sum);
    expect(after.status).not.toBe('no-data');
    // The goal card on the same page follows (goals.changed).
    await expect
      .poll(() => page.locator(`[data-goal-id="${GOAL.id}"]`).first().getAttribute('data-status'))
      .toBe(after.status);

    // The same history again, as the bare CSV, adds nothing.
    await page.getByLabel('CSV or zip file').setInputFiles(file);
    await page.getByRole('button', { name: 'Import 30 readings' }).click();
    await page
      .getByText(`Imported 0 readings into “${GOAL.title}”; 30 days already had one.`)
      .waitFor();
  });
});
