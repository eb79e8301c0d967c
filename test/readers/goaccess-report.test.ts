// @vitest-environment happy-dom
/**
 * Regenerates the GoAccess fixture with the real tools and checks the reader against counts
 * taken from the log itself. Set UPDATE_FIXTURES=1 to rewrite the committed fixture.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPage } from '../../lib/readers';
import { parseHtml } from './happy-dom';
import {
  generateAccessLog,
  renderGoaccessReport,
  toolsAvailable,
  CHROMIUM,
  GOACCESS,
} from './goaccess-report';

const FIXTURE = join(__dirname, '../fixtures/goaccess/report-14d.en.html');
const URL_ = new URL('file:///tmp/pacer-goaccess/report.html');
const NOW = new Date('2026-11-27T12:00:00Z');

function figuresByKey(html: string) {
  const read = readPage(parseHtml(html), URL_, { now: NOW });
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

  const tools = toolsAvailable();
  it.skipIf(!tools)(
    `regenerated with ${GOACCESS} and ${CHROMIUM}: same figures as the committed fixture`,
    async () => {
      const { html } = await renderGoaccessReport();
      if (process.env.UPDATE_FIXTURES === '1') writeFileSync(FIXTURE, html);
      const fresh = figuresByKey(html).read;
      const saved = figuresByKey(readFileSync(FIXTURE, 'utf8')).read;
      expect(fresh).toEqual(saved);
    },
    60_000,
  );
  if (!tools) {
    it.skip(`goaccess or chromium missing (${GOACCESS}, ${CHROMIUM}): fixture not regenerated (CI installs both)`, () => {});
  }
});
