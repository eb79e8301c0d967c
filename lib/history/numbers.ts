/**
 * Number cells. Exports mostly write machine numbers ("1234", "45.6"); some write what the
 * dashboard shows ("3.53%", "0:03:12", "$1,234.50"), which the figure parser reads exactly as it
 * reads the page. A `;`-delimited file is a decimal-comma locale's export ("1.234,5").
 */
import { parseFigure } from '../parse';
import type { Unit } from '../goals/schema';

export interface Cell {
  value: number;
  /** Half-width of the rounding the file shows ("45.6" → 0.05); 0 for whole numbers. */
  precision: number;
  /** What the cell itself says it is, when it says ("%", a currency, a duration). */
  unit?: Unit;
  currency?: string;
}

const PLAIN = /^-?\d+(?:\.(\d+))?$/;
const PLAIN_COMMA = /^-?\d+(?:,(\d+))?$/;

/** Null for text that is not one number; `undefined` for an empty cell (no value that day). */
export function parseCell(raw: string, decimalComma: boolean): Cell | null | undefined {
  const s = raw.trim();
  if (s === '' || s === '-' || s === '—' || s.toLowerCase() === 'null') return undefined;
  const plain = (decimalComma ? PLAIN_COMMA : PLAIN).exec(s);
  if (plain) {
    const decimals = plain[1]?.length ?? 0;
    return {
      value: Number(decimalComma ? s.replace(',', '.') : s),
      precision: decimals ? 0.5 / 10 ** decimals : 0,
    };
  }
  // A minus sign in front of a shown figure ("-$12.00", "-3.5%"): the figure parser reads
  // magnitudes, the sign is ours.
  const negative = /^[-\u2212]/.test(s);
  const fig = parseFigure(negative ? s.slice(1) : s, decimalComma ? 'de' : 'en');
  if (!fig) return null;
  // Bytes and bare counts carry no unit of their own worth keeping; the column decides.
  const unit = fig.unit === 'count' || fig.unit === 'bytes' ? undefined : fig.unit;
  // A whole count in an export is exact ("1,234" is not rounded the way "1.2k" is).
  return {
    value: negative ? -fig.value : fig.value,
    precision: !unit && fig.precision === 0.5 ? 0 : fig.precision,
    ...(unit ? { unit } : {}),
    ...(fig.currency ? { currency: fig.currency } : {}),
  };
}
