// Benchmark 2 — content_script_gzip_kb: gzip -9 size of the built content script.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, constants } from 'node:zlib';
import { EXTENSION_DIR } from '../chromium.mjs';
import { round } from './util.mjs';

export async function benchGzip() {
  const file = join(EXTENSION_DIR, 'content-scripts', 'content.js');
  if (!existsSync(file)) throw new Error(`no content script at ${file}`);
  const raw = readFileSync(file);
  const gz = gzipSync(raw, { level: constants.Z_BEST_COMPRESSION });
  return {
    content_script_gzip_kb: round(gz.length / 1024, 1),
    details: {
      file: '.output/chrome-mv3/content-scripts/content.js',
      raw_bytes: raw.length,
      gzip_bytes: gz.length,
      method: 'node:zlib gzipSync level 9; 1 KB = 1024 B',
    },
  };
}
