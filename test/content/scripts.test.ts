// @vitest-environment happy-dom
/**
 * The content scripts are split by host group (entrypoints/*.content.ts) so each bundle carries
 * only the readers its hosts need; the registry stays the one list of readers. Every registered
 * reader runs where its pages are: on its hosts through exactly one manifest script, and on any
 * host the user enables through the runtime-registered sites script when it knows its dashboard
 * by markup.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Reader } from '../../lib/readers';
import { READERS } from '../../lib/readers';
import { KNOWN_DASHBOARD_MATCHES, matchesPattern } from '../../lib/readers/hosts';
import { fixtureCases } from '../readers/fixture-cases';
import { parseHtml } from '../readers/happy-dom';

interface Entry {
  default: { matches?: string[]; registration?: string; runAt?: string; main: unknown };
  /** The sites script carries only detectors (`read` is an on-demand part). */
  readers: (Reader | { id: string; detect: Reader['detect']; read?: undefined })[];
}

/** The registered reader an entry's reader or detector stands for (same id, same detector). */
const registered = (r: Entry['readers'][number]) =>
  READERS.find((x) => x.id === r.id && x.detect === r.detect);

const modules = import.meta.glob<Entry>('../../entrypoints/*.content.ts', { eager: true });
const scripts = Object.entries(modules).map(([path, mod]) => ({
  name: /([^/]+)\.content\.ts$/.exec(path)![1]!,
  ...mod,
}));
const manifest = scripts.filter((s) => s.default.registration !== 'runtime');
const runtime = scripts.filter((s) => s.default.registration === 'runtime');

describe('content scripts', () => {
  it('run at document_idle and read with registered readers only', () => {
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
      expect(s.default.matches).toEqual(s.readers.flatMap((r) => (r.read ? r.matches : [])));
    }
    for (const r of READERS.filter((x) => x.matches.length)) {
      expect(manifest.filter((s) => s.readers.includes(r)).length, r.id).toBe(1);
    }
  });

  it('one sites script, registered at runtime, at the path lib/service/sites.ts registers', () => {
    expect(runtime.map((s) => s.name)).toEqual(['sites']);
    expect(runtime[0]!.default.matches ?? []).toEqual([]);
    const service = readFileSync(join(__dirname, '../../lib/service/sites.ts'), 'utf8');
    expect(service).toMatch(/const CONTENT_JS = 'content-scripts\/sites\.js';/);
  });

  it('the sites script has every reader that knows its dashboard on any host, in registry order', () => {
    const sites = runtime[0]!.readers.map((r) => registered(r)!);
    expect(sites).toEqual(READERS.filter((r) => sites.includes(r)));
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
