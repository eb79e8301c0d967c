/**
 * The review loop (issue 13), end to end in Chromium: a goal slips over three days of check-ins
 * (dated on successive days, as the check-in form takes any past day) after a review that saw it
 * on track; the review lists it first; the user revises its target with a reason, adds an action,
 * closes the other goal with a lesson and saves, all from the keyboard; the review is in the goal's
 * history, the monthly report shows the decision, and an export carries reviews and lessons to a
 * fresh profile. With PACER_SCREENSHOTS=1 the screenshots go to docs/.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Goal } from '../../lib/goals/schema';
import type { GoalView } from '../../lib/messaging/schemas';
import type { Review } from '../../lib/review/schema';
import {
  dayFromToday,
  importData,
  openExtensionPage,
  sendFromExtension,
  startHarness,
  type Harness,
} from './harness';

const SHOTS = process.env.PACER_SCREENSHOTS ? 'docs' : 'test-results';
const TMP = mkdtempSync(join(tmpdir(), 'pacer-review-e2e-'));

const goal = (id: string, title: string): Goal => ({
  id,
  title,
  objective: 'More people try the product',
  // Figures entered by hand (check-ins): `manual/<unit>/<goal id>`.
  metric: { source: 'manual', scope: 'count', key: id, label: title },
  direction: 'increase',
  accumulation: 'level',
  baseline: { value: 1000, date: dayFromToday(-30) },
  target: { value: 2000 },
  start: dayFromToday(-30),
  deadline: dayFromToday(60),
  actions: [],
  notes: [],
  revisions: [],
});
const SLIPPING = goal('signups', 'Grow weekly signups to 2,000');
const STEADY = goal('trials', 'Grow active trials to 2,000');

/** Check-ins on three successive days: signups fall away from the pace, trials keep it. */
const DAYS: [number, number, number][] = [
  [-2, 1340, 1320],
  [-1, 1250, 1335],
  [0, 1080, 1345],
];

const checkIn = (h: Harness, goalId: string, day: number, value: number) =>
  sendFromExtension<{ ok: boolean }>(h, 'checkin.save', {
    goalId,
    date: dayFromToday(day),
    value: String(value),
    lang: 'en',
  });
const statusOf = async (h: Harness, id: string) =>
  (await sendFromExtension<{ goals: GoalView[] }>(h, 'goals.list', {})).goals.find(
    (v) => v.goal.id === id,
  )!.evaluation.status;

async function reviewPage(h: Harness): Promise<Page> {
  const page = await openExtensionPage(h, 'options.html#review', { width: 1100, height: 1000 });
  await page.locator('#review .review-goal').first().waitFor();
  return page;
}

let h: Harness | undefined;
afterAll(async () => {
  await h?.close();
});
let exportPath = '';
let firstStatus = '';

