/**
 * Figures for people, in the report's language. Mostly `formatValue` (the side panel's), with one
 * refinement for big counts and amounts: a compact figure keeps a decimal only while it has one
 * or two integer digits, so Korean reads "₩1.3억" and "₩9226만", not "₩9226.3만".
 */
import { localeOf } from '../i18n';
import { formatValue, TIES } from '../i18n/format';
import type { Unit } from '../goals/schema';
import { fill, WORDS, type ReportLang } from './strings';

export function figure(value: number, unit: Unit, lang: ReportLang, currency?: string): string {
  const compact = (unit === 'count' || unit === 'currency') && Math.abs(value) >= 10_000;
  if (!compact) return formatValue(value, unit, lang, currency);
  const options: Intl.NumberFormatOptions = {
    notation: 'compact',
    maximumFractionDigits: 1,
    ...TIES, // as on every surface: a floored figure's middle never shows one step up
    ...(unit === 'currency' ? { style: 'currency', currency: currency ?? 'USD' } : {}),
  };
  const fmt = new Intl.NumberFormat(localeOf(lang), options);
  const digits = fmt
    .formatToParts(value)
    .filter((p) => p.type === 'integer')
    .reduce((n, p) => n + p.value.length, 0);
  if (digits < 3) return fmt.format(value);
  return new Intl.NumberFormat(localeOf(lang), { ...options, maximumFractionDigits: 0 }).format(
    value,
  );
}

/** A change with an explicit sign; a percent figure changes by percentage points, not percent. */
export function signedChange(x: number, unit: Unit, lang: ReportLang, currency?: string): string {
  const sign = x > 0 ? '+' : x < 0 ? '−' : '±';
  if (unit !== 'percent') return sign + figure(Math.abs(x), unit, lang, currency);
  const n = new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 2 }).format(Math.abs(x));
  return sign + fill(WORDS.points[lang], { n });
}
