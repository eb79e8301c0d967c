/**
 * Numbers and dates for people, through Intl in the chosen language. Korean uses 만/억 compact
 * forms where they are what a Korean reader expects (12,345 → 1.2만).
 */
import { localeOf, type Lang } from './index';

type Unit = 'count' | 'currency' | 'percent' | 'duration' | 'ratio' | 'bytes';

/**
 * Ties round toward zero. A reading read from a floored display is stored as the middle of its
 * interval ("12.3k" on Plausible is 12,300–12,399, stored as 12,350 ± 50); rounding that tie up
 * would show "12.4K" beside the dashboard's "12.3k" — a number the dashboard never showed.
 */
export const TIES = { roundingMode: 'halfTrunc' } as const;

export function formatValue(value: number, unit: Unit, lang: Lang, currency?: string): string {
  const locale = localeOf(lang);
  const big = Math.abs(value) >= 10_000;
  switch (unit) {
    case 'percent':
      return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1, ...TIES }).format(value)}%`;
    case 'currency':
      return new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: currency ?? 'USD',
        notation: big ? 'compact' : 'standard',
        maximumFractionDigits: big ? 1 : 2,
        ...TIES,
      }).format(value);
    case 'duration':
      return formatDuration(value, lang);
    case 'bytes':
      return new Intl.NumberFormat(locale, {
        style: 'unit',
        unit:
          value >= 1e9
            ? 'gigabyte'
            : value >= 1e6
              ? 'megabyte'
              : value >= 1e3
                ? 'kilobyte'
                : 'byte',
        maximumFractionDigits: 1,
      }).format(
        value >= 1e9
          ? value / 1e9
          : value >= 1e6
            ? value / 1e6
            : value >= 1e3
              ? value / 1e3
              : value,
      );
    default:
      return new Intl.NumberFormat(locale, {
        notation: big ? 'compact' : 'standard',
        // A count of 100 or more has no meaningful decimals: "+1,824.8" visits would be a
        // difference of interval middles, not something the dashboard showed.
        maximumFractionDigits: big ? 1 : unit === 'count' && Math.abs(value) >= 100 ? 0 : 2,
        ...TIES,
      }).format(value);
  }
}

function formatDuration(seconds: number, lang: Lang): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = s % 60;
  const [hu, mu, su] = lang === 'ko' ? ['시간', '분', '초'] : ['h', 'm', 's'];
  return [h ? `${h}${hu}` : '', m ? `${m}${mu}` : '', r || (!h && !m) ? `${r}${su}` : '']
    .filter(Boolean)
    .join(' ');
}

export function formatPercent(fraction: number, lang: Lang): string {
  return new Intl.NumberFormat(localeOf(lang), {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(fraction);
}

/** `2026-03-31` → "31 Mar 2026" / "2026년 3월 31일", read as a calendar day (no time zone shift). */
export function formatDate(iso: string, lang: Lang): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium', timeZone: 'UTC' }).format(
    d,
  );
}

/**
 * A day in running text ("Mar 31" / "3월 31일"): the year only when it is not this year's, so
 * "needs 42 a day until Mar 31" stays short.
 */
export function formatDay(iso: string, lang: Lang, today: string = todayIso()): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  const sameYear = iso.slice(0, 4) === today.slice(0, 4);
  return new Intl.DateTimeFormat(localeOf(lang), {
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
    timeZone: 'UTC',
  }).format(d);
}

/**
 * A change per day. Percent figures change in percentage points ("0.3 pts", Korean "0.3%p"), not
 * in percent of themselves, so they get their own unit; other units format as values.
 */
export function formatChange(value: number, unit: Unit, lang: Lang, currency?: string): string {
  if (unit !== 'percent') return formatValue(value, unit, lang, currency);
  const n = new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 2 }).format(value);
  return lang === 'ko' ? `${n}%p` : `${n} pts`;
}

/** Today as the engine counts days (UTC), `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
