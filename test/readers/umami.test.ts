// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { UMAMI_LABELS } from '../../lib/readers/legacy/umami-labels';
import { readUmami, reader, umamiLabelHash } from '../../lib/readers/umami';
import { UMAMI_LABEL_HASHES } from '../../lib/readers/umami-labels';
import { umamiDisplayFigure, umamiShows, type UmamiKind } from '../../lib/readers/umami-format';
import { describeReader } from './reader-suite';
import { FIXTURES } from './fixture-cases';
import { parseHtml } from './happy-dom';
import { V2_CARDS_EN, v2Page, type V2Card } from './umami-v2';

const NOW = new Date('2026-11-27T12:00:00Z');
const ID = '756bbf38-42a5-4b11-b3b2-b16527e8b530';
const SITE = `http://127.0.0.1:3000/websites/${ID}`;

/** The date select and the metric cards of the real 3.1 capture, as a small page. */
let cardsHtml = '';
let dateHtml = '';
beforeAll(() => {
  const doc = parseHtml(readFileSync(join(FIXTURES, 'umami/dashboard-30d.en.html'), 'utf8'));
  const html = (el: Element) => new XMLSerializer().serializeToString(el);
  cardsHtml = html(doc.querySelector('[class~="text-4xl"]')!.closest('.grid')!);
  const option = doc.querySelector('option[value="0day"]')!;
  dateHtml = html(option.closest('[data-testid="hidden-select-container"]')!.parentElement!);
});

function v3Page(edit: (html: string) => string = (h) => h, lang = 'en-US'): Document {
  const body = edit(`${dateHtml}${cardsHtml}`);
  return parseHtml(
    `<!DOCTYPE html><html lang="${lang}"><head><title>Umami</title></head><body>${body}</body></html>`,
  );
}

const keys = (read: ReturnType<typeof readUmami>) => read?.figures.map((f) => f.key) ?? [];

