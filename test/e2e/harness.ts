/**
 * Page objects and helpers for the end-to-end tests: a browser with Pacer loaded, the bundled
 * dashboards routed to their real addresses, and typed access to the extension's pages.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
// @ts-expect-error plain ESM helper shared with `npm start`
import { EXTENSION_DIR, launchPacer } from '../../scripts/chromium.mjs';
// @ts-expect-error plain ESM helper shared with `npm start`
import { routeDashboards, startDashboardServer } from '../../scripts/dashboards.mjs';
import type { Goal } from '../../lib/goals/schema';
import type { Export } from '../../lib/goals/export';

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  /** An extension page used to talk to the background as the UI does. */
  ext: Page;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /**
   * Host permissions to hold from the start, as if the user had accepted Chrome's prompt. No
   * automation can click that browser-UI prompt, so the test profile loads a copy of the build
   * whose manifest already grants them; `permissions.request` then resolves at once and every
   * other step of the flow runs as it does for a user.
   */
  grantedHosts?: string[];
  /** Keep the welcome page a fresh install opens (closed by default: most tests start elsewhere). */
  keepWelcome?: boolean;
}

function buildWithGrantedHosts(hosts: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'pacer-ext-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  manifest.host_permissions = [...manifest.host_permissions, ...hosts];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

export async function startHarness(
  pages: { url: string; file: string }[],
  options: HarnessOptions = {},
): Promise<Harness & { server: { origin: string } }> {
  const server = await startDashboardServer();
  const extensionDir = options.grantedHosts
    ? buildWithGrantedHosts(options.grantedHosts)
    : EXTENSION_DIR;
  const { context, extensionId } = await launchPacer({
    headless: true,
    extensionDir,
    keepWelcome: options.keepWelcome ?? false,
  });
  await routeDashboards(context, server, pages);
  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${extensionId}/popup.html`);
  return {
    server,
    context,
    extensionId,
    ext,
    async close() {
      await context.close();
      await server.close();
    },
  };
}

/** Send a protocol message from an extension page, exactly as the UI does. */
export function sendFromExtension<T>(h: Harness, type: string, payload: unknown): Promise<T> {
  return h.ext.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [
    type,
    payload,
  ] as const);
}

export const saveGoal = (h: Harness, goal: Goal) =>
  sendFromExtension<{ ok: boolean }>(h, 'goal.save', { goal });
export const importData = (h: Harness, data: Export, mode: 'merge' | 'replace' = 'merge') =>
  sendFromExtension<{ ok: boolean; error?: string }>(h, 'data.import', { data, mode });

/**
 * The id of the tab showing `page`, as the extension sees it. Pacer has no `tabs` permission, so
 * tab URLs are visible only on the dashboards it may read; elsewhere, take the active tab.
 */
export async function tabIdOf(h: Harness, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await h.ext.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    return (tabs.find((t) => t.url === u) ?? tabs.find((t) => t.active))?.id;
  }, page.url());
  if (typeof id !== 'number') throw new Error(`no tab found for ${page.url()}`);
  return id;
}

export const badgeText = (h: Harness, tabId?: number) =>
  h.ext.evaluate((id) => chrome.action.getBadgeText(id === undefined ? {} : { tabId: id }), tabId);

/** The side panel, opened as a page pinned to one tab (the real panel needs a user gesture). */
export class SidePanel {
  constructor(readonly page: Page) {}
  static async open(h: Harness, tabId: number): Promise<SidePanel> {
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/sidepanel.html?tabId=${tabId}`);
    return new SidePanel(page);
  }
  figure(metric: string) {
    return this.page.locator(`[data-metric="${metric}"]`);
  }
  goalCard(id: string) {
    return this.page.locator(`[data-goal-id="${id}"]`);
  }
}

/** YYYY-MM-DD, `days` from today (UTC). */
export function dayFromToday(days: number): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Stop the extension's service worker as Chrome does when it is idle, through
 * chrome://serviceworker-internals (the DevTools protocol's stopAllWorkers does not reach
 * extension workers), and wait until Chrome reports it STOPPED.
 */
export async function stopServiceWorker(h: Harness): Promise<void> {
  const internals = await h.context.newPage();
  await internals.goto('chrome://serviceworker-internals/');
  const registration = internals.locator('.serviceworker-item', {
    hasText: `chrome-extension://${h.extensionId}/`,
  });
  await registration.getByRole('button', { name: 'Stop' }).first().click();
  await internals.waitForFunction(() =>
    document.body.innerText.includes('Running Status: STOPPED'),
  );
  await internals.close();
}

/** Any extension page (popup, options) opened as a tab, optionally at a given viewport. */
export async function openExtensionPage(
  h: Harness,
  path: string,
  viewport?: { width: number; height: number },
): Promise<Page> {
  const page = await h.context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  await page.goto(`chrome-extension://${h.extensionId}/${path}`);
  return page;
}

/** The goal editor inside any Pacer page, by the accessible names a user sees. */
export class GoalEditorPage {
  constructor(readonly page: Page) {}
  field(label: string) {
    return this.page.getByLabel(label, { exact: true });
  }
  letter(l: 'S' | 'M' | 'A' | 'R' | 'T') {
    return this.page.locator(`[data-letter="${l}"]`);
  }
  async save() {
    await this.page.getByRole('button', { name: 'Save goal', exact: true }).click();
  }
}
