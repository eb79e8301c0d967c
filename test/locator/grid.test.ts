// @vitest-environment happy-dom
/**
 * Issue 15, item 9: a tracker on a table cell is its row and its column. It follows them through
 * re-ranking, sorting and added rows, and says not-found when the row is gone — never the number
 * now in the row's old place.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readReport } from '../../lib/content/report';
import { pickFigure, trackAll } from '../../lib/content/tracking';
import { buildLocator, resolveLocator, type Locator } from '../../lib/locator';
import { readPage } from '../support/read-page';
import { scan } from '../../lib/locator/scan';
import { parseHtml } from '../readers/happy-dom';
import { page } from './pages';

type Row = [name: string, visitors: string];

/**
 * Plausible's top-sources list as `ListReport` renders it (assets/js/dashboard/stats/reports/
 * list.tsx): a header row (`<span>` key label, one `<div>` per metric), then per item a wrapper,
 * a flex row, the bar holding the name (marked `data-testid="dimension-value"` in current
 * Plausible) and one `<div>` per metric. Site-wide top stats above it, as cards.
 */
function plausible(rows: Row[], metric = 'Visitors'): Document {
  const row = ([name, v]: Row) =>
    `<div style="min-height: 32px;"><div class="flex w-full" style="margin-top: 4px;">` +
    `<div class="flex-grow w-full overflow-hidden"><div class="bg-green-50 rounded-sm" style="width: 40%;"></div>` +
    `<div class="flex justify-start px-2 py-1.5 group text-sm"><a class="max-w-max w-full flex items-center md:overflow-hidden" href="/example.com?f=is,source,${encodeURIComponent(name)}">` +
    `<img class="w-4 h-4 mr-2" src="/favicon/sources/${name}" alt=""><span class="w-full md:truncate" data-testid="dimension-value">${name}</span></a></div></div>` +
    `<div class="text-right" style="width: 70px; min-width: 70px;"><span class="font-medium text-sm text-right">${v}</span></div>` +
    `</div></div>`;
  return page(
    `<div id="top-stats-container"><div><div>Unique visitors</div><p id="visitors">52.1k</p></div>` +
      `<div><div>Total pageviews</div><p id="pageviews">130k</p></div></div>` +
      `<div class="w-full"><h3 class="font-bold">Top Sources</h3><div class="h-full flex flex-col">` +
      `<div style="height: 32px;"><div class="pt-3 w-full text-xs font-bold flex items-center">` +
      `<span class="flex-grow truncate">Source</span><div class="visitors text-right" style="min-width: 70px;">${metric}</div></div></div>` +
      `<div style="min-height: 284px;"><div class="flex-grow">${rows.map(row).join('')}</div></div>` +
      `<a href="/example.com/sources">Details</a></div></div>`,
  );
}

const cellOf = (doc: Document, name: string) =>
  Array.from(doc.querySelectorAll('[data-testid="dimension-value"]'))
    .find((e) => e.textContent === name)!
    .closest('[style*="margin-top"]')!
    .querySelector('.text-right span')!;

describe('Plausible-like list: the issue’s scenario', () => {
  const first: Row[] = [
    ['Google', '4.6k'],
    ['Direct / None', '40k'],
    ['Bing', '1.2k'],
  ];
  let loc: Locator;
  beforeAll(() => {
    loc = buildLocator(cellOf(plausible(first), 'Google'))!;
  });

  it('the tracker is named by its row and column, not by its value', () => {
    expect(loc).toMatchObject({
      label: 'google › visitors',
      relation: 'row-header',
      sample: '4.6k',
    });
    const doc = plausible(first);
    expect(pickFigure(doc, cellOf(doc, 'Google'))?.figure.label).toBe('Google · Visitors');
  });

  it('follows Google when the list re-ranks (Google now third, Direct / None in its place)', () => {
    const later = plausible([
      ['Direct / None', '40k'],
      ['Bing', '5.1k'],
      ['Google', '3.9k'],
    ]);
    expect(resolveLocator(later, loc)).toMatchObject({ ok: true, value: 3900, via: 'label' });
  });

  it('follows it through added rows and a reversed sort', () => {
    const later = plausible([
      ['DuckDuckGo', '310'],
      ['Bing', '1.2k'],
      ['Direct / None', '40k'],
      ['Google', '4.7k'],
      ['Hacker News', '5.5k'],
    ]);
    expect(resolveLocator(later, loc)).toMatchObject({ ok: true, value: 4700 });
  });

  it('says not-found when Google is gone, instead of reading the row in its place', () => {
    const later = plausible([
      ['Direct / None', '40k'],
      ['Bing', '1.2k'],
    ]);
    expect(resolveLocator(later, loc)).toEqual({ ok: false, reason: 'not-found' });
  });

  it('another metric in the column is not Google’s visitors', () => {
    const later = plausible(first, 'Conversions');
    expect(resolveLocator(later, loc)).toEqual({ ok: false, reason: 'not-found' });
  });

  it('the top stats above stay cards, not rows of a table', () => {
    const doc = plausible(first);
    expect(buildLocator(doc.querySelector('#visitors')!)).toMatchObject({
      label: 'unique visitors',
      relation: 'same-card',
    });
  });

  it('the content script report says the tracker is missing', () => {
    const later = plausible([['Direct / None', '40k']]);
    const r = readReport(
      later,
      new URL('https://plausible.io/example.com'),
      [{ id: 't', locator: loc }],
      readPage,
      trackAll,
    );
    expect(r?.tracked).toEqual([{ trackerId: 't', ok: false, reason: 'not-found' }]);
  });
});

