/**
 * What a Plausible top-stat text says about the true value: the interval of values that the
 * dashboard's own formatters turn into that text, reported as its middle ± half its width
 * (issue 15, item 1). Read from Plausible's source, the same rule in v2 and v3:
 *
 * - Counts (`numberShortFormatter`, util/number-formatter.ts; `numberFormatter` in v2's .js):
 *   below 1,000 the number itself. From 1,000 to 999,999 thousands, then millions, then
 *   billions, each FLOORED: to one decimal below 100 of the unit, with a trailing ".0" dropped
 *   ("1k" is 1,000–1,099: 1,080 shows as "1k"), to a whole unit from 100 ("123k" is
 *   123,000–123,999). From a trillion the number itself again.
 * - `views_per_visit`: the API rounds to two decimals, the formatter prints the number as is
 *   ("2.7" is 2.70 ± 0.005).
 * - `visit_duration`: the API rounds to whole seconds, `durationFormatter` floors: ± 0.5 s.
 *   `time_on_page` is not always rounded by the API, so "1m 05s" is 64.5–66 s.
 * - Percentages and money keep parseFigure's half-unit of the last digit shown: the API rounds
 *   bounce rate to a whole percent and the formatter to at most one or two decimals.
 * - `conversion_rate` is rounded twice: to two decimals by the API, then to the one shown
 *   ("1.3%" may be a true 1.245, sent as 1.25), so the API's half-step widens the display's.
 */
import type { Figure } from '../../parse/types';

const UNITS: Record<string, number> = { k: 1e3, M: 1e6, B: 1e9 };

/**
 * The [low, high) interval `numberShortFormatter` maps to `text`, or null when that formatter
 * cannot have written it ("1.0k", "100.5k", "1,234").
 */
export function shortNumberInterval(text: string): { low: number; high: number } | null {
  const t = text.trim();
  const plain = /^\d+$/.exec(t);
  if (plain) {
    const n = Number(t);
    // 1,000 … 999,999,999,999 are always abbreviated.
    return n < 1e3 || n >= 1e12 ? { low: n, high: n } : null;
  }
  const m = /^([1-9]\d{0,2})(?:\.([1-9]))?([kMB])$/.exec(t);
  if (!m) return null;
  const whole = Number(m[1]);
  const unit = UNITS[m[3]!]!;
  if (whole >= 100) return m[2] ? null : { low: whole * unit, high: (whole + 1) * unit };
  // Tenths as integers so that 4.1 × 1,000 is exactly 4,100.
  const tenths = whole * 10 + Number(m[2] ?? 0);
  return { low: (tenths * unit) / 10, high: ((tenths + 1) * unit) / 10 };
}

/** The figure with the value and precision Plausible's formatter for `key` allows. */
export function plausibleRounding(key: string, text: string, fig: Figure): Figure {
  if (key === 'views_per_visit' && fig.value < 1e3) return { ...fig, precision: 0.005 };
  if (fig.unit === 'count' || key === 'views_per_visit') {
    const i = shortNumberInterval(text);
    if (!i) return fig;
    return { ...fig, value: (i.low + i.high) / 2, precision: (i.high - i.low) / 2 };
  }
  if (key === 'time_on_page' && fig.unit === 'duration' && Number.isInteger(fig.value)) {
    return { ...fig, value: fig.value + 0.25, precision: 0.75 };
  }
  if (key === 'conversion_rate' && fig.unit === 'percent' && fig.precision > 0.005) {
    return { ...fig, precision: fig.precision + 0.005 };
  }
  return fig;
}
