/**
 * `parseFigure`: one figure as a dashboard shows it → value, unit and display precision.
 *
 * The whole trimmed text must be one figure. Anything left over (a label, a date, a version, a
 * phone number, an unknown word) makes it null: a wrong number read silently is the worst bug
 * Pacer can have, a missing one only shows as "no data".
 *
 * Bare integers such as "2024" are read as counts (a site can have 2,024 visits); readers must
 * not hand titles or date labels to this function.
 */
import { takeCurrencyPrefix, takeCurrencySuffix } from './currency';
import { parseDuration } from './duration';
import { parseNumber, type ParsedNumber } from './number';
import { BYTE_UNITS, MYRIAD, takeScale } from './scale';
import type { Figure } from './types';

const MAX_LENGTH = 64;
// Bidi marks and zero-width characters that ICU and RTL pages put around numbers.
const INVISIBLE = /[\u200b-\u200f\u2066-\u2069\u061c\ufeff]/g;
const SIGN = /^[-+\u2212]/;

/** A magnitude: the exact value and half of one unit in its last shown digit. */
interface Amount {
  value: number;
  precision: number;
}

function scaled(n: ParsedNumber, factor: number): Amount {
  // Integer arithmetic first, one division last: 12 × 10000 / 10 is exactly 12000, whereas
  // 1.2 × 10000 is 12000.000000000002.
  return {
    value: factor === 1 ? n.value : (n.mantissa * factor) / 10 ** n.decimals,
    precision: (0.5 * factor) / 10 ** n.decimals,
  };
}

/** "1.23k", "1,2 Mio.", "16.2K", "1.2만", or a plain "1,234.5". */
function parseScaled(text: string, locale?: string): Amount | null {
  const found = takeScale(text, locale);
  if (!found) {
    const n = parseNumber(text, locale);
    return n && !SIGN.test(text) ? scaled(n, 1) : null;
  }
  const n = parseNumber(found.numberText, locale);
  if (!n || SIGN.test(found.numberText)) return null;
  if (found.scale.needsDecimals && n.decimals === 0) return null;
  return scaled(n, found.scale.factor);
}

/**
 * Korean/Japanese compounds such as "1억 2,345만": parts in strictly falling myriad units, each
 * part below the unit before it. Only the last part may show decimals.
 */
function parseMyriad(text: string, locale?: string): Amount | null {
  const parts = text.split(' ');
  if (parts.length === 1) return parseScaled(text, locale);
  let value = 0;
  let precision = 0;
  let previous = Infinity;
  for (let i = 0; i < parts.length; i++) {
    const found = takeScale(parts[i]!, locale);
    if (!found || !MYRIAD.test(found.scale.token)) return null;
    const n = parseNumber(found.numberText, locale);
    if (!n || SIGN.test(found.numberText) || n.mantissa === 0) return null;
    if (n.decimals > 0 && i < parts.length - 1) return null;
    const amount = scaled(n, found.scale.factor);
    if (found.scale.factor >= previous || amount.value >= previous) return null;
    previous = found.scale.factor;
    value += amount.value;
    precision = amount.precision;
  }
  return { value, precision };
}

function parseBytes(text: string, locale?: string): Figure | null {
  const m = /^(.*?\d)( ?)([A-Za-z]+)$/.exec(text);
  if (!m) return null;
  const [, numberText, space, unitText] = m as unknown as [string, string, string, string];
  const factor = BYTE_UNITS[unitText];
  // "3B" without a space is Intl's en compact billions; bytes need "512 B".
  if (factor === undefined || (unitText === 'B' && space === '')) return null;
  const n = parseNumber(numberText, locale);
  if (!n) return null;
  const { value, precision } = scaled(n, factor);
  return { value: value || 0, unit: 'bytes', precision };
}

function parseRatio(text: string, locale?: string): Figure | null {
  // Only an explicit multiplier sign: "2.4x", "2.4 ×". A plain "2.4" stays a count.
  const m = /^(.*?\d) ?[x×]$/.exec(text);
  if (!m) return null;
  const n = parseNumber(m[1]!, locale);
  if (!n) return null;
  const { value, precision } = scaled(n, 1);
  return { value: value || 0, unit: 'ratio', precision };
}

/** Normalises what pages do to figures without changing which figure it is. */
function normalise(text: string): string {
  // NFKC folds full-width digits and signs ("１２３", "￥", "％") and turns NBSP, U+202F and
  // thin spaces into plain spaces, which the number parser accepts as group separators.
  return text.replace(INVISIBLE, '').normalize('NFKC').trim().replace(/\s+/g, ' ');
}

// Dashboards show the same figure texts on every read (the content script reads a page again
// after each burst of DOM changes), so results are remembered, per locale, up to a bound.
const MEMO_MAX = 2000;
const memo = new Map<string, Map<string, Figure | null>>();
let memoSize = 0;

/**
 * Parses one figure. `locale` (a BCP 47 tag such as "de" or "ko-KR") settles "1,234" vs "1.234"
 * and "¥" (JPY, or CNY under zh); without it the en reading applies.
 */
export function parseFigure(text: string, locale?: string): Figure | null {
  if (typeof text !== 'string') return null;
  let byText = memo.get(locale ?? '');
  if (!byText) memo.set(locale ?? '', (byText = new Map()));
  let f = byText.get(text);
  if (f === undefined) {
    if (memoSize >= MEMO_MAX) {
      memo.clear();
      memoSize = 0;
      memo.set(locale ?? '', (byText = new Map()));
    }
    f = parse(text, locale);
    byText.set(text, f);
    memoSize++;
  }
  // A copy: callers own what they get.
  return f && { ...f };
}

function parse(text: string, locale?: string): Figure | null {
  const s = normalise(text);
  if (s === '' || s.length > MAX_LENGTH || !/\d/.test(s)) return null;

  const duration = parseDuration(s);
  if (duration) return duration;
  const bytes = parseBytes(s, locale);
  if (bytes) return bytes;
  const ratio = parseRatio(s, locale);
  if (ratio) return ratio;

  let rest = s;
  let percent = false;
  if (rest.endsWith('%')) {
    percent = true;
    rest = rest.slice(0, -1).trimEnd();
  } else if (rest.startsWith('%')) {
    percent = true; // tr prints "%41,2"
    rest = rest.slice(1).trimStart();
  }

  let sign = 1;
  let signed = false;
  const takeSign = () => {
    if (signed || !SIGN.test(rest)) return;
    signed = true;
    if (rest[0] !== '+') sign = -1;
    rest = rest.slice(1);
  };
  takeSign();

  let currency: string | undefined;
  const prefix = takeCurrencyPrefix(rest, locale);
  if (prefix) {
    currency = prefix.code;
    rest = prefix.rest;
    takeSign(); // "$-0.50" as well as "-$0.50"
  }
  const suffix = takeCurrencySuffix(rest, locale);
  if (suffix) {
    if (currency) return null; // "$12 EUR": two currencies, not a figure
    currency = suffix.code;
    rest = suffix.rest;
  }
  if (currency && percent) return null;
  if (rest.startsWith(' ') || rest.endsWith(' ')) rest = rest.trim();

  const amount = MYRIAD.test(rest) ? parseMyriad(rest, locale) : parseScaled(rest, locale);
  if (!amount) return null;
  const value = sign * amount.value || 0; // no "-0"
  const unit = currency ? 'currency' : percent ? 'percent' : 'count';
  return currency
    ? { value, unit, currency, precision: amount.precision }
    : { value, unit, precision: amount.precision };
}
