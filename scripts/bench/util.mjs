// Small helpers shared by the benchmarks: statistics, rounding, the build check, environment.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { EXTENSION_DIR, findChromium, NO_BROWSER_HELP } from '../chromium.mjs';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'pacer-bench');

export const median = (xs) => {
  if (!xs.length) return NaN;
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export const round = (x, digits = 2) => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

/** Newest mtime (ms) under the given files/folders, skipping node_modules and dot folders. */
function newestMtime(paths) {
  let newest = 0;
  const visit = (p) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const e of readdirSync(p)) {
        if (e === 'node_modules' || e.startsWith('.')) continue;
        visit(join(p, e));
      }
    } else newest = Math.max(newest, st.mtimeMs);
  };
  for (const p of paths) visit(p);
  return newest;
}

const SOURCES = [
  'entrypoints',
  'components',
  'lib',
  'public',
  'assets',
  'wxt.config.ts',
  'package.json',
  'tsconfig.json',
].map((p) => join(ROOT, p));

/** Builds the Chrome extension when it is missing or older than its sources. */
export function ensureBuild(log) {
  const manifest = join(EXTENSION_DIR, 'manifest.json');
  const built = existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
  const newest = newestMtime(SOURCES);
  if (built && built >= newest && !process.argv.includes('--build')) {
    log('Extension build is up to date (.output/chrome-mv3)');
    return { rebuilt: false };
  }
  log(built ? 'Sources changed since the last build: npx wxt build…' : 'No build: npx wxt build…');
  const t0 = performance.now();
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  log(`Built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return { rebuilt: true };
}

/** A plain headless Chromium (no extension), for in-page measurements. */
export async function launchPlain() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(NO_BROWSER_HELP);
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
}

export function chromiumVersion() {
  const path = findChromium();
  if (!path) return null;
  try {
    return execFileSync(path, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return path;
  }
}

export function environment() {
  const c = cpus();
  return {
    chromium: chromiumVersion(),
    chromium_path: findChromium(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpu_count: c.length,
    cpu_model: c[0]?.model ?? null,
  };
}

/** Stops after `ms` with a clear message instead of hanging the whole run. */
export function withTimeout(promise, ms, what) {
  let t;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      t = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
    }),
  ]).finally(() => clearTimeout(t));
}
