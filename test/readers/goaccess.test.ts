// @vitest-environment happy-dom
/**
 * GoAccess markups (≤ 1.9.3 grid tiles, 1.9.4+ `aside#overall`) and the viewer's locale: the
 * report formats counts with the browser's `toLocaleString()`, so "7.286" in a German browser
 * is 7,286 — and in an English one 7.286 would be a decimal nobody prints for a count.
 */
import { readPage } from '../support/read-page';
import { parseHtml } from './happy-dom';

const URL_ = new URL('file:///tmp/report.html');
const NOW = new Date('2026-10-02T09:00:00Z');
const BRAND =
  '<nav><div class="powered">by <a href="https://goaccess.io/">GoAccess</a> <span>v1.10</span></div></nav>';

function overall(items: [string, string, string][], range = '01/Sep/2026 – 30/Sep/2026'): string {
  const li = items
    .map(
      ([id, label, value]) =>
        `<li class="col-sm-6 col-md-2 gray" aria-live="polite" aria-atomic="true"><div><span><i class="fa fa-bar-chart"></i> ${label}</span><span id="${id}">${value}</span></div></li>`,
    )
    .join('');
  return `<html lang="de"><body>${BRAND}<div class="container" role="document"><header class="page-header"><p class="report-title" id="report-title">shop.example</p></header><aside id="overall" aria-labelledby="overall-heading"><hgroup><h2 class="gheader h4" id="overall-heading">Gesamt analysierte Anfragen</h2><p>${range}</p></hgroup><ul role="list" class="row">${li}</ul></aside></div></body></html>`;
}

function withViewer(doc: Document, language: string): Document {
  Object.defineProperty(doc.defaultView!.navigator, 'language', {
    value: language,
    configurable: true,
  });
  return doc;
}

const ITEMS: [string, string, string][] = [
  ['total_requests', 'Anfragen insgesamt', '7.286'],
  ['generation_time', 'Verarbeitungszeit', '00:00:01'],
  ['unique_visitors', 'Eindeutige Besucher', '1.204'],
  ['excluded_hits', 'Ausgeschl. IP-Treffer', '0'],
  ['bandwidth', 'Übertragene Menge', '58.1 MiB'],
  ['log_size', 'Protokollgröße', '0 Byte'],
];

describe('goaccess reader', () => {
  afterEach(() => {
    delete (navigator as unknown as Record<string, unknown>).language;
  });

  it('reads the 1.9.4+ aside#overall in the viewer locale (de-DE: "7.286" is 7,286)', () => {
    const doc = withViewer(parseHtml(overall(ITEMS)), 'de-DE');
    const read = readPage(doc, URL_, { now: NOW });
    expect(read?.source).toBe('goaccess');
    expect(read?.scope).toBe('shop.example');
    expect(read?.period).toEqual({ start: '2026-09-01', end: '2026-09-30' });
    const by = Object.fromEntries(read!.figures.map((f) => [f.key, f]));
    expect(Object.keys(by)).toEqual([
      'total_requests',
      'unique_visitors',
      'excluded_hits',
      'bandwidth',
      'log_size',
    ]);
    expect(by.total_requests).toMatchObject({
      value: 7286,
      precision: 0.5,
      label: 'Anfragen insgesamt',
    });
    expect(by.unique_visitors!.value).toBe(1204);
    // Sizes keep "." whatever the locale, rounded to 2 decimals with zeros dropped.
    expect(by.bandwidth).toMatchObject({ value: 58.1 * 1024 ** 2, unit: 'bytes' });
    expect(by.bandwidth!.precision).toBeCloseTo(0.005 * 1024 ** 2, 6);
    expect(by.log_size).toMatchObject({ value: 0, unit: 'bytes', precision: 0 });
  });

  it('an en-US viewer reads "7,286" as 7,286 and never takes "7.286" for a count', () => {
    const en = withViewer(
      parseHtml(overall([['total_requests', 'Total Requests', '7,286']])),
      'en-US',
    );
    expect(readPage(en, URL_, { now: NOW })?.figures[0]?.value).toBe(7286);
  });

  it('reads a 1.9.3 grid tile in the viewer locale too', () => {
    const html = `<html lang="en"><body>${BRAND}<div class="wrap-general"><h4 class="gheader">Overall Analyzed Requests<span class="pull-right"><span class="from">01/Sep/2026</span> — <span class="to">30/Sep/2026</span></span></h4><div class="grid-module black"><div class="col-title"><i class="fa fa-bar-chart"></i> Total Requests</div><h3 id="total_requests">7.286</h3></div><div class="grid-module gray"><div class="col-title">Tx. Amount</div><h3 id="bandwidth">512 B</h3></div></div></body></html>`;
    const read = readPage(withViewer(parseHtml(html), 'de-DE'), URL_, { now: NOW });
    expect(read?.period).toEqual({ start: '2026-09-01', end: '2026-09-30' });
    expect(read?.figures.map((f) => [f.key, f.value, f.precision])).toEqual([
      ['total_requests', 7286, 0.5],
      ['bandwidth', 512, 0],
    ]);
  });

  it('is not detected without the GoAccess brand link', () => {
    const doc = parseHtml(overall(ITEMS).replace(BRAND, ''));
    expect(readPage(doc, URL_, { now: NOW })).toBeNull();
  });
});
