// Benchmark 2 — content_script_gzip_kb: gzip -9 size of the LARGEST script Pacer puts in a page.
// The content scripts are split by host group (entrypoints/*.content.ts), and a page loads only
// the one its host needs; what only some pages need is an on-demand part (entrypoints/part-*.ts,
// lib/content/parts.ts) the background injects when a page asks: "Track this number" (the
// locator part, on pages with trackers or on the user's action), and on sites the user enabled
// the one reader the page turned out to be, or the generic reader. Every script and part is
// listed in details, with what a page view on an enabled site loads at most.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, constants } from 'node:zlib';
import { EXTENSION_DIR } from '../chromium.mjs';
import { round } from './util.mjs';

function measure(dir, file, kind, prefix) {
  const raw = readFileSync(join(dir, file));
  const gz = gzipSync(raw, { level: constants.Z_BEST_COMPRESSION });
  return {
    file: `.output/chrome-mv3/${prefix}${file}`,
    kind,
    raw_bytes: raw.length,
    gzip_bytes: gz.length,
    gzip_kb: round(gz.length / 1024, 1),
  };
}

export async function benchGzip() {
  const dir = join(EXTENSION_DIR, 'content-scripts');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.js')) : [];
  if (!files.length) throw new Error(`no content scripts in ${dir}`);
  const parts = readdirSync(EXTENSION_DIR).filter((f) => /^part-.+\.js$/.test(f));
  const scripts = [
    ...files.map((f) => measure(dir, f, 'content script', 'content-scripts/')),
    ...parts.map((f) => measure(EXTENSION_DIR, f, 'on-demand part', '')),
  ].sort((a, b) => b.gzip_bytes - a.gzip_bytes);
  const largest = scripts[0];
  const kb = (name) => scripts.find((s) => s.file.endsWith(`/${name}`))?.gzip_bytes ?? 0;
  // An enabled site's page view: the sites script, then one reader part (or the generic one).
  const readerParts = parts.filter((f) => f !== 'part-locator.js');
  const sitesView = kb('sites.js') + Math.max(0, ...readerParts.map(kb));
  return {
    content_script_gzip_kb: largest.gzip_kb,
    details: {
      largest: largest.file,
      scripts,
      enabled_site_page_view_max_kb: round(sitesView / 1024, 1),
      locator_part_kb: round(kb('part-locator.js') / 1024, 1),
      method:
        'node:zlib gzipSync level 9 of each content-scripts/*.js and each on-demand part-*.js; ' +
        'the largest is reported; 1 KB = 1024 B. enabled_site_page_view_max_kb: sites.js plus ' +
        'the largest reader part (what one page view on an enabled site loads, without trackers); ' +
        'locator_part_kb is added only on pages with trackers or when the user tracks a number',
    },
  };
}
