// Loads one of Pacer's TypeScript modules in this Node process through Vite's SSR loader, with
// the reader catalog's virtual modules (scripts/readers-catalog.mjs) that lib/ code imports.
import { createServer } from 'vite';
import { readerCatalog } from '../readers-catalog.mjs';
import { ROOT } from './util.mjs';

/** Runs `use(module)` on the module at `path` (from the repository root), then closes Vite. */
export async function withSsrModule(path, use) {
  const server = await createServer({
    configFile: false,
    root: ROOT,
    logLevel: 'error',
    appType: 'custom',
    plugins: [readerCatalog()],
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    return await use(await server.ssrLoadModule(`/${path}`));
  } finally {
    await server.close();
  }
}
