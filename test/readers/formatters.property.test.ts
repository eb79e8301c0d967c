// @vitest-environment happy-dom
/**
 * Each reader's precision against its dashboard's own formatter: the formatters below restate
 * the dashboards' rules (GoAccess resources/js/app.js `fmtValue`/`formatBytes`, PostHog
 * `humanFriendlyDuration(v, { secondsPrecision: 3 })`, Matomo Formatter::getPrettyTimeFromSeconds
 * in en and de); for any true value, what the reader reads must cover it: |true − value| ≤
 * precision. A reader that assumed rounding where the dashboard floors fails here.
 */
import fc from 'fast-check';
import { readPage } from '../support/read-page';
import { reader as matomo } from '../../lib/readers/matomo';
import { reader as posthog } from '../../lib/readers/posthog';
import { parseHtml } from './happy-dom';

const RUNS = { numRuns: Number(process.env.PARSE_RUNS ?? 150) };
const NOW = new Date('2026-09-30T12:00:00Z');

function expectCovers(truth: number, f: { value: number; precision: number } | undefined) {
  expect(f, `nothing read for ${truth}`).toBeDefined();
  expect(Math.abs(truth - f!.value)).toBeLessThanOrEqual(f!.precision + 1e-9 * Math.max(1, truth));
}

// GoAccess: formatBytes (toFixed(2), trailing zeros dropped, 1024 steps) and toLocaleString().
function formatBytes(bytes: number): string {
  if (bytes === 0) return '0 Byte';
  const sizes = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
  const i = Math.floor(Math.log(bytes) / Math.log(1024));
  return `${parseFloat((bytes / 1024 ** i).toFixed(2))} ${sizes[i]}`;
}

function goaccess(id: string, text: string, viewer: string) {
  const doc = parseHtml(
    `<html lang="en"><body><nav><a href="https://goaccess.io/">GoAccess</a></nav><aside id="overall"><hgroup><h2>Overall</h2><p>01/Sep/2026 – 30/Sep/2026</p></hgroup><ul><li><div><span>x</span><span id="${id}">${text}</span></div></li></ul></aside></body></html>`,
  );
  Object.defineProperty(doc.defaultView!.navigator, 'language', {
    value: viewer,
    configurable: true,
  });
  return readPage(doc, new URL('file:///r.html'), { now: NOW })?.figures[0];
}

describe('GoAccess formatters', () => {
  it('byte sizes: any size is within the precision read', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 50 }), (b) => {
        expectCovers(b, goaccess('bandwidth', formatBytes(b), 'en-US'));
      }),
      RUNS,
    );
  });

  it('counts in the viewer locale (en-US, de-DE, fr-FR, ko-KR): exact', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.constantFrom('en-US', 'de-DE', 'fr-FR', 'ko-KR'),
        (n, viewer) => {
          const f = goaccess('total_requests', n.toLocaleString(viewer), viewer);
          expect(f?.value).toBe(n);
        },
      ),
      RUNS,
    );
  });
});

// PostHog: humanFriendlyDuration(d, { secondsPrecision: 3 }).
function humanFriendlyDuration(d: number): string {
  if (d === 0) return '0s';
  if (d < 1) return `${Math.round(d * 1000)}ms`;
  if (d < 60) return `${parseFloat(d.toPrecision(3))}s`;
  const days = Math.floor(d / 86400);
  const h = Math.floor((d % 86400) / 3600);
  const m = Math.floor((d % 3600) / 60);
  const s = Math.floor((d % 3600) % 60);
  const dd = days > 0 ? `${days}d` : '';
  const hh = h > 0 ? `${h}h` : '';
  const mm = m > 0 ? `${m}m` : '';
  const ss = s > 0 ? `${s}s` : hh || mm ? '' : '0s';
  return (days > 0 ? [dd, hh] : [hh, mm, ss]).filter(Boolean).join(' ');
}

describe('PostHog session duration', () => {
  it('floored from a minute on, 3 significant digits below: covered', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 400_000, noNaN: true }), (d) => {
        const doc = parseHtml(
          `<html lang="en"><body><div><div><div class="uppercase text-xs font-bold">Session duration</div></div><div><div class="text-2xl">${humanFriendlyDuration(d)}</div></div></div></body></html>`,
        );
        const f = posthog.read(doc, new URL('https://us.posthog.com/project/1/web'), NOW)
          ?.figures[0];
        expectCovers(d, f);
      }),
      RUNS,
    );
  });
});

// Matomo: getPrettyTimeFromSeconds($s, true) on a whole number of seconds (the API rounds
// averages), in English and German (lang/en.json, lang/de.json).
const MATOMO = {
  en: {
    hm: (h: number, m: number) => `${h} hours ${m} min`,
    ms: (m: number, s: number) => `${m} min ${s}s`,
    s: (s: number) => `${s}s`,
    dh: (d: number, h: number) => `${d} days ${h} hours`,
  },
  de: {
    hm: (h: number, m: number) => `${h} Stunden ${m} Minuten`,
    ms: (m: number, s: number) => `${m} Minuten ${s}s`,
    s: (s: number) => `${s} Sek.`,
    dh: (d: number, h: number) => `${d} Tage ${h} Stunden`,
  },
};
function prettyTime(t: number, lang: 'en' | 'de'): string {
  const L = MATOMO[lang];
  const days = Math.floor(t / 86400);
  const hours = Math.floor((t - days * 86400) / 3600);
  const minutes = Math.floor((t - days * 86400 - hours * 3600) / 60);
  const seconds = t - days * 86400 - hours * 3600 - minutes * 60;
  if (days > 0) return L.dh(days, hours);
  if (hours > 0) return L.hm(hours, minutes);
  if (minutes > 0) return L.ms(minutes, seconds);
  return L.s(seconds);
}

describe('Matomo average visit duration', () => {
  it('floored hours and minutes, exact seconds: covered (en, de)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300_000 }),
        fc.constantFrom('en', 'de' as const),
        (t, lang) => {
          const doc = parseHtml(
            `<html lang="${lang}"><body><div class="sparkline"><img src="index.php?columns=avg_time_on_site"><div><span class="sparkline-metrics"><strong>${prettyTime(t, lang)}</strong> x</span></div></div></body></html>`,
          );
          const f = matomo.read(
            doc,
            new URL('https://m.example/index.php?module=CoreHome&idSite=1'),
            NOW,
          )?.figures[0];
          // A whole number of true seconds: the display's rounding is the API's, not Matomo's.
          expectCovers(t, f);
        },
      ),
      RUNS,
    );
  });
});