/** Umami's formatters, as written in src/lib/format.ts and the metric bars (v2.19.0, v3.1.0). */
function umamiFormat(n: number, kind: UmamiKind): string {
  if (kind === 'percent') return `${Math.round(n)}%`;
  if (kind === 'duration') {
    const v = Math.trunc(n) % 3600; // formatShortTime(~~n, ['m', 's']) drops hours and days
    const out = `${Math.trunc(v / 60) || ''}${v >= 60 ? 'm ' : ''}${v % 60 ? `${v % 60}s ` : ''}`;
    return out || '0s';
  }
  if (n >= 1e9) return `${(n / 1e6).toFixed(1)}b`;
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)}m`;
  if (n >= 1e5) return `${(n / 1000).toFixed(0)}k`;
  if (n >= 1e4) return `${(n / 1000).toFixed(1)}k`;
  if (n >= 1000) return `${(n / 1000).toFixed(2)}k`;
  return n.toFixed(0);
}

describeReader(
  reader,
  {
    fixtures: 'umami',
    home: SITE,
    oddPages: [
      '<div class="grid"><span class="text-4xl"><div title="NaN">NaN</div></span></div>',
      '<span class="text-base font-bold">Visitors</span><span class="text-4xl"><div title="">…</div></span>',
      '<div class="MetricCard_card__x"><div class="MetricCard_label__x">Views</div><div class="MetricCard_value__x">-</div></div>',
    ],
    wrongPages: [{ name: 'the websites list', url: 'http://127.0.0.1:3000/websites' }],
  },
  () => {
    describe('rounding: the inverse of Umami’s own formatters', () => {
      it('a true count is always inside value ± precision of what Umami prints', () => {
        fc.assert(
          fc.property(fc.integer({ min: 0, max: 5e12 }), (n) => {
            const text = umamiFormat(n, 'count');
            const f = umamiDisplayFigure(text, 'count');
            expect(f, text).not.toBeNull();
            expect(Math.abs(n - f!.value)).toBeLessThanOrEqual(f!.precision);
            expect(umamiShows(text, 'count', n)).toBe(true);
          }),
          { numRuns: 3000 },
        );
      });

      it('…and so is a bounce rate', () => {
        fc.assert(
          fc.property(fc.double({ min: 0, max: 100, noNaN: true }), (n) => {
            const f = umamiDisplayFigure(umamiFormat(n, 'percent'), 'percent')!;
            expect(Math.abs(n - f.value)).toBeLessThanOrEqual(f.precision);
          }),
        );
      });

      it('the magnitudes and Umami’s "b" (millions)', () => {
        const f = (t: string) => umamiDisplayFigure(t, 'count');
        expect(f('579')).toEqual({ value: 579, unit: 'count', precision: 0 });
        expect(f('1.23k')).toEqual({ value: 1230, unit: 'count', precision: 5 });
        expect(f('10.00k')).toEqual({ value: 10000, unit: 'count', precision: 5 }); // 9995…
        expect(f('16.2k')).toEqual({ value: 16200, unit: 'count', precision: 50 });
        expect(f('123k')).toEqual({ value: 123000, unit: 'count', precision: 500 });
        expect(f('1.2m')).toEqual({ value: 1_200_000, unit: 'count', precision: 50_000 });
        expect(f('1500.0b')).toEqual({ value: 1.5e9, unit: 'count', precision: 50_000 });
        // Not how Umami prints a count: no guess.
        for (const t of ['1.2k', '16.23k', '1.5b', '12.5', '1,234', '-3'])
          expect(f(t), t).toBeNull();
      });

      it('a duration display drops hours, so it is never a value on its own', () => {
        expect(umamiDisplayFigure('1m 41s', 'duration')).toBeNull();
        expect(umamiShows('1m 41s', 'duration', 101.9)).toBe(true);
        expect(umamiShows('1m 41s', 'duration', 3701.2)).toBe(true);
        expect(umamiShows('1m 41s', 'duration', 102)).toBe(false);
        fc.assert(
          fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), (n) => {
            expect(umamiShows(umamiFormat(n, 'duration'), 'duration', n)).toBe(true);
          }),
        );
      });

      it('without the exact title, a card reads its display with Umami’s precision', () => {
        const read = readUmami(
          v3Page((h) => h.replace(/ title="[0-9.]+"/g, '')),
          new URL(SITE),
          NOW,
        );
        expect(read?.figures).toEqual([
          {
            key: 'visitors',
            label: 'Visitors',
            value: 16200,
            unit: 'count',
            precision: 50,
            text: '16.2k',
          },
          {
            key: 'visits',
            label: 'Visits',
            value: 16200,
            unit: 'count',
            precision: 50,
            text: '16.2k',
          },
          {
            key: 'views',
            label: 'Views',
            value: 34500,
            unit: 'count',
            precision: 50,
            text: '34.5k',
          },
          {
            key: 'bounce_rate',
            label: 'Bounce rate',
            value: 35,
            unit: 'percent',
            precision: 0.5,
            text: '35%',
          },
        ]);
      });
    });

    describe('keys do not depend on the UI language', () => {
      it('the content script’s label hashes are exactly those of Umami’s words', () => {
        const owners = new Map<string, Set<string>>();
        for (const [key, labels] of Object.entries(UMAMI_LABELS)) {
          const hashes = labels.map(umamiLabelHash);
          expect(hashes.toSorted().join(' '), key).toBe(UMAMI_LABEL_HASHES[key]);
          for (const h of hashes) owners.set(h, (owners.get(h) ?? new Set()).add(key));
        }
        expect(Object.keys(UMAMI_LABEL_HASHES)).toEqual(Object.keys(UMAMI_LABELS));
        // Only the words Umami itself gives two metrics share a hash.
        const shared = [...owners].filter(([, keys]) => keys.size > 1).length;
        expect(shared).toBe(4); // návštevy, návštěvy, obiski, lawatan
        expect(UMAMI_LABELS.visitors).toContain('방문자');
        expect(UMAMI_LABELS.visit_duration).toContain('durchschn. besuchszeit');
      });

      it('a word shared by two metrics (Slovak 3.1 "Návštevy") is settled by the cards’ order', () => {
        const sk = (h: string) =>
          h
            .replace('>Visitors<', '>Návštevy<')
            .replace('>Visits<', '>Návštevy<')
            .replace('>Views<', '>Zobrazení<')
            .replace('>Bounce rate<', '>Okamžité opustenie<')
            .replace('>Visit duration<', '>Priemerný čas návštevy<');
        const read = readUmami(v3Page(sk, 'sk-SK'), new URL(`${SITE}?date=30day`), NOW, 'UTC');
        expect(keys(read)).toEqual([
          'visitors',
          'visits',
          'views',
          'bounce_rate',
          'visit_duration',
        ]);
        expect(read?.figures[1]).toMatchObject({ label: 'Návštevy', value: 16180 });
      });

      it('a label Umami never used is not read under a made-up key', () => {
        const read = readUmami(
          v3Page((h) => h.replace('>Views<', '>Seitenaufrufe<')),
          new URL(SITE),
          NOW,
        );
        expect(keys(read)).toEqual(['visitors', 'visits', 'bounce_rate', 'visit_duration']);
      });
    });

    describe('filters, realtime and other pages never share the site’s metrics', () => {
      it('3.x filters become the view: in the key, the label and PageRead.view', () => {
        const url = new URL(`${SITE}?date=30day&path=eq./products&browser=chrome`);
        const read = readUmami(v3Page(), url, NOW, 'UTC');
        expect(read?.view).toEqual({
          id: 'browser=chrome&path=/products',
          label: 'browser is chrome, path is /products',
        });
        expect(read?.figures[0]).toMatchObject({
          key: 'visitors~browser=chrome&path=/products',
          label: 'Visitors · browser is chrome, path is /products',
          value: 16180,
        });
        expect(read?.period).toEqual({ start: '2026-10-28', end: '2026-11-27' });
      });

      it('the same filters in another order, or numbered, give the same id', () => {
        const a = readUmami(v3Page(), new URL(`${SITE}?browser=chrome&path=/products`), NOW);
        const b = readUmami(v3Page(), new URL(`${SITE}?path=eq./products&browser1=eq.chrome`), NOW);
        expect(a?.view?.id).toBe('browser=chrome&path=/products');
        expect(b?.view?.id).toBe(a?.view?.id);
      });

      it.each<[string, string]>([
        ['path=neq./blog', 'path:neq=/blog'],
        ['path=c.prod', 'path:c=prod'],
        ['country=eq.KR,DE', 'country=DE,KR'],
        ['segment=5a1c', 'segment=5a1c'],
        ['excludeBounce=true', 'excludeBounce=true'],
        ['os=eq.Mac&device=eq.laptop&match=any', 'device=laptop&match=any&os=Mac'],
        ['utmSource=newsletter', 'utmSource=newsletter'],
      ])('3.x %s → %s', (query, id) => {
        expect(readUmami(v3Page(), new URL(`${SITE}?${query}`), NOW)?.view?.id).toBe(id);
      });

      it.each(['date=30day', 'date=30day&unit=day&compare=prev', 'search=foo&page=2', 'path='])(
        '%s is the whole site: no view, keys unchanged',
        (query) => {
          const read = readUmami(v3Page(), new URL(`${SITE}?${query}`), NOW);
          expect(read?.view).toBeUndefined();
          expect(keys(read)[0]).toBe('visitors');
        },
      );

      it('the realtime page’s figures are realtime metrics without a period', () => {
        // RealtimeHeader's cards, in its order, on the capture's card markup.
        const labels = ['Visitors', 'Visits', 'Views', 'Bounce rate', 'Visit duration'];
        const realtime = (h: string) =>
          labels.reduce(
            (html, l, i) =>
              html.replace(
                `>#${l}<`,
                `>${['Views', 'Visitors', 'Events', 'Countries', 'Other'][i]}<`,
              ),
            h.replace(/>(Visitors|Visits|Views|Bounce rate|Visit duration)</g, '>#$1<'),
          );
        const read = readUmami(v3Page(realtime), new URL(`${SITE}/realtime`), NOW);
        expect(read?.period).toBeNull();
        expect(read?.view).toEqual({ id: 'realtime', label: 'realtime' });
        expect(keys(read)).toEqual([
          'views~realtime',
          'visitors~realtime',
          'events~realtime',
          'countries~realtime',
        ]);
      });

      it.each(['/events', '/sessions', '/compare', '/retention', '/settings'])(
        '%s (other figures than the overview’s) is not read',
        (path) => {
          expect(readUmami(v3Page(), new URL(`${SITE}${path}?date=30day`), NOW)).toBeNull();
        },
      );

      it('3.x share pages: the overview by its own path or a domain segment; realtime apart', () => {
        const share = 'http://127.0.0.1:3000/share/eSxdnfDjj45LZnqD';
        for (const path of ['', '/', '/overview', '/shop.example', '/shop.example/overview']) {
          expect(keys(readUmami(v3Page(), new URL(share + path), NOW))[0], path).toBe('visitors');
        }
        expect(readUmami(v3Page(), new URL(`${share}/shop.example/events`), NOW)).toBeNull();
        expect(readUmami(v3Page(), new URL(`${share}/realtime`), NOW)?.view?.id).toBe('realtime');
      });
    });

    describe('3.x period without a date in the URL: the select, in any language', () => {
      it.each<[string, string | null, string | null]>([
        ['Today', '2026-11-27', '2026-11-27'],
        ['Last 7 days', '2026-11-20', '2026-11-27'],
        ['Last 90 days', '2026-08-29', '2026-11-27'],
        ['This month', '2026-11-01', '2026-11-30'],
        ['Last 6 months', '2026-05-01', '2026-11-30'],
        ['Last 12 months', '2025-11-01', '2026-11-30'],
        ['This year', '2026-01-01', '2026-12-31'],
        ['This week', '2026-11-22', '2026-11-28'],
        ['Last 24 hours', null, null],
        // A shifted or custom range shows its days (DateDisplay, 'PP'): read as shown.
        ['Nov 1, 2026 — Nov 27, 2026', '2026-11-01', '2026-11-27'],
        ['Custom range', null, null], // an option, but not a range
      ])('"%s"', (shown, start, end) => {
        const doc = v3Page((h) =>
          h.replace(/(react-aria-SelectValue"[^>]*>)Last 30 days</, `$1${shown}<`),
        );
        const read = readUmami(doc, new URL(SITE), NOW, 'UTC');
        expect(read?.period).toEqual(start && end ? { start, end } : null);
      });

      it('an offset in the URL moves the preset the select names', () => {
        const read = readUmami(v3Page(), new URL(`${SITE}?offset=-1`), NOW, 'UTC');
        expect(read?.period).toEqual({ start: '2026-09-28', end: '2026-10-28' });
      });
    });

    describe('Umami 2.x (markup from the v2.19.0 source)', () => {
      const seven = { value: '7day', shown: 'Last 7 days' };

      it('reads the cards by their labels, in 2.x’s order', () => {
        const read = readUmami(parseHtml(v2Page(V2_CARDS_EN, seven)), new URL(SITE), NOW, 'UTC');
        expect(read).toEqual({
          source: 'umami',
          scope: ID,
          period: { start: '2026-11-21', end: '2026-11-27' }, // 2.x: 7 days including today
          figures: [
            {
              key: 'views',
              label: 'Views',
              value: 34461,
              unit: 'count',
              precision: 0,
              text: '34.5k',
            },
            {
              key: 'visits',
              label: 'Visits',
              value: 16180,
              unit: 'count',
              precision: 0,
              text: '16.2k',
            },
            {
              key: 'visitors',
              label: 'Visitors',
              value: 16180,
              unit: 'count',
              precision: 0,
              text: '16.2k',
            },
            {
              key: 'bounce_rate',
              label: 'Bounce rate',
              value: 35.13597033374536,
              unit: 'percent',
              precision: 0,
              text: '35%',
            },
            {
              key: 'visit_duration',
              label: 'Visit duration',
              value: 101.89326328800989,
              unit: 'duration',
              precision: 0,
              text: '1m 41s',
            },
          ],
        });
      });

      it('German and Korean 2.19 labels give the same keys', () => {
        const de = ['Aufrufe', 'Besuche', 'Besucher', 'Absprungrate', 'Durchschn. Besuchszeit'];
        const ko = ['조회', '방문', '방문자', '이탈률', '방문 시간'];
        for (const [lang, labels, shown] of [
          ['de-DE', de, 'Letzten 7 Tage'],
          ['ko-KR', ko, '지난 7일'],
        ] as const) {
          const cards = V2_CARDS_EN.map((c, i) => ({ ...c, label: labels[i]! }));
          const html = v2Page(cards, { value: '7day', shown }, lang);
          const read = readUmami(parseHtml(html), new URL(SITE), NOW, 'UTC');
          expect(keys(read)).toEqual([
            'views',
            'visits',
            'visitors',
            'bounce_rate',
            'visit_duration',
          ]);
          expect(read?.figures.map((f) => f.label)).toEqual(labels);
          expect(read?.period).toEqual({ start: '2026-11-21', end: '2026-11-27' });
        }
      });

      it('compare mode’s previous-period values are never read', () => {
        const cards: V2Card[] = V2_CARDS_EN.map((c) => ({ ...c, prev: '9.99k' }));
        const read = readUmami(parseHtml(v2Page(cards, seven)), new URL(SITE), NOW);
        expect(read?.figures.map((f) => f.value)).not.toContain(9990);
        expect(read?.figures).toHaveLength(5);
      });

      it.each<[string, string, string | null, string | null]>([
        ['30day', 'Last 30 days', '2026-10-29', '2026-11-27'],
        ['6month', 'Last 6 months', '2026-06-01', '2026-11-30'],
        ['0month', 'This month', '2026-11-01', '2026-11-30'],
        ['24hour', 'Last 24 hours', null, null],
        ['all', 'All time', null, null],
        // Shifted with the arrows: the value stays, the text shows the dates.
        ['7day', '14 Nov 2026 — 20 Nov 2026', '2026-11-14', '2026-11-20'],
        ['0month', 'October 2026', null, null],
      ])('hidden value %s shown as "%s"', (value, shown, start, end) => {
        const read = readUmami(
          parseHtml(v2Page(V2_CARDS_EN, { value, shown })),
          new URL(SITE),
          NOW,
          'UTC',
        );
        expect(read?.period).toEqual(start && end ? { start, end } : null);
      });

      it('a custom range is the browser’s days (Seoul October → Oct 1 – Oct 31)', () => {
        const value = `range:${Date.UTC(2026, 8, 30, 15)}:${Date.UTC(2026, 9, 31, 14, 59, 59, 999)}`;
        const doc = parseHtml(v2Page(V2_CARDS_EN, { value, shown: '1 Oct 2026 — 31 Oct 2026' }));
        expect(readUmami(doc, new URL(SITE), NOW, 'Asia/Seoul')?.period).toEqual({
          start: '2026-10-01',
          end: '2026-10-31',
        });
      });

      it('2.x filters: url=, prefixes; the same id as 3.x for the same filter', () => {
        const doc = parseHtml(v2Page(V2_CARDS_EN, seven));
        const view = (q: string) => readUmami(doc, new URL(`${SITE}?${q}`), NOW)?.view;
        expect(view('url=/products')).toEqual({ id: 'path=/products', label: 'path is /products' });
        expect(view('url=!/blog')?.id).toBe('path:neq=/blog');
        expect(view('referrer=~google')?.id).toBe('referrer:c=google');
        expect(view('host=shop.example&country=KR')?.id).toBe('country=KR&hostname=shop.example');
        expect(view('view=url')).toBeUndefined(); // the expanded table, not a filter
        expect(readUmami(v3Page(), new URL(`${SITE}?path=eq./products`), NOW)?.view?.id).toBe(
          view('url=/products')?.id,
        );
      });
    });
  },
);
