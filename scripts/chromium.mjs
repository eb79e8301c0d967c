// Finding and launching Chromium with the built extension loaded. Shared by `npm start`, the
// end-to-end tests and the benchmarks so they all run Pacer the same way.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

export const EXTENSION_DIR = resolve(import.meta.dirname, '..', '.output', 'chrome-mv3');

/** CHROME_PATH, else the first Chromium found on the usual Debian/Ubuntu paths, else null. */
export function findChromium() {
  if (process.env.CHROME_PATH)
    return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export const NO_BROWSER_HELP = `Pacer needs Chromium to run its end-to-end tests and the demo.
  Debian/Ubuntu:  sudo apt-get install chromium
  Elsewhere:      set CHROME_PATH to a Chrome or Chromium binary, e.g.
                  CHROME_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" npm test`;

/**
 * A fresh profile with Pacer loaded. Returns the context, the extension id (read off the
 * service worker's URL) and the service worker itself.
 */
export async function launchPacer({
  headless = true,
  extensionDir = EXTENSION_DIR,
  userDataDir,
  // A fresh install opens Pacer's welcome page. The demo and most tests start from their own
  // pages, so it is closed unless asked for (the first-run test keeps it).
  keepWelcome = false,
} = {}) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(NO_BROWSER_HELP);
  if (!existsSync(join(extensionDir, 'manifest.json')))
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
  const context = await chromium.launchPersistentContext(
    userDataDir ?? mkdtempSync(join(tmpdir(), 'pacer-profile-')),
    {
      executablePath,
      headless,
      viewport: headless ? { width: 1280, height: 800 } : null,
      args: [
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        // This machine has no network: keep Chromium from trying to phone home at every start.
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
        '--no-default-browser-check',
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      ],
    },
  );
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  if (!keepWelcome) await closeWelcome(context, extensionId);
  return { context, extensionId, worker };
}

/** Close the welcome tab a fresh install opens (it appears within a second of the worker). */
async function closeWelcome(context, extensionId, timeout = 5_000) {
  const isWelcome = (page) =>
    page.url().startsWith(`chrome-extension://${extensionId}/welcome.html`);
  const page =
    context.pages().find(isWelcome) ??
    (await context.waitForEvent('page', { predicate: isWelcome, timeout }).catch(() => null));
  await page?.close();
}