describe('profile A: a slip, a review, its decisions', () => {
  it('a goal slips over three days after a review saw it fine; the review lists it first', async () => {
    h = await startHarness([]);
    for (const g of [SLIPPING, STEADY])
      expect(await sendFromExtension(h, 'goal.save', { goal: g })).toMatchObject({ ok: true });
    const [first, ...rest] = DAYS as [[number, number, number], ...[number, number, number][]];
    expect(await checkIn(h, SLIPPING.id, first[0], first[1])).toMatchObject({ ok: true });
    expect(await checkIn(h, STEADY.id, first[0], first[2])).toMatchObject({ ok: true });
    // The review two days ago: both goals as Pacer judged them then.
    firstStatus = await statusOf(h, SLIPPING.id);
    const past: Review = {
      id: 'review-past',
      date: dayFromToday(first[0]),
      savedAt: new Date().toISOString(),
      cadence: 'monthly',
      decisions: [SLIPPING, STEADY].map((g) => ({
        goalId: g.id,
        title: g.title,
        kind: 'keep' as const,
        status: 'on-track' as const,
        previousStatus: null,
      })),
    };
    expect(firstStatus).toBe('on-track');
    expect(await sendFromExtension(h, 'review.save', { review: past, goals: [] })).toMatchObject({
      ok: true,
    });
    for (const [day, signups, trials] of rest) {
      expect(await checkIn(h, SLIPPING.id, day, signups)).toMatchObject({ ok: true });
      expect(await checkIn(h, STEADY.id, day, trials)).toMatchObject({ ok: true });
    }
    expect(['at-risk', 'off-track']).toContain(await statusOf(h, SLIPPING.id));

    const page = await reviewPage(h);
    // options.html#review lands on the section's heading.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('review-h');
    const ids = await page
      .locator('#review .review-goal')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-goal-id')));
    expect(ids).toEqual([SLIPPING.id, STEADY.id]);
    const slipping = page.locator(`#review [data-goal-id="${SLIPPING.id}"]`);
    await slipping
      .getByText(`Slipped: was On track at the review of ${await dayText(page, -2)}.`)
      .waitFor();
    expect(await page.locator('#review-attention-h').innerText()).toBe('Needs attention (1)');
    // Figures entered by hand have no dashboard tables, so no "What moved": review-movers.e2e.ts
    // has a dashboard goal's.
  });

  it('revises the target with a reason, adds an action, closes the other goal; saves from the keyboard', async () => {
    const page = await reviewPage(h!);
    await page.getByRole('button', { name: /^(Start the review|Review now) \(2 goals\)$/ }).click();
    const slipping = page.locator(`#review [data-goal-id="${SLIPPING.id}"]`);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toContain(SLIPPING.title);
    await slipping.getByLabel('Revise the target or deadline', { exact: false }).check();
    await slipping.getByLabel('New target', { exact: true }).fill('1600');
    // Enter without a reason: refused, said in words, focus on the reason.
    await slipping.getByLabel('New target', { exact: true }).press('Enter');
    await slipping.getByText('Say why the target or deadline changes.').waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('name')))
      .toBe('reason');
    await page.keyboard.type('Paid ads paused for a month');
    const newAction = slipping.getByLabel('New action', { exact: true });
    await newAction.fill('Restart the newsletter');
    await newAction.press('Enter');
    await slipping.getByLabel('Owner of Restart the newsletter').fill('Mina');
    await slipping.getByLabel('Due date of Restart the newsletter').fill(dayFromToday(14));
    await slipping.getByLabel('Reason for the change').focus();
    await shoot(page, '#review', `${SHOTS}/review.png`);
    await slipping.getByLabel('Reason for the change').press('Enter');
    await page.getByText(`Decision recorded for “${SLIPPING.title}” (1 of 2 goals).`).waitFor();

    // The next goal opens with focus on its heading.
    const steady = page.locator(`#review [data-goal-id="${STEADY.id}"]`);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toContain(STEADY.title);
    await steady.getByLabel('Close the goal', { exact: false }).check();
    await steady.getByLabel('Achieved', { exact: true }).check();
    await steady
      .getByLabel('Lesson learned')
      .fill('Onboarding emails kept trials up; the pace was realistic');
    await steady.screenshot({ path: `${SHOTS}/review-close.png` });
    await steady.getByLabel('Lesson learned').press('Enter');
    await page.getByText(`Decision recorded for “${STEADY.title}” (2 of 2 goals).`).waitFor();
    await page.locator('#review').screenshot({ path: 'test-results/review-decided.png' });

    // Every goal decided: focus is on "Save review", and Enter saves.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Save review (2 decided)');
    await page.keyboard.press('Enter');
    await page.getByText(/^Review of .+ saved with 2 decisions\.$/).waitFor();

    const { reviews } = await sendFromExtension<{ reviews: Review[] }>(h!, 'review.list', {});
    expect(reviews).toHaveLength(2);
    const saved = reviews.find((r) => r.id !== 'review-past')!;
    expect(saved.decisions).toMatchObject([
      {
        goalId: SLIPPING.id,
        kind: 'revise',
        previousStatus: 'on-track',
        revision: { reason: 'Paid ads paused for a month', target: { value: 2000 } },
        actions: ['Restart the newsletter'],
      },
      {
        goalId: STEADY.id,
        kind: 'close',
        closure: { outcome: 'achieved' },
      },
    ]);
    const goals = (await sendFromExtension<{ goals: GoalView[] }>(h!, 'goals.list', {})).goals;
    const revised = goals.find((v) => v.goal.id === SLIPPING.id)!.goal;
    expect(revised.target).toEqual({ value: 1600 });
    expect(revised.actions).toMatchObject([{ title: 'Restart the newsletter', owner: 'Mina' }]);
    expect(goals.find((v) => v.goal.id === STEADY.id)!.goal.closed?.outcome).toBe('achieved');
  });

  it('the review is in the goal’s history; the closed goal shows as closed', async () => {
    const page = await openExtensionPage(h!, 'options.html', { width: 1100, height: 1000 });
    const row = page.locator(`.goal-row[data-goal-id="${STEADY.id}"]`);
    await row.getByText(/^Closed: achieved on /).waitFor();
    await page.getByRole('button', { name: `Edit ${SLIPPING.title}` }).click();
    const history = page.locator('.decision-history');
    await history
      .getByText(
        /Review of .+: revised the target or deadline \(was 2,000 by .+\) because: “Paid ads paused for a month”\. Plan: Restart the newsletter\./,
      )
      .waitFor();
    await history.getByText(/Review of .+: kept course\./).waitFor();
    await shoot(page, '.decision-history', `${SHOTS}/review-history.png`);
  });

  it('the monthly report shows the decisions', async () => {
    // A monthly report covers the last complete month: made on the 1st of next month, it covers
    // this month and the review just saved.
    const now = new Date();
    const nextMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1, 12));
    const report = await sendFromExtension<{ ok: boolean; text: string }>(h!, 'report.build', {
      period: 'month',
      format: 'markdown',
      lang: 'en',
      date: nextMonth.toISOString(),
    });
    expect(report.ok).toBe(true);
    const decisions = report.text.slice(report.text.indexOf('## Decisions at reviews'));
    expect(decisions).toContain('## Decisions at reviews');
    const line = decisions
      .split('\n')
      .find((l) => l.startsWith(`- **${SLIPPING.title}** — Revise the target or deadline`));
    expect(line).toContain('Paid ads paused for a month');
    expect(line).toContain('Restart the newsletter');
    expect(decisions).toMatch(/Onboarding emails kept trials up; the pace was realistic/);
  });

  it('exports reviews and lessons (v2)', async () => {
    const page = await openExtensionPage(h!, 'options.html#data', { width: 1100, height: 900 });
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export all data', exact: true }).click();
    const file = await download;
    exportPath = join(TMP, file.suggestedFilename());
    await file.saveAs(exportPath);
    const data = JSON.parse(readFileSync(exportPath, 'utf8'));
    expect(data.version).toBe(2);
    expect(data.reviews).toHaveLength(2);
    await h!.close();
    h = undefined;
  });
});

