/**
 * The surfaces people use, end to end in Chromium: track a figure from the side panel, re-set a
 * target with a reason, keep an action plan, the popup's draft, the options page, Korean, dark
 * mode. With PACER_SCREENSHOTS=1 the last test writes the README's screenshots to docs/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { Reading } from '../../lib/goals/schema';
import type { Export } from '../../lib/goals/export';
// @ts-expect-error plain ESM demo data shared with `npm start`
import { demoData } from '../../scripts/demo/seed.mjs';
import {
  badgeText,
  dayFromToday,
  GoalEditorPage,
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
const DEMO = 'https://plausible.io/acme-shop.example?period=30d';
const metric = { source: 'umami', scope: SITE, key: 'visitors' };
const SHOTS = process.env.PACER_SCREENSHOTS ? 'docs' : 'test-results';
const TITLE = 'Grow monthly visitors to 30k';

// Twenty days of visitors barely moving, so a goal started 40 days ago is behind from the start.
const history: Reading[] = Array.from({ length: 20 }, (_, i) => ({
  metric,
  value: 15000 + i * 60,
  unit: 'count',
  precision: 50,
  period: null,
  observedAt: `${dayFromToday(-20 + i)}T09:00:00.000Z`,
}));

let h: Harness;
let tabId: number;
let panel: SidePanel;
const exported = () => sendFromExtension<Export>(h, 'data.export', {});
const storedGoal = async () => (await exported()).goals.find((g) => g.title === TITLE)!;

beforeAll(async () => {
  h = await startHarness([
    { url: DASHBOARD, file: resolve('test/fixtures/umami/dashboard-30d.en.html') },
    { url: DEMO, file: resolve('scripts/demo/plausible-demo.html') },
  ]);
  const data = { format: 'pacer', version: 1, exportedAt: new Date().toISOString() } as const;
  expect(await importData(h, { ...data, goals: [], readings: history })).toMatchObject({
    ok: true,
  });
  const dashboard = await h.context.newPage();
  await dashboard.goto(DASHBOARD);
  tabId = await tabIdOf(h, dashboard);
  panel = await SidePanel.open(h, tabId);
  await panel.page.setViewportSize({ width: 400, height: 900 });
});

afterAll(async () => {
  await h?.close();
});

describe('side panel and goal editor', () => {
  it('tracks a figure: editor prefilled, SMART check live, saved, card and badge', async () => {
    const visitors = panel.figure(`umami/${SITE}/visitors`);
    await expect.poll(() => visitors.getAttribute('data-value'), { timeout: 15_000 }).toBe('16180');
    expect(await badgeText(h, tabId)).toBe('');

    await panel.page.getByRole('button', { name: 'Track Visitors', exact: true }).click();
    const editor = new GoalEditorPage(panel.page);
    await expect.poll(() => editor.field('Baseline').inputValue()).toBe('16180');
    expect(await editor.field('Start').inputValue()).toBe(dayFromToday(0));
    expect(await editor.letter('T').getAttribute('data-ok')).toBe('false');

    await editor.field('Title').fill(TITLE);
    await editor.field('Objective').fill('More people discover the product');
    await editor.field('Baseline').fill('15000');
    await editor.field('Start').fill(dayFromToday(-40));
    await editor.field('Target').fill('30k');
    await editor.field('Deadline').fill(dayFromToday(50));
    await expect.poll(() => editor.letter('T').getAttribute('data-ok')).toBe('true');
    expect(await editor.letter('M').getAttribute('data-ok')).toBe('true');
    await editor.save();

    const card = panel.page.locator('[data-goal-id]', { hasText: TITLE });
    await expect.poll(() => card.getAttribute('data-status')).toBe('off-track');
    expect(await card.locator('.chip').innerText()).toContain('Off track');
    expect(await card.innerText()).toMatch(/Needs [\d,.]+K? more visitors a day until/);
    await expect.poll(() => badgeText(h, tabId)).toBe('1');
    // The figure now has its goal: no second "Track" button.
    expect(
      await panel.page.getByRole('button', { name: 'Track Visitors', exact: true }).count(),
    ).toBe(0);
  });

  it('re-sets the target only with a reason, and keeps the old values as a revision', async () => {
    await panel.page.getByRole('button', { name: `Edit ${TITLE}`, exact: true }).click();
    const editor = new GoalEditorPage(panel.page);
    await editor.field('Target').fill('25000');
    await editor.save();
    await expect
      .poll(() => panel.page.getByRole('alert').first().innerText())
      .toContain('Say why the target or deadline changes');
    await editor.field('Reason for the change').fill('Paid campaign was cancelled');
    await editor.save();
    await panel.page.locator('[data-goal-id]', { hasText: TITLE }).waitFor();

    const goal = await storedGoal();
    expect(goal.target).toEqual({ value: 25000 });
    expect(goal.revisions).toEqual([
      {
        date: dayFromToday(0),
        reason: 'Paid campaign was cancelled',
        target: { value: 30000 },
        deadline: dayFromToday(50),
      },
    ]);
  });

  it('adds an action to the plan and completes it', async () => {
    const edit = () =>
      panel.page.getByRole('button', { name: `Edit ${TITLE}`, exact: true }).click();
    await edit();
    await panel.page.getByLabel('New action', { exact: true }).fill('Publish two guides a week');
    await panel.page.getByRole('button', { name: 'Add action', exact: true }).click();
    await panel.page.getByLabel('Owner of Publish two guides a week').fill('Mina');
    await panel.page.getByLabel('Due date of Publish two guides a week').fill(dayFromToday(7));
    await new GoalEditorPage(panel.page).save();
    await expect
      .poll(async () => (await storedGoal()).actions)
      .toMatchObject([
        { title: 'Publish two guides a week', owner: 'Mina', due: dayFromToday(7), status: 'todo' },
      ]);

    await edit();
    await panel.page
      .getByRole('button', { name: 'Complete Publish two guides a week', exact: true })
      .click();
    await new GoalEditorPage(panel.page).save();
    await expect.poll(async () => (await storedGoal()).actions[0]?.status).toBe('done');
  });
});

describe('popup and options', () => {
  it('popup: goals with edit buttons, a draft that survives closing, options from a button', async () => {
    const popup = await openExtensionPage(h, `popup.html?tabId=${tabId}`, {
      width: 360,
      height: 600,
    });
    await popup.getByRole('button', { name: `Edit ${TITLE}`, exact: true }).waitFor();
    await popup.getByRole('button', { name: 'New goal', exact: true }).click();
    await new GoalEditorPage(popup).field('Title').fill('Half-written goal');
    await popup.waitForTimeout(200);
    await popup.close();

    const again = await openExtensionPage(h, `popup.html?tabId=${tabId}`, {
      width: 360,
      height: 600,
    });
    await again.getByText('Unsaved draft: Half-written goal').waitFor();
    await again.getByRole('button', { name: 'Continue', exact: true }).click();
    expect(await new GoalEditorPage(again).field('Title').inputValue()).toBe('Half-written goal');
    await again.getByRole('button', { name: 'Cancel', exact: true }).click();

    const opened = h.context.waitForEvent('page');
    await again.getByRole('button', { name: 'All goals and settings', exact: true }).click();
    expect((await opened).url()).toContain('/options.html');
  });

  it('options: goals by objective, roadmap, and Korean everywhere with 만', async () => {
    const options = await openExtensionPage(h, 'options.html', { width: 1000, height: 800 });
    const group = options.getByRole('region', { name: 'More people discover the product' });
    await group.getByText(TITLE).waitFor();
    expect(await options.locator('.roadmap-today').count()).toBe(1);
    expect(await options.locator('.roadmap-track .roadmap-action.action-done').count()).toBe(1);

    await options.getByLabel('Language', { exact: true }).selectOption('ko');
    await options.getByRole('heading', { name: '설정', exact: true }).waitFor();

    await panel.page.getByRole('heading', { name: '이 페이지의 수치', exact: true }).waitFor();
    const card = panel.page.locator('[data-goal-id]', { hasText: TITLE });
    await expect.poll(() => card.innerText()).toMatch(/현재 1\.\d만 · 목표 2\.5만/);
    expect(await card.locator('.chip').innerText()).toContain('뒤처짐');
    await panel.page.screenshot({ path: 'test-results/sidepanel-ko-umami.png', fullPage: true });

    await options.getByLabel('언어', { exact: true }).selectOption('en');
    await panel.page.getByRole('heading', { name: 'On this page', exact: true }).waitFor();
  });
});

describe('screenshots of every surface (demo data)', () => {
  it('side panel, editor, popup, options, Korean, dark mode; nothing wider than 320 px', async () => {
    expect(await importData(h, demoData(), 'replace')).toMatchObject({ ok: true });
    const dashboard = await h.context.newPage();
    await dashboard.goto(DEMO);
    const demoTab = await tabIdOf(h, dashboard);
    const side = await SidePanel.open(h, demoTab);
    await side.page.setViewportSize({ width: 400, height: 900 });
    await side.page.locator('[data-goal-id="demo-visitors"]').waitFor();
    await side.page.locator('.chart canvas').first().waitFor();
    await side.page.screenshot({ path: `${SHOTS}/sidepanel.png`, fullPage: true });

    await side.page.setViewportSize({ width: 320, height: 900 });
    expect(
      await side.page.evaluate(() => document.documentElement.scrollWidth),
    ).toBeLessThanOrEqual(320);
    await side.page.setViewportSize({ width: 400, height: 900 });

    await side.page.emulateMedia({ colorScheme: 'dark' });
    await side.page.waitForTimeout(300);
    await side.page.screenshot({ path: `${SHOTS}/sidepanel-dark.png`, fullPage: true });
    await side.page.emulateMedia({ colorScheme: 'light' });

    await side.page
      .getByRole('button', { name: 'Edit Grow unique visitors to 20k a month' })
      .click();
    await new GoalEditorPage(side.page).field('Title').waitFor();
    await side.page.screenshot({ path: `${SHOTS}/editor.png`, fullPage: true });
    await side.page.getByRole('button', { name: 'Cancel', exact: true }).click();

    const popup = await openExtensionPage(h, `popup.html?tabId=${demoTab}`, {
      width: 360,
      height: 600,
    });
    await popup.locator('[data-goal-id]').first().waitFor();
    await popup.screenshot({ path: `${SHOTS}/popup.png`, fullPage: true });

    const options = await openExtensionPage(h, 'options.html', { width: 1100, height: 900 });
    await options.locator('.roadmap-row').first().waitFor();
    await options.screenshot({ path: `${SHOTS}/options.png`, fullPage: true });

    await options.getByLabel('Language', { exact: true }).selectOption('ko');
    await side.page.getByRole('heading', { name: '이 페이지의 수치', exact: true }).waitFor();
    await side.page.waitForTimeout(300);
    await side.page.screenshot({ path: `${SHOTS}/sidepanel-ko.png`, fullPage: true });
    await options.getByLabel('언어', { exact: true }).selectOption('auto');
  });
});
