// @vitest-environment happy-dom
/**
 * The search-console reader on its own saved pages (figures as a person reads them off the page), on
 * every other source's pages (never claimed), and on empty or strange pages (null, no throw).
 */
import { describe, expect, it } from 'vitest';
import { reader } from '../../lib/readers/search-console';
import { fixtureCases } from './fixture-cases';
import { parseHtml } from './happy-dom';

const SOURCE = 'search-console';
const HOME =
  'https://search.google.com/search-console/performance/search-analytics?resource_id=sc-domain%3Aexample.com';
const cases = fixtureCases();
const own = cases.filter((c) => c.source === SOURCE);
const serialize = (doc: Document) => new XMLSerializer().serializeToString(doc);

describe(`${SOURCE} reader`, () => {
  it('has fixtures', () => {
    expect(own.length).toBeGreaterThanOrEqual(2);
  });

  for (const c of own) {
    it(`reads ${c.name}, leaving the page unchanged`, () => {
      const doc = parseHtml(c.html);
      const url = new URL(c.url);
      const before = serialize(doc);
      expect(reader.detect(doc, url)).toBe(true);
      expect(reader.read(doc, url, new Date(c.now))).toEqual(c.expected);
      expect(serialize(doc)).toBe(before);
    });
  }

  for (const c of cases.filter((x) => x.source !== SOURCE)) {
    it(`does not detect ${c.source}/${c.name}`, () => {
      expect(reader.detect(parseHtml(c.html), new URL(c.url))).toBe(false);
    });
  }

  it('returns null, without throwing, on empty and strange pages of its own host', () => {
    const strange = [
      '',
      '<html></html>',
      '<div><div>Total clicks</div><div>-12%</div><div>Average CTR</div></div>',
      `<div>${'<div><div>Total clicks</div><div>-12%</div><div>Average CTR</div></div>'.repeat(30)}</div>`,
    ];
    for (const html of strange) {
      const doc = parseHtml(html);
      expect(() => reader.read(doc, new URL(HOME), new Date())).not.toThrow();
      expect(reader.read(doc, new URL(HOME), new Date())).toBeNull();
    }
  });

  it('does not detect the Search Console overview page', () => {
    expect(
      reader.detect(
        parseHtml('<p>Hi</p>'),
        new URL('https://search.google.com/search-console?resource_id=sc-domain%3Aexample.com'),
      ),
    ).toBe(false);
  });
});
