// Bundles lib/readers into one IIFE (Vite library build, not written to disk) that sets
// window.__pacerReadPage, for injection into a page with `page.addScriptTag({ content })`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { readerCatalog } from '../readers-catalog.mjs';
import { CACHE_DIR, ROOT } from './util.mjs';

export async function bundleReaders() {
  const out = await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    plugins: [readerCatalog()],
    build: {
      lib: {
        entry: join(ROOT, 'scripts', 'bench', 'readers-entry.ts'),
        formats: ['iife'],
        name: '__pacerReaders',
      },
      write: false,
      minify: true, // as in the shipped content script
      emptyOutDir: false,
      reportCompressedSize: false,
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output ?? []);
  const chunk = outputs.find((o) => o.type === 'chunk');
  if (!chunk) throw new Error('Vite produced no readers bundle');
  // Kept for inspection only; the benchmark injects the string.
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(join(CACHE_DIR, 'readers.iife.js'), chunk.code);
  return chunk.code;
}
