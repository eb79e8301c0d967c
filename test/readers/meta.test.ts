// @vitest-environment happy-dom
/**
 * Every registered reader carries its proof: fixtures with expected figures, a host match
 * (or, self-hosted only, `matches: []` and a markup detector that recognises its fixtures on
 * any host), and a "Verified against" note. As refined-github's build/features.test.ts does.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { READERS, defineRegistry, readPage, readerFor } from '../../lib/readers';
import { HOSTED_MATCHES, KNOWN_DASHBOARD_MATCHES, matchesPattern } from '../../lib/readers/hosts';
import type { Reader } from '../../lib/readers';
import { fixtureCases } from './fixture-cases';
import { parseHtml } from './happy-dom';

const LIB = join(__dirname, '../../lib/readers');
const cases = fixtureCases();

describe.each(READERS.map((r) => [r.id, r] as const))('reader %s', (id, reader) => {
  const mine = cases.filter((c) => c.source === id);

  it('lives in lib/readers/<id>.ts with a "Verified against" note', () => {
    const file = join(LIB, `${id}.ts`);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toMatch(/Verified against/);
  });

  it('has at least one fixture with expected figures of its own source', () => {
    const withFigures = mine.filter((c) => (c.expected?.figures.length ?? 0) > 0);
    expect(withFigures.length).toBeGreaterThan(0);
    for (const c of withFigures) expect(c.expected!.source).toBe(id);
  });

  it('has a host match in the manifest list, or is self-hosted only with a markup detector', () => {
    for (const p of reader.matches) expect(KNOWN_DASHBOARD_MATCHES).toContain(p);
    // The background decides what a host may write from this table, not from the readers.
    expect([...reader.matches]).toEqual([...(HOSTED_MATCHES[id] ?? [])]);
    const hosted = mine.filter((c) =>
      reader.matches.some((p) => matchesPattern(p, new URL(c.url))),
    );
    if (reader.matches.length > 0 && hosted.length > 0) return;
    // Self-hosted: the same page on a host nobody registered must still be recognised.
    const selfHosted = mine.filter(
      (c) => !reader.matches.some((p) => matchesPattern(p, new URL(c.url))),
    );
    expect(selfHosted.length).toBeGreaterThan(0);
    for (const c of selfHosted) {
      const url = new URL(c.url);
      const moved = new URL(
        `https://stats.self-hosted.invalid${url.pathname}${url.search}${url.hash}`,
      );
      expect(reader.detect(parseHtml(c.html), moved), `${id}/${c.name}`).toBe(true);
    }
  });
});

describe('generic reader file', () => {
  it('has a "Verified against" note', () => {
    expect(readFileSync(join(LIB, 'generic.ts'), 'utf8')).toMatch(/Verified against/);
  });
});

describe('registry', () => {
  const fake = (id: string): Reader => ({ id, matches: [], detect: () => false, read: () => null });

  it('refuses a duplicate id', () => {
    expect(() => defineRegistry([fake('a'), fake('b'), fake('a')])).toThrow(/registered twice/);
  });

  it('refuses an id that cannot be a file name', () => {
    expect(() => defineRegistry([fake('Bad Id')])).toThrow();
  });

  it('registers each source once', () => {
    const ids = READERS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('readPage', () => {
  it('returns null on a page no reader knows', () => {
    const doc = parseHtml('<html><body><h1>Hello</h1><p>Visitors: 1,234</p></body></html>');
    const url = new URL('https://example.org/');
    expect(readerFor(doc, url)).toBeNull();
    expect(readPage(doc, url)).toBeNull();
    expect(readPage(doc, url, { generic: true })?.figures[0]).toMatchObject({
      key: 'visitors',
      value: 1234,
    });
  });

  it('never throws on strange pages, and never changes them', () => {
    const strange = [
      '',
      '<html></html>',
      '<div id="top-stats-container"><p id="visitors"></p></div>',
      '<div class="wrap-general"><div class="grid-module"><h3 id="x">??</h3></div></div><a href="https://goaccess.io/">g</a>',
      '<table><tr><td></td><td>1</td></tr><tr></tr></table>',
      '<div class="sparkline"><span class="sparkline-metrics"><strong></strong></span></div>',
      `<div>${'<span>Visitors</span><b>12</b>'.repeat(50)}</div>`,
    ];
    const urls = [
      'https://plausible.io/x',
      'https://cloud.umami.is/websites/0',
      'file:///r.html',
      'https://a.matomo.cloud/#?idSite=',
    ];
    for (const html of strange) {
      for (const u of urls) {
        const doc = parseHtml(html);
        const before = new XMLSerializer().serializeToString(doc);
        expect(() => readPage(doc, new URL(u), { generic: true })).not.toThrow();
        expect(new XMLSerializer().serializeToString(doc)).toBe(before);
      }
    }
  });

  it('leaves fixture pages unchanged', () => {
    for (const c of cases.filter((x) => READERS.some((r) => r.id === x.source)).slice(0, 20)) {
      const doc = parseHtml(c.html);
      const before = new XMLSerializer().serializeToString(doc);
      readPage(doc, new URL(c.url), { now: new Date(c.now), generic: true });
      expect(new XMLSerializer().serializeToString(doc)).toBe(before);
    }
  });
});
