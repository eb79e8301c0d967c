/**
 * The main journey in Firefox ESR with the Firefox build (MV2: background page, sidebar,
 * browserAction badge): a dashboard at its real address is read, stored and evaluated; the
 * sidebar page lists the figures and the goal card; the badge is set; the review lists the goal
 * with what moved (the dashboard's tables stored) and saves a decision; a self-hosted site enabled
 * at runtime is read; and a background restart (extension reload) keeps readings and badge.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { Reading } from '../../lib/goals/schema';
import {
  UMAMI_DASHBOARD,
  UMAMI_PAGE,
  UMAMI_SITE,
  historyFile,
  visitorsGoal,
  visitorsHistory,
  visitorsMetric,
} from '../e2e/umami-scenario';
import { poll, servedPath, startFirefox, tabIdOf, type FirefoxHarness } from './harness';

const SITE = UMAMI_SITE;
const DASHBOARD = UMAMI_DASHBOARD;
const metric = visitorsMetric;
const goal = visitorsGoal;
const history = visitorsHistory;

interface BadgeApi {
  getBadgeText(d: { tabId: number }): Promise<string>;
  getBadgeBackgroundColor(d: { tabId: number }): Promise<number[]>;
}

let h: FirefoxHarness;
let dashboardTab = 0;

const badge = (tabId: number) =>
  h.ext.evaluate(async (id) => {
    // Firefox's MV2 badge API, promise-based in extension pages.
    const action = (globalThis as unknown as { browser: { browserAction: BadgeApi } }).browser
      .browserAction;
    return {
      text: await action.getBadgeText({ tabId: id }),
      color: await action.getBadgeBackgroundColor({ tabId: id }),
    };
  }, tabId);
const readingCount = () =>
  h.send<{ readings: Reading[] }>('readings.get', { metric }).then((r) => r.readings.length);
const attr = (page: Page, selector: string, name: string) =>
  page.$eval(selector, (e, n) => e.getAttribute(n), name).catch(() => null);

beforeAll(async () => {
  h = await startFirefox({
    grantedHosts: ['http://127.0.0.1/*'],
    pages: [UMAMI_PAGE],
  });
  expect(await h.send('goal.save', { goal })).toMatchObject({ ok: true });
  expect(await h.send('data.import', { data: historyFile(), mode: 'merge' })).toMatchObject({
    ok: true,
  });
});
afterAll(async () => {
  await h?.close();
});

describe('Firefox: the main journey', () => {
  it('reads the dashboard, shows its figures and the goal in the sidebar page, and sets the badge', async () => {
    const dashboard = await h.newDashboardTab();
    await dashboard.goto(DASHBOARD, { waitUntil: 'domcontentloaded' });
    dashboardTab = await tabIdOf(h, DASHBOARD);
    const panel = await h.openExtensionPage(`sidepanel.html?tabId=${dashboardTab}`);
    const figure = `[data-metric="umami/${SITE}/visitors"]`;
    expect(
      await poll(
        () => attr(panel, figure, 'data-value'),
        (v) => v === '16180',
      ),
    ).toBe('16180');
    const card = `[data-goal-id="${goal.id}"]`;
    expect(
      await poll(
        () => attr(panel, card, 'data-status'),
        (v) => v !== null,
      ),
    ).toBe('off-track');
    expect(await readingCount()).toBe(history.length + 1);
    const b = await poll(
      () => badge(dashboardTab),
      (v) => v.text === '1',
    );
    expect(b.text).toBe('1');
    expect(b.color).toEqual([0xc0, 0x39, 0x2b, 255]);
    await panel.screenshot({ path: 'test-results/firefox-sidebar.png' });
  });

  it('the review lists the off-track goal with what moved (its tables are stored), and saves a decision', async () => {
    const page = await h.openExtensionPage('options.html#review');
    const first = '#review .review-goal';
    expect(
      await poll(
        () => attr(page, first, 'data-goal-id'),
        (v) => v !== null,
      ),
    ).toBe(goal.id);
    const clickButton = (text: RegExp) =>
      page.evaluate((source) => {
        const re = new RegExp(source);
        const b = [...document.querySelectorAll<HTMLButtonElement>('#review button')].find((e) =>
          re.test(e.textContent ?? ''),
        );
        b?.click();
        return !!b;
      }, text.source);
    expect(await clickButton(/^(Start the review|Review now) \(/)).toBe(true);
    // The dashboard's tables were stored; a month still in progress is compared with nothing.
    const moved = await poll(
      () => page.$eval(`${first} [data-movers]`, (e) => e.textContent).catch(() => null),
      (v) => v !== null,
    );
    expect(moved).toContain('no earlier breakdown of the same length');
    expect(await clickButton(/^Record decision$/)).toBe(true);
    expect(
      await poll(
        () => clickButton(/^Save review \(1 decided\)$/),
        (v) => v,
      ),
    ).toBe(true);
    const { reviews } = await poll(
      () =>
        h.send<{ reviews: { decisions: { goalId: string; kind: string }[] }[] }>('review.list', {}),
      (r) => r.reviews.length > 0,
    );
    expect(reviews[0]!.decisions).toMatchObject([{ goalId: goal.id, kind: 'keep' }]);
    await page.close();
  });

  it('reads a self-hosted site once the user enables it at runtime', async () => {
    const report = await h.newDashboardTab();
    const url = `${h.server.origin}/${servedPath('test/fixtures/goaccess/report-14d.en.html')}`;
    await report.goto(url, { waitUntil: 'domcontentloaded' });
    const tabId = await tabIdOf(h, url);
    const view = () =>
      h.send<{ read: { source: string; scope: string } | null }>('page.get', { tabId });
    expect((await view()).read).toBeNull();
    expect(await h.send('site.enable', { origin: h.server.origin, tabId })).toMatchObject({
      ok: true,
    });
    const read = await poll(view, (v) => v.read !== null);
    expect(read.read).toMatchObject({
      source: 'goaccess',
      scope: `${new URL(h.server.origin).host}/example.com`,
    });
  });

  it('keeps readings and the badge when the background restarts', async () => {
    const before = await readingCount();
    await h.ext.evaluate(() => browser.runtime.reload());
    await h.reattach();
    expect(await readingCount()).toBe(before);
    const b = await poll(
      () => badge(dashboardTab),
      (v) => v.text === '1',
    );
    expect(b.text).toBe('1');
  });
  it('says what is wrong when storage fails, then reads again once it is back', async () => {
    // A newer Pacer's database: the background gives way and cannot open it at its version.
    await h.ext.evaluate(
      () =>
        new Promise<void>((done, fail) => {
          const req = indexedDB.open('pacer', 999);
          req.onsuccess = () => {
            req.result.close();
            done();
          };
          req.onerror = () => fail(req.error);
        }),
    );
    for (const path of ['popup.html', 'options.html', `sidepanel.html?tabId=${dashboardTab}`]) {
      const page = await h.openExtensionPage(path);
      const trouble = await poll(
        () => attr(page, '[data-trouble]', 'data-trouble'),
        (v) => v !== null,
      );
      expect({ path, trouble }).toEqual({ path, trouble: 'downgrade' });
      const text = await page.evaluate(() => document.body.textContent ?? '');
      expect(text).toContain('saved by a newer version of Pacer');
      expect(text).not.toContain('not answering');
      await page.close();
    }
    // Storage back (the newer database removed): the next message opens it again, and the
    // dashboard's next visit is read and stored.
    await h.ext.evaluate(
      () =>
        new Promise<void>((done) => {
          const req = indexedDB.deleteDatabase('pacer');
          req.onsuccess = req.onerror = req.onblocked = () => done();
        }),
    );
    expect(await h.send('storage.status', {})).toEqual({ ok: true });
    const dashboard = await h.newDashboardTab();
    await dashboard.goto(DASHBOARD, { waitUntil: 'domcontentloaded' });
    expect(await poll(readingCount, (n) => n > 0)).toBe(1);
  });
});
