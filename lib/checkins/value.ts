/**
 * A value typed by hand, read with the same figure parser as dashboard text ("1.2만", "15%",
 * "₩1,234", "3m 20s"), and checked against the unit the goal's metric is in: a check-in must not
 * put a count into a percent series, or dollars into a won series.
 */
import { parseFigure } from '../parse';
import type { FigureUnit } from '../parse';

export interface UnitSpec {
  unit: FigureUnit;
  currency?: string | undefined;
}

export interface CheckinValue {
  value: number;
  unit: FigureUnit;
  currency?: string;
  /** Half-width of the rounding of what was typed ("9.1" → 0.05), as for a dashboard figure. */
  precision: number;
}

/**
 * Why a typed value was refused. `unit`: it is another kind of figure than the metric's (a
 * percentage for a count); `currency`: another currency; `bare-duration`: a plain number for a
 * duration, which could be seconds or minutes.
 */
export type ValueError = 'empty' | 'not-a-figure' | 'unit' | 'currency' | 'bare-duration';

export type ValueResult = ({ ok: true } & CheckinValue) | { ok: false; error: ValueError };

/** Longer than any figure a person types; the protocol bounds the message the same way. */
export const MAX_VALUE_TEXT = 100;

/**
 * `expected` null: the metric has no unit yet (no reading, not a manual metric), so the first
 * check-in sets it. A plain number ("9.1", "1.2만") is read in the metric's unit — people type
 * "15" for 15% and "1,200,000" for an amount in the metric's currency — except for durations.
 */
export function parseCheckinValue(
  text: string,
  locale: string,
  expected: UnitSpec | null,
): ValueResult {
  const s = text.trim();
  if (!s) return { ok: false, error: 'empty' };
  if (s.length > MAX_VALUE_TEXT) return { ok: false, error: 'not-a-figure' };
  const f = parseFigure(s, locale);
  if (!f || !Number.isFinite(f.value)) return { ok: false, error: 'not-a-figure' };
  const out = (unit: FigureUnit, currency: string | undefined): ValueResult => ({
    ok: true,
    value: f.value,
    unit,
    ...(currency ? { currency } : {}),
    precision: f.precision,
  });
  if (!expected) return out(f.unit, f.currency);
  if (f.unit === expected.unit) {
    if (
      f.unit === 'currency' &&
      f.currency &&
      expected.currency &&
      f.currency !== expected.currency
    )
      return { ok: false, error: 'currency' };
    return out(f.unit, f.currency ?? expected.currency);
  }
  if (f.unit === 'count') {
    if (expected.unit === 'duration') return { ok: false, error: 'bare-duration' };
    return out(expected.unit, expected.currency);
  }
  return { ok: false, error: 'unit' };
}
