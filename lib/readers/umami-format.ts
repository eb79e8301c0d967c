/**
 * Umami's display formats, inverted with honest precision (Umami `src/lib/format.ts` and the
 * metric bars, identical at v2.19.0 and v3.1.0):
 * - counts: `formatLongNumber`: `toFixed(0)` below 1000; `1.23k` (2 decimals) below 10k; `12.3k`
 *   below 100k; `123k` below 1m; `1.2m`; and from a billion `(n / 1e6).toFixed(1) + 'b'` — the
 *   "b" figure counts millions ("1500.0b" is 1.5 billion). `toFixed` rounds: ± half a step.
 * - bounce rate: `Math.round(n) + '%'`: ± 0.5.
 * - visit duration: `formatShortTime(~~n, ['m', 's'], ' ')`: floored to the second, and hours and
 *   days are dropped ("1m 41s" is 101 s, or 3701 s, …), so the display alone is not a value.
 */
import type { Figure } from '../parse/types';

export type UmamiKind = 'count' | 'percent' | 'duration';

const COUNT = /^(\d+)(?:\.(\d+))?([kmb])?$/;

/** The value range a count display stands for, or null when Umami would not print it so. */
function count(text: string): Figure | null {
  const m = COUNT.exec(text);
  if (!m) return null;
  const [, whole, decimals = '', suffix] = m;
  const w = Number(whole);
  if (!suffix) return decimals ? null : { value: w, unit: 'count', precision: 0 };
  // Decimals Umami prints per magnitude; rounding up can reach the next one ("10.00k" is 9995+).
  const k = suffix === 'k';
  const fits = k
    ? [w <= 10, w >= 10 && w <= 100, w >= 100 && w <= 1000][2 - decimals.length]
    : decimals.length === 1 && (suffix === 'm' ? w >= 1 && w <= 1000 : w >= 1000);
  if (!fits) return null;
  const scale = k ? 1000 : 1e6; // "m" and "b" are both millions
  const value = Math.round(Number(`${whole}.${decimals || '0'}`) * scale);
  return { value, unit: 'count', precision: (scale * 10 ** -decimals.length) / 2 };
}

/** A figure from the display alone (no exact value on the page); null when it cannot say. */
export function umamiDisplayFigure(text: string, kind: UmamiKind): Figure | null {
  const t = text.trim();
  if (kind === 'count') return count(t);
  if (kind === 'percent') {
    const m = /^(\d+)%$/.exec(t);
    return m ? { value: Number(m[1]), unit: 'percent', precision: 0.5 } : null;
  }
  return null; // durations: hours are not shown, see above
}

/** Seconds a duration display shows (the true value modulo an hour, floored), or null. */
function shownSeconds(text: string): number | null {
  const m = /^(?:(\d+)m)? ?(?:(\d+)s)?$/.exec(text.trim());
  if (!m || (m[1] === undefined && m[2] === undefined)) return null;
  return Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0);
}

/**
 * Does the display show this exact value? False while Umami's count-up animation is still
 * running (the text then shows an intermediate number).
 */
export function umamiShows(text: string, kind: UmamiKind, exact: number): boolean {
  if (kind === 'duration') {
    const s = shownSeconds(text);
    return s !== null && s < 3600 && Math.trunc(Math.abs(exact)) % 3600 === s;
  }
  const f = umamiDisplayFigure(text, kind);
  return !!f && Math.abs(exact - f.value) <= f.precision + 1e-9 * Math.max(1, f.value);
}
