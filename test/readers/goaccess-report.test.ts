// @vitest-environment happy-dom
/**
 * Regenerates the GoAccess fixture with the real tools and checks the reader against counts
 * taken from the log itself. Set UPDATE_FIXTURES=1 to rewrite the committed fixture.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPage } from '../support/read-page';
import { parseHtml } from './happy-dom';
import {
  generateAccessLog,
  renderGoaccessReport,
  toolsAvailable,
  CHROMIUM,
  GOACCESS,
} from './goaccess-report';

const FIXTURE = join(__dirname, '../fixtures/goaccess/report-14d.en.html');
// The same report shown in a German browser: counts as "3.514" (toLocaleString), sizes as before.
const FIXTURE_DE = join(__dirname, '../fixtures/goaccess/report-14d.de-browser.html');
const URL_ = new URL('file:///tmp/pacer-goaccess/report.html');
const NOW = new Date('2026-11-27T12:00:00Z');

/** The reading without the displayed texts ("3.514" in a German browser, "3,514" in English). */
function valuesOf(read: ReturnType<typeof readPage>) {
  return read && { ...read, figures: read.figures.map(({ text: _text, ...f }) => f) };
}

function figuresByKey(html: string, viewer = 'en-US') {
  const doc = parseHtml(html);
  Object.defineProperty(doc.defaultView!.navigator, 'language', {
    value: viewer,
    configurable: true,
  });
  const read = readPage(doc, URL_, { now: NOW });
  return { read, by: Object.fromEntries((read?.figures ?? []).map((f) => [f.key, f])) };
}

describe('goaccess fixture agrees with its log', () => {
  const { stats } = generateAccessLog();

  it('committed fixture: totals match counts computed from the log', () => {
    const { read, by } = figuresByKey(readFileSync(FIXTURE, 'utf8'));
    expect(read?.period).toEqual({ start: stats.firstDay, end: stats.lastDay });
    expect(by.total_requests?.value).toBe(stats.totalLines);
    expect(by.failed_requests?.value).toBe(stats.malformed);
    expect(by.valid_requests?.value).toBe(stats.totalLines - stats.malformed);
    expect(by.unique_visitors?.value).toBe(stats.uniqueVisitors);
    // "58.09 MiB": the shown bytes are within the display rounding of the real sum.
    expect(Math.abs(by.bandwidth!.value - stats.bytes)).toBeLessThanOrEqual(
      by.bandwidth!.precision,
    );
  });

  it('committed German-browser capture: the same figures, read in the viewer locale', () => {
    const html = readFileSync(FIXTURE_DE, 'utf8');
    expect(html).toContain('>3.514<');
    const de = figuresByKey(html, 'de-DE').read;
    expect(valuesOf(de)).toEqual(valuesOf(figuresByKey(readFileSync(FIXTURE, 'utf8')).read));
  });

  it('committed fixture: each panel row is the count of its log lines (breakdowns)', () => {
    const { log } = generateAccessLog();
    // Valid lines only (the garbled ones are failed requests, in no panel).
    const lines = log.split('\n').flatMap((l) => {
      const m = /^(\S+) - - \[([^:]+):.*"GET (\S+) [^"]*" \d+ \d+ "([^"]*)" "([^"]*)"$/.exec(l);
      return m ? [{ ip: m[1]!, day: m[2]!, path: m[3]!, referrer: m[4]!, agent: m[5]! }] : [];
    });
    const { read } = figuresByKey(readFileSync(FIXTURE, 'utf8'));
    const pages = read?.breakdowns?.find(
      (b) => b.dimension === 'pages' && b.key === 'valid_requests',
    );
    expect(pages?.rows.length).toBe(7); // GoAccess shows 7 rows a page
    for (const row of pages!.rows) {
      expect(row.value).toBe(lines.filter((l) => l.path === row.label).length);
    }
    const sites = read?.breakdowns?.find(
      (b) => b.dimension === 'referrers' && b.key === 'valid_requests',
    );
    expect(sites?.rows.map((r) => r.label).sort()).toEqual([
      'news.ycombinator.com',
      'www.google.com',
    ]);
    for (const row of sites!.rows) {
      expect(row.value).toBe(lines.filter((l) => l.referrer.includes(`//${row.label}/`)).length);
    }
  });

  const tools = toolsAvailable();
  it.skipIf(!tools)(
    `regenerated with ${GOACCESS} and ${CHROMIUM}: same figures as the committed fixture`,
    async () => {
      const { html } = await renderGoaccessReport();
      const { html: htmlDe } = await renderGoaccessReport('de-DE');
      if (process.env.UPDATE_FIXTURES === '1') {
        writeFileSync(FIXTURE, html);
        writeFileSync(FIXTURE_DE, htmlDe);
      }
      const fresh = figuresByKey(html).read;
      const saved = figuresByKey(readFileSync(FIXTURE, 'utf8')).read;
      expect(fresh).toEqual(saved);
      expect(valuesOf(figuresByKey(htmlDe, 'de-DE').read)).toEqual(valuesOf(saved));
    },
    90_000,
  );
  if (!tools) {
    it.skip(`goaccess or chromium missing (${GOACCESS}, ${CHROMIUM}): fixture not regenerated (CI installs both)`, () => {});
  }
});
