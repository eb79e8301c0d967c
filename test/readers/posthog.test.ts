// @vitest-environment happy-dom
/**
 * The posthog reader on its own saved pages (figures as a person reads them off the page), on
 * every other source's pages (never claimed), and on empty or strange pages (null, no throw).
 */
import { reader } from '../../lib/readers/posthog';
import { describeReader } from './reader-suite';
import { parseHtml } from './happy-dom';

describeReader(reader, {
  fixtures: 'posthog',
  home: 'https://us.posthog.com/project/12345/web',
  oddPages: [
    '<div><div><div class="font-bold uppercase">Visitors</div></div><div><div class="text-2xl">-</div></div></div>',
  ],
  wrongPages: [
    {
      name: 'does not detect other PostHog pages',
      url: 'https://us.posthog.com/project/12345/insights',
    },
  ],
});

const tile = (label: string, value: string) =>
  `<div class="flex-1 border"><div class="flex flex-col"><div class="flex flex-row"><div class="uppercase py-0.5 text-xs font-bold">${label}</div></div><div class="w-full flex-1 flex"><div class="text-2xl">${value}</div></div><div></div></div></div>`;

function page(button: string | null, tz: string | null, tiles = tile('Visitors', '1.2K')) {
  const ctx = tz
    ? `<script>window.POSTHOG_APP_CONTEXT = JSON.parse("{\\"current_team\\": {\\"id\\": 1, \\"timezone\\": \\"${tz}\\"}}")</script>`
    : '';
  const btn = button
    ? `<button data-attr="date-filter" class="LemonButton"><span class="LemonButton__content"><span class="text-nowrap">${button}</span></span></button>`
    : '';
  return parseHtml(`<html lang="en"><head>${ctx}</head><body>${btn}${tiles}</body></html>`);
}

const WEB = 'https://eu.posthog.com/project/7/web';
// 20:00 UTC on Sep 30 is already Oct 1 in Seoul.
const NOW = new Date('2026-09-30T20:00:00Z');

describe('posthog periods (team time zone, now = 2026-09-30T20:00Z)', () => {
  it.each([
    ['Last 7 days', 'Asia/Seoul', '2026-09-24', '2026-10-01'],
    ['Last 7 days', 'UTC', '2026-09-23', '2026-09-30'],
    ['Last 7 days', 'America/Los_Angeles', '2026-09-23', '2026-09-30'],
    ['Last 2 weeks', 'Asia/Seoul', '2026-09-17', '2026-10-01'], // -2w: 15 days
    ['Last 3 months', 'Asia/Seoul', '2026-07-01', '2026-10-01'],
    ['Last 1 month', 'UTC', '2026-08-30', '2026-09-30'],
    ['Last 1 year', 'UTC', '2025-09-30', '2026-09-30'],
    ['Today', 'Asia/Seoul', '2026-10-01', '2026-10-01'],
    ['Yesterday', 'Asia/Seoul', '2026-09-30', '2026-09-30'],
    ['This month', 'Asia/Seoul', '2026-10-01', '2026-10-31'],
    ['This month', 'UTC', '2026-09-01', '2026-09-30'],
    ['Last month', 'Asia/Seoul', '2026-09-01', '2026-09-30'],
    ['Year to date', 'UTC', '2026-01-01', '2026-09-30'],
  ])('%s in %s', (button, tz, start, end) => {
    expect(reader.read(page(button, tz), new URL(WEB), NOW)?.period).toEqual({ start, end });
  });

  it('month end: Last 1 month from Mar 31 is Feb 28 (dayjs clamps)', () => {
    const r = reader.read(
      page('Last 1 month', 'UTC'),
      new URL(WEB),
      new Date('2026-03-31T10:00:00Z'),
    );
    expect(r?.period).toEqual({ start: '2026-02-28', end: '2026-03-31' });
  });

  it('no time zone known: a relative period is null, not a guess', () => {
    expect(reader.read(page('Last 7 days', null), new URL(WEB), NOW)?.period).toBeNull();
  });

  it('hours, weeks by week start and all time give no period', () => {
    for (const b of ['Last 24 hours', 'This week', 'Last week', 'All time']) {
      expect(reader.read(page(b, 'UTC'), new URL(WEB), NOW)?.period).toBeNull();
    }
  });

  it("the date button's text wins over a bare URL", () => {
    const r = reader.read(page('Last 30 days', 'UTC'), new URL(`${WEB}?date_from=-7d`), NOW);
    expect(r?.period).toEqual({ start: '2026-08-31', end: '2026-09-30' });
  });

  it('without a button: the URL, relative or absolute', () => {
    expect(reader.read(page(null, 'UTC'), new URL(`${WEB}?date_from=-7d`), NOW)?.period).toEqual({
      start: '2026-09-23',
      end: '2026-09-30',
    });
    const abs = new URL(`${WEB}?date_from=2026-08-01&date_to=2026-08-31`);
    expect(reader.read(page(null, null), abs, NOW)?.period).toEqual({
      start: '2026-08-01',
      end: '2026-08-31',
    });
  });

  it('a custom range shows its dates', () => {
    expect(reader.read(page('2026-08-01 - 2026-08-31', null), new URL(WEB), NOW)?.period).toEqual({
      start: '2026-08-01',
      end: '2026-08-31',
    });
  });
});

