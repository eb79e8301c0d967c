/**
 * Builds the GoAccess fixture from scratch: a deterministic COMBINED access log, a real report
 * from Debian's `goaccess`, and the DOM as the content script would see it (after the report's
 * JavaScript has rendered the numbers from its embedded JSON) captured in headless Chromium.
 * Used by goaccess-report.test.ts; run `npx vitest run test/readers/goaccess-report` to refresh.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rng } from '../../scripts/rng.mjs';

export const GOACCESS = '/usr/bin/goaccess';
export const CHROMIUM = '/usr/bin/chromium';

export interface LogStats {
  /** Every line in the file, parsable or not (GoAccess "Total Requests"). */
  totalLines: number;
  /** Lines GoAccess cannot parse (GoAccess "Failed Requests" counts these, not HTTP errors). */
  malformed: number;
  /** Sum of the response sizes of parsable lines (GoAccess "Tx. Amount"). */
  bytes: number;
  /** Distinct (day, ip, user agent) over non-4xx hits: GoAccess's definition of a unique visitor. */
  uniqueVisitors: number;
  statusCounts: Record<number, number>;
  firstDay: string;
  lastDay: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const PATHS = ['/', '/pricing', '/blog/kpi-roadmap', '/blog/smart-goals', '/about', '/signup'];
const STATIC = ['/assets/app.css', '/assets/app.js', '/img/logo.png'];
const AGENTS = [
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
];
const REFERRERS = ['-', 'https://www.google.com/', 'https://news.ycombinator.com/'];

export function generateAccessLog(
  days = 14,
  perDay = 250,
  seed = 20240501,
): { log: string; stats: LogStats } {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const lines: string[] = [];
  const visitors = new Set<string>();
  const statusCounts: Record<number, number> = {};
  let bytes = 0;
  let malformed = 0;
  for (let d = 0; d < days; d++) {
    const day = new Date(Date.UTC(2024, 4, 1 + d));
    const dd = String(day.getUTCDate()).padStart(2, '0');
    const dateTxt = `${dd}/${MONTHS[day.getUTCMonth()]}/${day.getUTCFullYear()}`;
    for (let i = 0; i < perDay; i++) {
      // Seconds spread over the day in order, so the log is chronological.
      const secs = Math.floor(((i + rand()) / perDay) * 86399);
      const time = [secs / 3600, (secs / 60) % 60, secs % 60]
        .map((n) => String(Math.floor(n)).padStart(2, '0'))
        .join(':');
      const ip = `203.0.113.${1 + Math.floor(rand() * 60)}`;
      const agent = pick(AGENTS);
      const isStatic = rand() < 0.3;
      const path = isStatic
        ? pick(STATIC)
        : rand() < 0.05
          ? `/missing-${Math.floor(rand() * 8)}`
          : pick(PATHS);
      const r = rand();
      const status = path.startsWith('/missing') ? 404 : r < 0.12 ? 304 : r < 0.14 ? 500 : 200;
      const size =
        status === 304
          ? 0
          : status === 404
            ? 512
            : status === 500
              ? 233
              : 1000 + Math.floor(rand() * 40000);
      lines.push(
        `${ip} - - [${dateTxt}:${time} +0000] "GET ${path} HTTP/1.1" ${status} ${size} "${pick(REFERRERS)}" "${agent}"`,
      );
      // GoAccess leaves 4xx hits out of unique visitors unless --4xx-to-unique-count is given.
      if (status < 400 || status >= 500) visitors.add(`${d}|${ip}|${agent}`);
      statusCounts[status] = (statusCounts[status] ?? 0) + 1;
      bytes += size;
    }
    // One garbled line a day, as real logs have (GoAccess counts it as a failed request).
    lines.push(`garbage line ${d} without a request`);
    malformed++;
  }
  return {
    log: lines.join('\n') + '\n',
    stats: {
      totalLines: lines.length,
      malformed,
      bytes,
      uniqueVisitors: visitors.size,
      statusCounts,
      firstDay: '2024-05-01',
      lastDay: `2024-05-${String(days).padStart(2, '0')}`,
    },
  };
}

export function toolsAvailable(): boolean {
  return existsSync(GOACCESS) && existsSync(CHROMIUM);
}

/**
 * Runs goaccess on the generated log, renders the report in Chromium, returns the settled DOM.
 * `locale` is the browser's: the report formats its counts with it (`toLocaleString()`).
 */
export async function renderGoaccessReport(
  locale = 'en-US',
): Promise<{ html: string; stats: LogStats }> {
  const dir = mkdtempSync(join(tmpdir(), 'pacer-goaccess-'));
  const { log, stats } = generateAccessLog();
  const logPath = join(dir, 'access.log');
  const reportPath = join(dir, 'report.html');
  writeFileSync(logPath, log);
  // No global config: the machine's /etc/goaccess/goaccess.conf must not change the report.
  execFileSync(
    GOACCESS,
    [
      logPath,
      '--no-global-config',
      '--log-format=COMBINED',
      '--html-report-title=example.com',
      '-o',
      reportPath,
    ],
    {
      stdio: 'pipe',
      env: { ...process.env, LANG: 'C', LC_ALL: 'C', TZ: 'UTC' },
    },
  );
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox'],
  });
  try {
    const page = await browser.newPage({ locale, timezoneId: 'UTC' });
    await page.goto(`file://${reportPath}`);
    await page.waitForSelector('#overall [class*="overall-"], .wrap-general', { timeout: 15000 });
    await page.waitForTimeout(300);
    // Scripts are dropped (as in the Umami captures) so the fixture is the rendered DOM only.
    await page.evaluate(() => document.querySelectorAll('script').forEach((s) => s.remove()));
    const html = `<!-- settled DOM of a goaccess 1.7 report in a ${locale} browser (test/readers/goaccess-report.ts) -->\n${await page.content()}`;
    return { html, stats };
  } finally {
    await browser.close();
  }
}
