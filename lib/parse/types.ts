/** What `parseFigure` returns (docs/architecture.md, "Contracts"). Plain types: no zod here. */
export type FigureUnit = 'count' | 'currency' | 'percent' | 'duration' | 'ratio' | 'bytes';

export interface Figure {
  value: number;
  unit: FigureUnit;
  /** ISO 4217 code, only for `currency`. */
  currency?: string;
  /** Half-width of the display rounding: `1.23k` → 5, `35%` → 0.5, `1m 41s` → 0.5. */
  precision: number;
}

export interface DateRange {
  start: string; // YYYY-MM-DD
  end: string; // YYYY-MM-DD
}