describe('posthog durations (humanFriendlyDuration)', () => {
  const read = (text: string) =>
    reader.read(page('Today', 'UTC', tile('Session duration', text)), new URL(WEB), NOW)
      ?.figures[0];
  it.each([
    ['2m 47s', 167.5, 0.5], // floored: [167, 168)
    ['2m', 120.5, 0.5], // seconds 0 are left out, still floored
    ['1h 5m 3s', 3903.5, 0.5],
    ['1d 2h', 95400, 1800], // days show hours only: [26 h, 27 h)
    ['45.3s', 45.3, 0.05], // under a minute: rounded to 3 significant digits
  ])('%s', (text, value, precision) => {
    const f = read(text)!;
    expect(f.value).toBeCloseTo(value, 9);
    expect(f.precision).toBeCloseTo(precision, 9);
  });
});

describe('posthog views: filters and goals never feed the site metrics', () => {
  const keyOf = (q: string) => reader.read(page('Today', 'UTC'), new URL(`${WEB}?${q}`), NOW);

  it('no filter: plain keys, no view', () => {
    const r = keyOf('date_from=dStart');
    expect(r?.view).toBeUndefined();
    expect(r?.figures[0]?.key).toBe('visitors');
  });

  it.each([
    [
      `filters=${encodeURIComponent(JSON.stringify([{ key: '$pathname', value: ['/pricing'], operator: 'exact', type: 'event' }]))}`,
      'event.$pathname=exact:/pricing',
    ],
    ['domain=https%3A%2F%2Fshop.example', 'domain=https://shop.example'],
    ['device_type=Mobile', 'device_type=Mobile'],
    ['filter_test_accounts=true', 'test_accounts=excluded'],
    ['conversionGoal.actionId=42', 'conversion_goal=action:42'],
    ['conversionGoal.customEventName=purchase', 'conversion_goal=event:purchase'],
  ])('%s', (q, id) => {
    const r = keyOf(q);
    expect(r?.view?.id).toBe(id);
    expect(r?.figures[0]?.key).toBe(`visitors~${id}`);
    expect(r?.figures[0]?.label).toContain('Visitors · ');
  });

  it('several parts in any order give one canonical id', () => {
    const a = keyOf('device_type=Mobile&domain=a.example')?.view?.id;
    const b = keyOf('domain=a.example&device_type=Mobile')?.view?.id;
    expect(a).toBe(b);
    expect(a).toBe('device_type=Mobile&domain=a.example');
  });

  it('domain=all and filter_test_accounts=false are the site', () => {
    expect(keyOf('domain=all&filter_test_accounts=false')?.view).toBeUndefined();
  });
});
