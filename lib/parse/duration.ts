/**
 * Durations as dashboards print them, in seconds: "1m 41s" (GA4, Plausible), "00:03:20"
 * (Matomo, GA), "4min 22s", "1분 05초" (Korean GA4), "1h 2m 3s", "2d 3h", "350ms", and
 * Matomo's German "4 Minuten 22s", "45 Sek.", "1 Stunden 5 Minuten" (lang/de.json).
 */
import type { Figure } from './types';

const SIGN = /^[-+\u2212]/;

// Longest alternatives first: "min" before "m", "ms" before "m" and "s".
const UNIT_PATTERN =
  'days?|hours?|hrs?|minutes?|mins?|seconds?|secs?|Tage?|Stunden?|Std\\.|Minuten?|Min\\.|Sekunden?|Sek\\.|ms|d|h|m|s|일|시간|분|초|日|時間|分|秒';
const COMPONENT = new RegExp(
  `\\s*(\\d+(?:\\.\\d{1,3}|,\\d{1,2})?)\\s?(${UNIT_PATTERN})(?=\\s|\\d|$)`,
  'uy',
);

function unitSeconds(unit: string): number {
  if (/^(?:days?|d|Tage?|일|日)$/.test(unit)) return 86400;
  if (/^(?:hours?|hrs?|h|Stunden?|Std\.|시간|時間)$/.test(unit)) return 3600;
  if (/^(?:minutes?|mins?|m|Minuten?|Min\.|분|分)$/.test(unit)) return 60;
  if (unit === 'ms') return 0.001;
  return 1;
}

/** How many of a unit fit in the next larger one: bounds every component after the first. */
const BOUND: Record<number, number> = { 3600: 24, 60: 60, 1: 60, 0.001: 1000 };

function parseClock(s: string): Figure | null {
  // "00:03:20" is h:mm:ss; "03:20" is mm:ss (averages never show a clock time).
  const hms = /^(\d{1,3}):([0-5]\d):([0-5]\d)$/.exec(s);
  if (hms) {
    const value = Number(hms[1]) * 3600 + Number(hms[2]) * 60 + Number(hms[3]);
    return { value, unit: 'duration', precision: 0.5 };
  }
  const ms = /^(\d{1,3}):([0-5]\d)$/.exec(s);
  if (ms) {
    return { value: Number(ms[1]) * 60 + Number(ms[2]), unit: 'duration', precision: 0.5 };
  }
  return null;
}

/** Parses a duration into seconds, or null when the text is not one. */
export function parseDuration(text: string): Figure | null {
  let s = text.trim();
  let sign = 1;
  if (SIGN.test(s)) {
    if (s[0] !== '+') sign = -1;
    s = s.slice(1);
  }
  const clock = parseClock(s);
  if (clock) return { ...clock, value: sign * clock.value || 0 };

  const parts: { amount: string; seconds: number; unit: string }[] = [];
  COMPONENT.lastIndex = 0;
  let pos = 0;
  while (pos < s.length) {
    COMPONENT.lastIndex = pos;
    const m = COMPONENT.exec(s);
    if (!m) return null;
    parts.push({ amount: m[1]!, seconds: unitSeconds(m[2]!), unit: m[2]! });
    pos = COMPONENT.lastIndex;
  }
  if (parts.length === 0) return null;
  // A lone "5m" or "1.2m": Umami prints millions as "1.2m", so "m" alone is never minutes.
  if (parts.length === 1 && parts[0]!.unit === 'm') return null;

  let total = 0;
  let precision = 0;
  for (let i = 0; i < parts.length; i++) {
    const { amount, seconds } = parts[i]!;
    const prev = parts[i - 1];
    if (prev && prev.seconds <= seconds) return null; // units must go down: "41s 1m" is not one
    const decimals = /[.,](\d+)$/.exec(amount)?.[1]?.length ?? 0;
    // Only the last component may carry decimals ("1.5h 3m" is nobody's format).
    if (decimals > 0 && i < parts.length - 1) return null;
    const n = Number(amount.replace(',', '.'));
    if (i > 0 && n >= (BOUND[seconds] ?? Infinity)) return null; // "1m 75s"
    total += n * seconds;
    precision = (0.5 * seconds) / 10 ** decimals;
  }
  // Round away float noise from "0.35" × 1, "1.5" × 3600 and similar.
  const value = Math.round(total * 1e6) / 1e6;
  return { value: sign * value || 0, unit: 'duration', precision };
}
