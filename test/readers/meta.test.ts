// @vitest-environment happy-dom
/**
 * Every reader carries its proof: fixtures with expected figures, a host match (or, self-hosted
 * only, `matches: []` and a markup detector that recognises its fixtures on any host), and a
 * "Verified against" note. As refined-github's build/features.test.ts does. A reader file is its
 * own registration (scripts/readers-catalog.mjs): the catalog refuses one that is malformed.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { REGISTRATIONS } from 'virtual:pacer-readers';
import { KNOWN_DASHBOARD_MATCHES, matchesPattern } from '../../lib/readers/hosts';
import { checkCatalog } from '../../scripts/readers-catalog.mjs';
import { READERS, readPage, readerFor } from '../support/read-page';
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

describe('catalog', () => {
  const entry = (id: string, more: object = {}) => ({
    file: `${id}.ts`,
    id,
    matches: [`https://${id}.example/*`],
    script: id,
    hasDetect: true,
    ...more,
  });
  const files = new Set(['a.content.ts', 'b.content.ts', 'part-a.ts', 'part-b.ts']);

  it('is every file of lib/readers that exports `reader`, each once', () => {
    const readerFiles = readdirSync(LIB)
      .filter(
        (f) =>
          f.endsWith('.ts') && /^export const reader\b/m.test(readFileSync(join(LIB, f), 'utf8')),
      )
      .map((f) => f.replace(/\.ts$/, ''));
    expect(READERS.map((r) => r.id).sort()).toEqual(readerFiles.sort());
    expect(new Set(readerFiles).size).toBe(readerFiles.length);
  });

  it('gives the code the readers’ own registration, as data', () => {
    expect(REGISTRATIONS.map((r) => r.id)).toEqual(READERS.map((r) => r.id));
    REGISTRATIONS.forEach((r, i) => {
      const { id, matches, script, sites } = READERS[i]!;
      expect(r).toEqual(JSON.parse(JSON.stringify({ id, matches, script, sites })));
    });
  });

  it('orders self-hosted readers by rank, then the others by id', () => {
    const got = checkCatalog(
      [entry('b'), entry('z', { sites: 2 }), entry('a'), entry('y', { sites: 1 })].map((e) => ({
        ...e,
        file: `${e.id}.ts`,
      })),
    );
    expect(got.map((e) => e.id)).toEqual(['y', 'z', 'a', 'b']);
  });

  it('refuses a duplicate id, an id that is not its kebab-case file name', () => {
    expect(() => checkCatalog([entry('a'), entry('a')])).toThrow(/registered twice/);
    expect(() => checkCatalog([entry('Bad Id')])).toThrow(/kebab-case/);
    expect(() => checkCatalog([{ ...entry('a'), file: 'b.ts' }])).toThrow(/file name/);
  });

  it('refuses a reader that runs nowhere, or on hosts without a script', () => {
    expect(() => checkCatalog([entry('a', { script: undefined, matches: [] })])).toThrow(
      /runs nowhere/,
    );
    expect(() => checkCatalog([entry('a', { script: undefined })])).toThrow(/without `script`/);
    expect(() => checkCatalog([entry('a', { matches: [] })])).toThrow(/without `matches`/);
  });

  it('refuses two readers of the same rank, or a self-hosted one without its own `detect`', () => {
    expect(() => checkCatalog([entry('a', { sites: 1 }), entry('b', { sites: 1 })])).toThrow(
      /rank 1/,
    );
    expect(() => checkCatalog([entry('a', { sites: 1, hasDetect: false })])).toThrow(/detect/);
  });

  it('refuses a script or a part without its entrypoint', () => {
    expect(() => checkCatalog([entry('a', { sites: 1 })], { entrypoints: files })).not.toThrow();
    expect(() => checkCatalog([entry('c')], { entrypoints: files })).toThrow(/c\.content\.ts/);
    const noPart = new Set(['c.content.ts']);
    expect(() => checkCatalog([entry('c', { sites: 1 })], { entrypoints: noPart })).toThrow(
      /part-c\.ts/,
    );
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
