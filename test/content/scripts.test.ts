// @vitest-environment happy-dom
/**
 * The content scripts are split by host group (entrypoints/*.content.ts) so each bundle carries
 * only the readers its hosts need; each reader's file names its script (`script`, and `sites`
 * for the sites script), and the scripts' lists are built from that. Every reader runs where its
 * pages are: on its hosts through exactly one manifest script, and on any host the user enables
 * through the runtime-registered sites script when it knows its dashboard by markup.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Reader } from '../../lib/readers/types';
import { KNOWN_DASHBOARD_MATCHES, matchesPattern } from '../../lib/readers/hosts';
import { READERS } from '../support/read-page';
import { fixtureCases } from '../readers/fixture-cases';
import { parseHtml } from '../readers/happy-dom';

interface Entry {
  default: { matches?: string[]; registration?: string; runAt?: string; main: unknown };
  /** The sites script carries only detectors (`read` is an on-demand part). */
  readers: (Reader | { id: string; detect: Reader['detect']; read?: undefined })[];
}

/** The reader an entry's reader or detector stands for (same id, same detector). */
const registered = (r: Entry['readers'][number]) =>
  READERS.find((x) => x.id === r.id && x.detect === r.detect);

const modules = import.meta.glob<Entry>('../../entrypoints/*.content.ts', { eager: true });
const scripts = Object.entries(modules).map(([path, mod]) => ({
  name: /([^/]+)\.content\.ts$/.exec(path)![1]!,
  ...mod,
}));
// Manifest scripts carry whole readers (the first test checks).
const manifest = scripts
  .filter((s) => s.default.registration !== 'runtime')
  .map((s) => ({ ...s, readers: s.readers as Reader[] }));
const runtime = scripts.filter((s) => s.default.registration === 'runtime');

describe('content scripts', () => {
  it('run at document_idle and read with the catalog’s readers only', () => {
    expect(scripts.length).toBeGreaterThan(1);
    for (const s of scripts) {
      expect(s.default.runAt, s.name).toBe('document_idle');
      expect(typeof s.default.main).toBe('function');
      for (const r of s.readers) {
        expect(registered(r), `${s.name}: ${r.id}`).toBeDefined();
        // Manifest scripts carry whole readers; only the runtime sites script loads them on demand.
        if (s.default.registration !== 'runtime') expect(READERS).toContain(r);
      }
    }
  });

  it('cover every known dashboard host once, each with the readers of that host', () => {
    const all = manifest.flatMap((s) => s.default.matches ?? []);
    expect(new Set(all).size).toBe(all.length);
    expect([...all].sort()).toEqual([...KNOWN_DASHBOARD_MATCHES].sort());
    for (const s of manifest) {
      expect(s.default.matches).toEqual(s.readers.flatMap((r) => r.matches));
    }
  });

  it('carry every hosted reader in exactly one script, the one its file names, and no other', () => {
    for (const r of READERS.filter((x) => x.matches.length)) {
      const carriers = manifest.filter((s) => s.readers.includes(r)).map((s) => s.name);
      expect(carriers, r.id).toEqual([r.script]);
    }
    for (const s of manifest) {
      expect(s.readers.length, s.name).toBeGreaterThan(0);
      for (const r of s.readers) expect(r.script, `${s.name}: ${r.id}`).toBe(s.name);
    }
    // Two google readers in one bundle (Analytics and Search Console), one reader elsewhere.
    expect(manifest.find((s) => s.name === 'google')!.readers.map((r) => r.id)).toEqual([
      'ga4',
      'search-console',
    ]);
  });

  it('send a page on a known host to the script and reader of that host only', () => {
    const at = (u: string) => {
      const url = new URL(u);
      const s = manifest.filter((x) => x.default.matches!.some((p) => matchesPattern(p, url)));
      return s.flatMap((x) =>
        x.readers.filter((r) => r.matches.some((p) => matchesPattern(p, url))),
      );
    };
    const cases: [string, string][] = [
      ['https://analytics.google.com/analytics/web/#/p1/reports/intelligenthome', 'ga4'],
      ['https://search.google.com/search-console/performance?resource_id=x', 'search-console'],
      ['https://plausible.io/example.com', 'plausible'],
      ['https://cloud.umami.is/websites/0', 'umami'],
      ['https://acme.matomo.cloud/index.php?module=CoreHome', 'matomo'],
      ['https://eu.posthog.com/project/1/web', 'posthog'],
      ['https://us.posthog.com/project/1/web', 'posthog'],
      ['https://studio.youtube.com/channel/UC1/analytics', 'youtube'],
      ['https://admin.shopify.com/store/shop/analytics', 'shopify'],
      ['https://dashboard.stripe.com/dashboard', 'stripe'],
    ];
    for (const [u, id] of cases)
      expect(
        at(u).map((r) => r.id),
        u,
      ).toEqual([id]);
    // Search Console's host outside its own path is no dashboard (issue 10, defect 9).
    expect(at('https://search.google.com/test/rich-results')).toEqual([]);
  });

  it('one sites script, registered at runtime, at the path lib/service/sites.ts registers', () => {
    expect(runtime.map((s) => s.name)).toEqual(['sites']);
    expect(runtime[0]!.default.matches ?? []).toEqual([]);
    const service = readFileSync(join(__dirname, '../../lib/service/sites.ts'), 'utf8');
    expect(service).toMatch(/const CONTENT_JS = 'content-scripts\/sites\.js';/);
  });

  it('the sites script has every reader that knows its dashboard on any host, by rank', () => {
    const sites = runtime[0]!.readers.map((r) => registered(r)!);
    const ranked = READERS.filter((r) => r.sites !== undefined);
    expect(sites).toEqual(ranked.sort((a, b) => a.sites! - b.sites!));
    // The detection order it had when it was a hand-kept list.
    expect(sites.map((r) => r.id)).toEqual(['umami', 'plausible', 'matomo', 'goaccess']);
    for (const r of READERS) {
      const selfHosted = fixtureCases()
        .filter((c) => c.source === r.id)
        .some((c) => {
          const url = new URL(c.url);
          const moved = new URL(
            `https://stats.self-hosted.invalid${url.pathname}${url.search}${url.hash}`,
          );
          return (
            !r.matches.some((p) => matchesPattern(p, moved)) && r.detect(parseHtml(c.html), moved)
          );
        });
      expect(sites.includes(r), r.id).toBe(selfHosted);
    }
  });
});
