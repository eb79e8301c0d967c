// Benchmark 2 — content_script_gzip_kb: gzip -9 size of the LARGEST built content script. The
// content scripts are split by host group (entrypoints/*.content.ts), and a page loads only the
// one its host needs, so the largest one is what any page may pay; each is listed in details.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, constants } from 'node:zlib';
import { EXTENSION_DIR } from '../chromium.mjs';
import { round } from './util.mjs';

export async function benchGzip() {
  const dir = join(EXTENSION_DIR, 'content-scripts');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.js')) : [];
  if (!files.length) throw new Error(`no content scripts in ${dir}`);
  const scripts = files
    .map((f) => {
      const raw = readFileSync(join(dir, f));
      const gz = gzipSync(raw, { level: constants.Z_BEST_COMPRESSION });
      return {
        file: `.output/chrome-mv3/content-scripts/${f}`,
        raw_bytes: raw.length,
        gzip_bytes: gz.length,
        gzip_kb: round(gz.length / 1024, 1),
      };
    })
    .sort((a, b) => b.gzip_bytes - a.gzip_bytes);
  const largest = scripts[0];
  return {
    content_script_gzip_kb: largest.gzip_kb,
    details: {
      largest: largest.file,
      scripts,
      method:
        'node:zlib gzipSync level 9 of each content-scripts/*.js; the largest is reported; 1 KB = 1024 B',
    },
  };
}
