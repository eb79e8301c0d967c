// @vitest-environment happy-dom
/**
 * Every fixture's breakdowns keep the contract of lib/readers/breakdown.ts: each measures a
 * headline figure of the same read (`viewKey(key, view)` is one of its figures, same unit), the
 * rows pass the message schema the background validates with. (That no row becomes a figure is
 * in each fixture's expected figures.)
 */
import { PageRead } from '../../lib/messaging/schemas';
import { readPage } from '../support/read-page';
import { viewKey } from '../../lib/readers/view';
import { fixtureCases } from './fixture-cases';
import { parseHtml } from './happy-dom';

const READS_TABLES = new Set(['ga4', 'goaccess', 'matomo', 'search-console']);

describe('breakdowns in the fixtures', () => {
  const cases = fixtureCases();

  it('some fixture of every table-reading reader has breakdowns', () => {
    const withBreakdowns = new Set(
      cases.filter((c) => c.expected?.breakdowns?.length).map((c) => c.source),
    );
    for (const id of READS_TABLES) expect(withBreakdowns, id).toContain(id);
  });

  for (const c of cases.filter((c) => READS_TABLES.has(c.source))) {
    it(`${c.source}/${c.name}`, () => {
      const read = readPage(parseHtml(c.html), new URL(c.url), { now: new Date(c.now) });
      if (!read) return;
      expect(PageRead.safeParse(read).success).toBe(true);
      for (const b of read.breakdowns ?? []) {
        const headline = read.figures.find((f) => f.key === viewKey(b.key, read.view));
        expect(headline, `${b.dimension}/${b.key}`).toBeDefined();
        expect(b.unit).toBe(headline!.unit);
        expect(b.rows.length).toBeGreaterThan(0);
      }
    });
  }
});