describe('Umami 3.1 tables (the real capture’s Pages list)', () => {
  let html = '';
  beforeAll(() => {
    html = readFileSync('test/fixtures/umami/dashboard-30d.en.html', 'utf8');
  });

  /** The Pages table's rows (the capture's own markup), keyed by their path. */
  function pages(doc: Document) {
    const header = Array.from(doc.querySelectorAll('span.font-bold')).find(
      (e) => e.textContent === 'Path',
    )!.parentElement!;
    const list = header.nextElementSibling!;
    const rows = new Map<string, Element>();
    for (const r of Array.from(list.children)) rows.set(r.querySelector('a')!.textContent!, r);
    return { list, rows, header };
  }
  const valueEl = (row: Element) => row.querySelector('[title].font-bold, .font-bold > [title]')!;

  it('a cell is "/pricing › visitors"; the share column beside it has no column title', () => {
    const doc = parseHtml(html);
    const { rows } = pages(doc);
    const row = rows.get('/pricing')!;
    expect(buildLocator(valueEl(row))).toMatchObject({
      label: '/pricing › visitors',
      relation: 'row-header',
      sample: '6.93k',
    });
    expect(pickFigure(doc, valueEl(row))?.figure).toMatchObject({
      label: '/pricing · Visitors',
      value: 6931,
    });
  });

  it('follows /pricing through re-ranking, sorting and added rows; not-found when it is gone', () => {
    const a = parseHtml(html);
    const loc = buildLocator(valueEl(pages(a).rows.get('/pricing')!))!;

    // Another period: /pricing drops to fourth, /features takes its place with another value.
    const b = parseHtml(html);
    const { list, rows } = pages(b);
    const order = ['/', '/features', '/signup', '/pricing'];
    for (const p of order) list.append(rows.get(p)!);
    for (const [p, r] of rows) if (!order.includes(p)) list.append(r);
    valueEl(rows.get('/pricing')!).setAttribute('title', '3020');
    valueEl(rows.get('/pricing')!).textContent = '3.02k';
    expect(resolveLocator(b, loc)).toMatchObject({ ok: true, value: 3020, text: '3.02k' });

    // Sorted the other way, with a new page added on top.
    const c = parseHtml(html);
    const pc = pages(c);
    for (const r of Array.from(pc.list.children).reverse()) pc.list.append(r);
    const added = pc.rows.get('/signup')!.cloneNode(true) as Element;
    added.querySelector('a')!.textContent = '/blog';
    pc.list.prepend(added);
    expect(resolveLocator(c, loc)).toMatchObject({ ok: true, value: 6931 });

    // Gone: the row now second (/features, 4.92k) is never read in its place.
    const d = parseHtml(html);
    pages(d).rows.get('/pricing')!.remove();
    expect(resolveLocator(d, loc)).toEqual({ ok: false, reason: 'not-found' });
  });

  it('every figure of the capture resolves to itself or is refused', () => {
    const doc = parseHtml(html);
    const shared = scan(doc);
    let rows = 0;
    for (const el of Array.from(doc.querySelectorAll('[title]'))) {
      const loc = buildLocator(el);
      if (!loc) continue;
      if (loc.relation === 'row-header') rows++;
      const r = resolveLocator(doc, loc, shared);
      if (r.ok) expect(r.text).toBe(loc.sample);
      else expect(r.reason).toBe('ambiguous');
    }
    expect(rows).toBeGreaterThanOrEqual(30); // pages, sources, browsers, countries lists
  }, 30_000); // one scan of a 550 kB page per pick
});

describe('<table>: a single metric column is also its row and column', () => {
  const table = (rows: Row[]) =>
    page(
      `<table><thead><tr><th>Source</th><th>Visitors</th></tr></thead><tbody>${rows
        .map(([n, v]) => `<tr><td>${n}</td><td>${v}</td></tr>`)
        .join('')}</tbody></table>`,
    );

  it('re-ranked: followed; gone: not-found although the path hits another row', () => {
    const a = table([
      ['Google', '4,600'],
      ['Direct / None', '40,000'],
    ]);
    const loc = buildLocator(a.querySelector('tbody tr td:nth-child(2)')!)!;
    expect(loc).toMatchObject({ label: 'google › visitors', relation: 'row-header' });
    const b = table([
      ['Direct / None', '41,000'],
      ['Google', '4,100'],
    ]);
    expect(resolveLocator(b, loc)).toMatchObject({ ok: true, value: 4100 });
    const gone = table([
      ['Direct / None', '41,000'],
      ['Bing', '4,000'],
    ]);
    expect(resolveLocator(gone, loc)).toEqual({ ok: false, reason: 'not-found' });
  });
});
