// @vitest-environment happy-dom
/**
 * Every saved dashboard in test/fixtures/<source>/<case>.html goes through readPage and must
 * give exactly <case>.expected.json — figures written down from what the page shows.
 */
import { readPage } from '../support/read-page';
import { fixtureCases } from './fixture-cases';
import { parseHtml } from './happy-dom';

describe('reader fixtures', () => {
  const cases = fixtureCases();

  it('finds fixtures', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  for (const c of cases) {
    it(`${c.source}/${c.name}`, () => {
      const doc = parseHtml(c.html);
      const read = readPage(doc, new URL(c.url), { now: new Date(c.now), generic: c.generic });
      expect(read).toEqual(c.expected);
    });
  }
});
