/**
 * Pacer's Firefox build in Firefox ESR, driven by puppeteer-core over WebDriver BiDi.
 *
 * Getting into the extension's own pages: BiDi refuses to navigate a tab to `moz-extension://…`,
 * but an extension page may open and navigate its own pages, and BiDi can then script them. So
 * the test loads a COPY of the Firefox build (the shipped `.output/firefox-mv2` is untouched)
 * with two changes: its background opens `popup.html` in a tab whenever it starts, which gives
 * the test its first extension page; and, like the Chromium harness, it holds the host
 * permissions a test grants "up front" (no automation can click Firefox's permission prompt).
 * The extension's UUID is fixed through the `extensions.webextensions.uuids` preference.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
// @ts-expect-error plain ESM helper shared with the Chromium tests and `npm start`
import { listDashboards, startDashboardServer } from '../../scripts/dashboards.mjs';
// @ts-expect-error plain ESM helper shared with scripts/check-browser.mjs
import { findFirefox, NO_FIREFOX_HELP } from '../../scripts/firefox.mjs';

export const FIREFOX_BUILD = resolve('.output/firefox-mv2');
const ADDON_ID = 'pacer@pacer.example';
const UUID = '0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9';
export const EXT_ORIGIN = `moz-extension://${UUID}`;

function testCopy(grantedHosts: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'pacer-ff-'));
  cpSync(FIREFOX_BUILD, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.permissions = [...manifest.permissions, ...grantedHosts];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  appendFileSync(
    join(dir, manifest.background.scripts[0]),
    '\n;browser.tabs.create({ url: browser.runtime.getURL("popup.html?e2e") });\n',
  );
  return dir;
}

export interface FirefoxHarness {
  browser: Browser;
  /** An extension page (the popup, opened as a tab) used to talk to the background. */
  ext: Page;
  server: { origin: string; close(): Promise<void> };
  /** A new tab whose requests to the dashboards' real addresses get the saved pages. */
  newDashboardTab(): Promise<Page>;
  /** Open one of the extension's pages in a new tab and return it. */
  openExtensionPage(path: string): Promise<Page>;
  /** Wait for the popup the background opens when it (re)starts, and use it from now on. */
  reattach(): Promise<Page>;
  send<T>(type: string, payload: unknown): Promise<T>;
  close(): Promise<void>;
}

const hrefOf = (p: Page) => p.evaluate(() => location.href).catch(() => '');

async function waitForPage(browser: Browser, wanted: (href: string) => boolean, not: Page[] = []) {
  // Puppeteer's `url()` lags behind for tabs the extension opened; ask each page itself.
  for (let i = 0; i < 150; i++) {
    for (const p of await browser.pages()) {
      if (!not.includes(p) && wanted(await hrefOf(p))) {
        await p.waitForFunction(() => document.readyState === 'complete');
        return p;
      }
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the extension page did not open');
}

export async function startFirefox(
  options: { grantedHosts?: string[]; pages?: { url: string; file: string }[] } = {},
): Promise<FirefoxHarness> {
  const executablePath = findFirefox() as string | null;
  if (!executablePath) throw new Error(NO_FIREFOX_HELP);
  const server = await startDashboardServer();
  // The saved dashboards at their real addresses, as in the Chromium harness.
  const pages: { url: string; file: string }[] = [...(options.pages ?? []), ...listDashboards()];
  const ff = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }) },
  });
  await ff.installExtension(testCopy(options.grantedHosts ?? []));
  const isPopup = (href: string) => href.startsWith(`${EXT_ORIGIN}/popup.html?e2e`);
  let ext = await waitForPage(ff, isPopup);
  const origins = new Set(pages.map((p) => new URL(p.url).origin));

  const h: FirefoxHarness = {
    browser: ff,
    get ext() {
      return ext;
    },
    server,
    async newDashboardTab() {
      const page = await ff.newPage();
      await page.setRequestInterception(true);
      page.on('request', (req) => {
        const url = new URL(req.url());
        if (!origins.has(url.origin)) return void req.continue();
        const saved = pages.find(
          (p) => new URL(p.url).href.split('#')[0] === url.href.split('#')[0],
        );
        // BiDi has no resource types; the page itself is the navigation request.
        if (!saved || !req.isNavigationRequest())
          return void req.respond({ status: 404, contentType: 'text/plain', body: 'not saved' });
        void req.respond({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          body: readFileSync(saved.file, 'utf8'),
        });
      });
      return page;
    },
    async openExtensionPage(path) {
      const before = await ff.pages();
      await ext.evaluate((p) => void browser.tabs.create({ url: browser.runtime.getURL(p) }), path);
      return waitForPage(ff, (href) => href === `${EXT_ORIGIN}/${path}`, before);
    },
    async reattach() {
      const old = ext;
      ext = await waitForPage(ff, isPopup, [old]);
      return ext;
    },
    send(type, payload) {
      return ext.evaluate(
        (t, p) => browser.runtime.sendMessage({ type: t, payload: p }),
        type,
        payload as never,
      ) as never;
    },
    async close() {
      await ff.close();
      await server.close();
    },
  };
  return h;
}

/** The id of the tab showing `url`, as the extension sees it. */
export async function tabIdOf(h: FirefoxHarness, url: string): Promise<number> {
  for (let i = 0; i < 50; i++) {
    const id = await h.ext.evaluate(async (u) => {
      const tabs = await browser.tabs.query({});
      return tabs.find((t) => t.url === u)?.id;
    }, url);
    if (typeof id === 'number') return id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no tab found for ${url}`);
}

/** The saved page's path on the local server (for a site enabled at runtime). */
export const servedPath = (file: string) =>
  relative(resolve('.'), resolve(file)).split(sep).join('/');

/** Ask `fn` until its answer is what `want` says (or `ms` pass); the last answer either way. */
export async function poll<T>(
  fn: () => Promise<T>,
  want: (v: T) => boolean,
  ms = 15_000,
): Promise<T> {
  const until = Date.now() + ms;
  let last = await fn();
  while (!want(last) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 200));
    last = await fn();
  }
  return last;
}
