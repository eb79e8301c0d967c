// The bundled dashboards: saved pages (test/fixtures/*/*.html, each with the real URL it was
// captured at in its .expected.json) and the demo pages (scripts/demo/*.html). They are served
// on 127.0.0.1, and a browser context is routed so that opening the dashboard's real address
// (https://plausible.io/…) gets the saved page — the content script's host matching is exercised
// exactly as on the real site, with no network.
import { createServer } from 'node:http';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve, relative, sep } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const DIRS = [join(ROOT, 'test', 'fixtures'), join(ROOT, 'scripts', 'demo')];

/** Every page with a known real URL: { url, file, name }. */
export function listDashboards() {
  const pages = [];
  for (const dir of DIRS) {
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir, { recursive: true })) {
      const name = String(entry);
      if (!name.endsWith('.expected.json') && !name.endsWith('.page.json')) continue;
      const meta = JSON.parse(readFileSync(join(dir, name), 'utf8'));
      const file = join(dir, name.replace(/\.(expected|page)\.json$/, '.html'));
      if (meta.url && existsSync(file))
        pages.push({ url: meta.url, file, name: relative(ROOT, file) });
    }
  }
  return pages;
}

/** Serves the pages on 127.0.0.1 (an ephemeral port); resolves to { origin, close }. */
export function startDashboardServer() {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).slice(1);
    const file = resolve(ROOT, path);
    const allowed =
      DIRS.some((d) => file.startsWith(d + sep)) && file.endsWith('.html') && existsSync(file);
    if (!allowed) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(file));
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      done({
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise((r) => server.close(r)),
      });
    }),
  );
}

const sameAddress = (a, b) =>
  a.origin === b.origin && a.pathname === b.pathname && a.search === b.search;

/**
 * Route each dashboard's real origin to the local server. A request for an address with no saved
 * page gets a plain 404 rather than going to the network (there is none here).
 */
export async function routeDashboards(context, server, pages = listDashboards()) {
  const origins = [...new Set(pages.map((p) => new URL(p.url).origin))];
  for (const origin of origins) {
    await context.route(`${origin}/**`, async (route) => {
      const wanted = new URL(route.request().url());
      const page = pages.find((p) => sameAddress(new URL(p.url), wanted));
      if (!page || route.request().resourceType() !== 'document') {
        await route.fulfill({
          status: 404,
          contentType: 'text/plain',
          body: 'not in the bundled dashboards',
        });
        return;
      }
      const res = await fetch(`${server.origin}/${relative(ROOT, page.file).split(sep).join('/')}`);
      await route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: await res.text(),
      });
    });
  }
}
