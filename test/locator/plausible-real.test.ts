// @vitest-environment happy-dom
/**
 * Issue 15, item 9 on real Plausible markup: test/fixtures/plausible/v3-sources-a/-b are the
 * built dashboard (v3.x) rendered twice for the same site, the Sources report re-ranked between
 * them (A: Google 4.6k first, Direct / None second; B: Direct / None 40k first, Google 8.9k third,
 * Newsletter added). A tracker picked on Google's visitors in A follows Google in B.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pickFigure, trackAll } from '../../lib/content/tracking';
import { buildLocator, resolveLocator, scan } from '../../lib/locator';
import { parseHtml } from '../readers/happy-dom';

const load = (name: string) =>
  parseHtml(readFileSync(`test/fixtures/plausible/v3-sources-${name}.en.html`, 'utf8'));

/** The capture's own row for a source or page: the report row around its dimension link. */
function row(doc: Document, name: string): Element {
  const link = Array.from(doc.querySelectorAll('[data-testid="dimension-value"]')).find(
    (e) => e.textContent?.trim() === name,
  );
  if (!link) throw new Error(`no row ${name}`);
  return link.closest('[data-testid="report-row"]')!;
}
const cells = (doc: Document, name: string) =>
  Array.from(row(doc, name).querySelectorAll('[data-testid="metric-value"]'));

describe('Plausible v3 Sources (real capture): a cell follows its row and column', () => {
  it('the captures hold what the fake API served, ranked as described', () => {
    const names = (doc: Document) =>
      Array.from(doc.querySelectorAll('[data-testid="dimension-value"]'), (e) =>
        e.textContent?.trim(),
      );
    expect(names(load('a')).slice(0, 5)).toEqual([
      'Google',
      'Direct / None',
      'Bing',
      'DuckDuckGo',
      'Hacker News',
    ]);
    expect(names(load('b')).slice(0, 6)).toEqual([
      'Direct / None',
      'Bing',
      'Google',
      'Newsletter',
      'DuckDuckGo',
      'Hacker News',
    ]);
    expect(cells(load('a'), 'Google').map((c) => c.textContent)).toEqual(['4.6k', '37.3%']);
  });

  it('picking Google’s visitors names it by row and column', () => {
    const a = load('a');
    const loc = buildLocator(cells(a, 'Google')[0]!);
    expect(loc).toMatchObject({
      label: 'google › visitors',
      relation: 'row-header',
      sample: '4.6k',
    });
    const figure = pickFigure(a, cells(a, 'Google')[0]!)!.figure;
    // In the page's words; the column title sits 10 levels above the figure in this markup.
    expect(figure).toMatchObject({ label: 'Google · Visitors', text: '4.6k' });
    // The fake API served 4,612.
    expect(Math.abs(figure.value - 4612)).toBeLessThanOrEqual(figure.precision);
  });

  it('in B it reads Google’s 8.9k, not Direct / None’s 40k now in Google’s old place', () => {
    const loc = buildLocator(cells(load('a'), 'Google')[0]!)!;
    const b = load('b');
    const r = resolveLocator(b, loc);
    expect(r).toMatchObject({ ok: true, text: '8.9k', via: 'label' });
    expect(r.ok && r.element).toBe(cells(b, 'Google')[0]);
  });

  it('says not-found when Google’s row is gone from B', () => {
    const loc = buildLocator(cells(load('a'), 'Google')[0]!)!;
    const b = load('b');
    row(b, 'Google').parentElement!.remove();
    expect(resolveLocator(b, loc)).toEqual({ ok: false, reason: 'not-found' });
    expect(trackAll(b, [{ id: 't', locator: loc }])).toEqual([
      { trackerId: 't', ok: false, reason: 'not-found' },
    ]);
  });
});

describe('Plausible v3 Sources: the share beside the count (same Visitors cell)', () => {
  it('is Google’s (row-cell), not "Google · Visitors", and follows Google to B', () => {
    const a = load('a');
    const share = cells(a, 'Google')[1]!;
    const loc = buildLocator(share)!;
    expect(loc).toMatchObject({ label: 'google', relation: 'row-cell', unit: 'percent' });
    expect(pickFigure(a, share)?.figure).toMatchObject({ label: 'Google', value: 37.3 });
    const b = load('b');
    // 9.1% is Google's in B; Direct / None's 40.7% now sits in Google's old place.
    expect(resolveLocator(b, loc)).toMatchObject({ ok: true, text: '9.1%' });
    row(b, 'Google').parentElement!.remove();
    expect(resolveLocator(b, loc)).toEqual({ ok: false, reason: 'not-found' });
  });
});

describe('Plausible v3 Top pages (real capture)', () => {
  const pageCell = (doc: Document, path: string) => cells(doc, path)[0]!;

  it('/pricing is followed from second (2.3k) to third (9.9k), /blog/launch now in its place', () => {
    const a = load('a');
    const loc = buildLocator(pageCell(a, '/pricing'))!;
    expect(loc).toMatchObject({ label: '/pricing › visitors', relation: 'row-header' });
    expect(pickFigure(a, pageCell(a, '/pricing'))?.figure.label).toBe('/pricing · Visitors');
    const b = load('b');
    expect(resolveLocator(b, loc)).toMatchObject({ ok: true, text: '9.9k' });
    row(b, '/pricing').parentElement!.remove();
    expect(resolveLocator(b, loc)).toEqual({ ok: false, reason: 'not-found' });
  });

  it('every report cell of the capture resolves to itself or is refused', () => {
    const doc = load('b');
    const shared = scan(doc);
    let rows = 0;
    for (const el of Array.from(doc.querySelectorAll('[data-testid="metric-value"]'))) {
      const loc = buildLocator(el);
      if (!loc) continue;
      if (loc.relation === 'row-header') rows++;
      const r = resolveLocator(doc, loc, shared);
      if (r.ok) expect(r.element).toBe(el);
      else expect(r.reason).toBe('ambiguous');
    }
    expect(rows).toBeGreaterThanOrEqual(11); // 6 sources and 5 pages by visitors
  });
});
