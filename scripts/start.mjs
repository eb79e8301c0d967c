// `npm start`: build Pacer, serve the bundled demo dashboards on 127.0.0.1, and open Chromium
// with Pacer loaded, demo goals in place, the demo dashboard open and the side panel beside it.
// `npm start -- --headless` does the same without a display, saves screenshots and exits.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { findChromium, launchPacer, NO_BROWSER_HELP } from './chromium.mjs';
import { routeDashboards, startDashboardServer } from './dashboards.mjs';
import { demoData } from './demo/seed.mjs';

const headless = process.argv.includes('--headless');
const outDir = resolve(process.argv.find((a) => a.startsWith('--out='))?.slice(6) ?? 'screenshots');
const DEMO_URL = 'https://plausible.io/acme-shop.example?period=30d';

if (!findChromium()) {
  console.error(`\n✖ No Chromium found.\n\n${NO_BROWSER_HELP}\n`);
  process.exit(1);
}

const started = Date.now();
const step = (msg) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${msg}`);

step('Building the extension…');
execFileSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });

const server = await startDashboardServer();
step(`Demo dashboards served at ${server.origin}`);
const { context, extensionId } = await launchPacer({ headless });
await routeDashboards(context, server);
step(`Chromium started with Pacer (${extensionId})`);

// Seed through the extension's own import, exactly as a user importing a file would.
const ext = context.pages()[0] ?? (await context.newPage());
await ext.goto(`chrome-extension://${extensionId}/popup.html`);
const seeded = await ext.evaluate(
  (data) => chrome.runtime.sendMessage({ type: 'data.import', payload: { data, mode: 'replace' } }),
  demoData(),
);
if (!seeded?.ok) throw new Error(`Could not load the demo goals: ${seeded?.error ?? 'no answer'}`);
step(`Demo goals loaded: ${seeded.goals} goals, ${seeded.readings} readings`);

const dashboard = await context.newPage();
await dashboard.goto(DEMO_URL);
await ext.close();
const tabId = await (async () => {
  const helper = await context.newPage();
  await helper.goto(`chrome-extension://${extensionId}/popup.html`);
  const id = await helper.evaluate(
    async (u) => (await chrome.tabs.query({ url: u })).at(0)?.id,
    DEMO_URL,
  );
  await helper.close();
  return id;
})();

const panelUrl = `chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`;
const panel = await context.newPage();
if (headless) await panel.setViewportSize({ width: 400, height: 1100 });
await panel.goto(panelUrl);
await panel.locator('[data-goal-id]').first().waitFor({ timeout: 20_000 });
await panel.locator('[data-metric]').first().waitFor({ timeout: 20_000 });
step('Pacer read the dashboard; the side panel shows its figures and goals');

if (headless) {
  mkdirSync(outDir, { recursive: true });
  await dashboard.bringToFront();
  await dashboard.screenshot({ path: resolve(outDir, 'dashboard.png') });
  await panel.screenshot({ path: resolve(outDir, 'sidepanel.png'), fullPage: true });
  step(`Screenshots written to ${outDir}/ (dashboard.png, sidepanel.png)`);
  await context.close();
  await server.close();
} else {
  await dashboard.bringToFront();
  console.log(`
Pacer is running. The demo dashboard is open; its side panel is in the next tab
(${panelUrl}).
Click the Pacer icon in the toolbar for the popup and "Open side panel".
Close the browser window to stop.`);
  context.on('close', () => void server.close().then(() => process.exit(0)));
}