describe('profile B: reviews and lessons survive an import', () => {
  it('imports the file; the history and the lesson for a new goal on the same figure are there', async () => {
    expect(exportPath).not.toBe('');
    h = await startHarness([]);
    expect(await importData(h, JSON.parse(readFileSync(exportPath, 'utf8')))).toMatchObject({
      ok: true,
    });
    const { reviews } = await sendFromExtension<{ reviews: Review[] }>(h, 'review.list', {
      goalId: SLIPPING.id,
    });
    expect(reviews.map((r) => r.decisions.find((d) => d.goalId === SLIPPING.id)?.kind)).toEqual(
      expect.arrayContaining(['revise', 'keep']),
    );
    const page = await openExtensionPage(h, 'options.html', { width: 1100, height: 1000 });
    await page.getByRole('button', { name: 'New goal', exact: true }).first().click();
    await page
      .getByLabel('Figure to follow', { exact: true })
      .selectOption(`manual/count/${STEADY.id}`);
    const lessons = page.locator('.lessons');
    await lessons
      .getByText(
        /Last time: achieved on .+ — “Onboarding emails kept trials up; the pace was realistic”/,
      )
      .waitFor();
    await shoot(page, '.editor-side', `${SHOTS}/review-lesson.png`);

    // The review in Korean: the imported goals, the slipping one first.
    await sendFromExtension(h, 'settings.set', { patch: { language: 'ko' } });
    const ko = await openExtensionPage(h, 'options.html#review', { width: 1100, height: 1000 });
    await ko.getByRole('heading', { name: '점검', exact: true }).waitFor();
    await ko.getByRole('button', { name: /^(점검 시작|지금 점검) \(목표 1개\)$/ }).click();
    await ko.getByText('목표값 또는 마감일 재설정').waitFor();
    await ko.locator('#review').screenshot({ path: 'test-results/review-ko.png' });
  });
});

/** An element with a margin of page around it, so the picture does not cut its edges. */
async function shoot(page: Page, selector: string, path: string) {
  const box = (await page.locator(selector).boundingBox())!;
  const [sx, sy] = await page.evaluate(() => [scrollX, scrollY]);
  await page.screenshot({
    path,
    fullPage: true,
    clip: {
      x: box.x + sx! - 12,
      y: box.y + sy! - 12,
      width: box.width + 24,
      height: box.height + 24,
    },
  });
}

/** A day as the page writes it in running text ("Nov 28"), from the page's own formatter. */
function dayText(page: Page, days: number): Promise<string> {
  return page.evaluate(
    (iso) =>
      new Intl.DateTimeFormat('en-US', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
        new Date(`${iso}T00:00:00Z`),
      ),
    dayFromToday(days),
  );
}
