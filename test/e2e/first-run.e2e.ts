/**
 * A new user's first day, end to end in Chromium: a fresh install opens the welcome page; the
 * article's case C (market share 15% within three months) is started from its template there,
 * followed with three check-ins over three days (dated explicitly: the form takes any past day),
 * and gets a status, chart marks and report lines. With PACER_SCREENSHOTS=1 the screenshots go to
 * docs/, else to test-results/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  dayFromToday,
  GoalEditorPage,
  openExtensionPage,
  sendFromExtension,
  SidePanel,
  startHarness,
  type Harness,
} from './harness';

const SHOTS = process.env.PACER_SCREENSHOTS ? 'docs' : 'test-results';
const CASE_C = '15% market share within three months of launch';
const TITLE = 'Reach 15% market share within three months of launch';

let h: Harness;
let welcome: Page;

beforeAll(async () => {
  h = await startHarness([], { keepWelcome: true });
  const url = `chrome-extension://${h.extensionId}/welcome.html`;
  welcome =
    h.context.pages().find((p) => p.url().startsWith(url)) ??
    (await h.context.waitForEvent('page', {
      predicate: (p) => p.url().startsWith(url),
      timeout: 10_000,
    }));
});

afterAll(async () => {
  await h?.close();
});

describe('first run', () => {
  it('a fresh install opens the welcome page: what Pacer reads, the privacy promise, three starts', async () => {
    await welcome.setViewportSize({ width: 1000, height: 1100 });
    await welcome.getByRole('heading', { name: 'Welcome to Pacer', level: 1 }).waitFor();
    await welcome.getByRole('heading', { name: 'What Pacer reads, and where' }).waitFor();
    await welcome.getByRole('heading', { name: 'Nothing leaves your browser' }).waitFor();
    expect(
      await welcome.getByRole('link', { name: 'Plausible', exact: true }).getAttribute('href'),
    ).toBe('https://plausible.io/sites');
    await welcome.getByRole('button', { name: 'Import history…' }).waitFor();
    await welcome.screenshot({ path: `${SHOTS}/welcome.png`, fullPage: true });
  });

  it('the empty popup and side panel offer the same starts instead of only “No goals yet”', async () => {
    const popup = await openExtensionPage(h, 'popup.html', { width: 380, height: 900 });
    await popup.getByRole('heading', { name: 'Three ways to start' }).waitFor();
    await popup.getByRole('button', { name: `Start from the template: ${CASE_C}` }).waitFor();
    await popup.screenshot({ path: `${SHOTS}/popup-empty.png`, fullPage: true });
    // A template started here opens the editor in place, bound to a figure entered by hand.
    await popup.getByRole('button', { name: `Start from the template: ${CASE_C}` }).click();
    await expect.poll(() => new GoalEditorPage(popup).field('Title').inputValue()).toBe(TITLE);
    await popup.close();
    const tabId = await welcome.evaluate(async () => (await chrome.tabs.getCurrent())!.id!);
    const panel = await SidePanel.open(h, tabId);
    await panel.page.getByRole('button', { name: 'Import history…' }).waitFor();
    await panel.page.close();
  });

  it('starts case C from its template and follows it with three check-ins', async () => {
    await welcome.getByRole('button', { name: `Start from the template: ${CASE_C}` }).click();
    await welcome.waitForURL(/options\.html/);
    const editor = new GoalEditorPage(welcome);
    await expect.poll(() => editor.field('Title').inputValue()).toBe(TITLE);
    // No dashboard shows a market share: the figure is entered by hand, in percent.
    const figure = editor.field('Figure to follow');
    expect(await figure.locator('option:checked').textContent()).toBe(
      'Market share (%) · entered by hand',
    );
    expect(await editor.field('Target').inputValue()).toBe('15');
    // The launch was a month ago; market share was 8% then.
    await editor.field('Start').fill(dayFromToday(-30));
    await editor.field('Baseline date').fill(dayFromToday(-30));
    await editor.field('Baseline').fill('8');
    await editor.save();

    // Saved: the page goes straight to the first check-in.
    const checkin = welcome.getByRole('region', { name: `Check in: ${TITLE}` });
    await checkin.waitFor();
    const value = checkin.getByLabel('Value', { exact: true });
    const date = checkin.getByLabel('Date', { exact: true });
    expect(await date.inputValue()).toBe(dayFromToday(0));
    for (const [day, typed, shown] of [
      [-2, '9.9', '9.9%'],
      [-1, '10.2%', '10.2%'],
      [0, '10.6', '10.6%'],
    ] as const) {
      await date.fill(dayFromToday(day));
      await value.fill(typed);
      await checkin.getByText(`Reads as ${shown}`).waitFor();
      if (day === 0) await checkin.getByLabel('Note (optional)').fill('Panel survey, week 5');
      await value.press('Enter');
      await checkin
        .getByRole('status')
        .filter({ hasText: `Checked in ${shown} for` })
        .waitFor();
    }
    await expect
      .poll(() =>
        checkin
          .locator('.checkin-row')
          .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-value'))),
      )
      .toEqual(['10.6', '10.2', '9.9']);

    // A mistake is said in words and keeps what was typed.
    await value.fill('$12');
    await value.press('Enter');
    await checkin.getByText('This goal is in percent; “$12” is another kind of figure.').waitFor();
    expect(await value.inputValue()).toBe('$12');
    await welcome.setViewportSize({ width: 700, height: 900 });
    await checkin.screenshot({ path: `${SHOTS}/checkin.png` });
    await value.fill('');
    await checkin.getByRole('button', { name: 'Done' }).click();

    // The goals list shows the verdict the check-ins give.
    const goalId = await welcome.locator('[data-goal-id]').first().getAttribute('data-goal-id');
    await expect
      .poll(() => welcome.locator(`[data-goal-id="${goalId}"]`).getAttribute('data-status'))
      .toBe('on-track');
  });

  it('the side panel shows the goal with its check-ins as chart marks', async () => {
    const tabId = await welcome.evaluate(async () => (await chrome.tabs.getCurrent())!.id!);
    const panel = await SidePanel.open(h, tabId);
    await panel.page.setViewportSize({ width: 400, height: 900 });
    const card = panel.page.locator('[data-goal-id]').first();
    await expect.poll(() => card.getAttribute('data-status')).toBe('on-track');
    const chart = card.getByRole('img');
    await expect
      .poll(() => chart.getAttribute('aria-label'))
      .toBe(
        'Chart of 3 readings of Market share (%), with the pace line and the target line (3 of them checked in by hand)',
      );
    await card.getByText('Checked in by hand', { exact: true }).waitFor();
    await card.getByText('Now 10.6% · target 15%').waitFor();
    // The card's own check-in form opens in place, by keyboard.
    await card.getByRole('button', { name: `Check in a value for ${TITLE}` }).press('Enter');
    await card.getByLabel('Value', { exact: true }).waitFor();
    await panel.page.waitForTimeout(300); // uPlot draws on the next frame
    await card.screenshot({ path: `${SHOTS}/checkin-card.png` });
  });

  it('the report says which values were checked in by hand', async () => {
    // A weekly report dated a week ahead covers the week that holds today's check-in.
    const date = `${dayFromToday(7)}T08:00:00.000Z`;
    const md = await sendFromExtension<{ ok: boolean; text: string }>(h, 'report.build', {
      period: 'week',
      format: 'markdown',
      lang: 'en',
      date,
    });
    expect(md.ok).toBe(true);
    expect(md.text).toMatch(/→ 10\.6% \([^)]*, checked in by hand\) → 15%/);
    expect(md.text).toMatch(/- Checked in by hand: .*10\.6% \(Panel survey, week 5\)/);
    const ko = await sendFromExtension<{ text: string }>(h, 'report.build', {
      period: 'week',
      format: 'markdown',
      lang: 'ko',
      date,
    });
    expect(ko.text).toMatch(/- 직접 입력한 값: .*10\.6% \(Panel survey, week 5\)/);
    const csv = await sendFromExtension<{ text: string }>(h, 'report.build', {
      period: 'week',
      format: 'csv',
      lang: 'en',
      date,
    });
    expect(csv.text.split('\r\n')[0]).toContain('"Checked in by hand"');
    expect(csv.text).toContain(`${dayFromToday(0)} 10.6 Panel survey, week 5`);
  });

  it('the welcome page speaks Korean, switched from the page itself', async () => {
    const page = await openExtensionPage(h, 'welcome.html', { width: 1000, height: 900 });
    await page.getByRole('heading', { name: 'Welcome to Pacer', level: 1 }).waitFor();
    await page.getByRole('button', { name: '한국어' }).click();
    await page.getByRole('heading', { name: 'Pacer에 오신 것을 환영합니다', level: 1 }).waitFor();
    await page.getByRole('heading', { name: '데이터는 브라우저 밖으로 나가지 않습니다' }).waitFor();
    await page
      .getByRole('button', { name: '템플릿으로 시작: 출시 3개월 안에 시장 점유율 15%' })
      .waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ko');
    await page.close();
  });
});
