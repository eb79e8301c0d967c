/**
 * Plain numbers with locale separators: "1,234.5" (en), "1.234,5" (de), "1 234,5" (fr),
 * "1'234.5" (de-CH), "12,34,567" (en-IN). No units, no multipliers: see figure.ts for those.
 *
 * Strict on purpose: a separator pattern that no locale prints ("1,23,4", "1.2.3", "01234")
 * is not a number, because a wrong number read silently is worse than no number.
 */

/** A number as written: all its digits as an integer, and how many of them are decimals. */
export interface ParsedNumber {
  value: number;
  /** All digits without separators, as an integer ("1,234.50" → 123450). */
  mantissa: number;
  /** Digits after the decimal separator ("1,234.50" → 2). */
  decimals: number;
}

// Space-like group separators: fr prints U+202F, older ICU and many sites U+00A0 or U+2009.
const SPACES = ' \u00a0\u202f\u2009';
// U+2019 because some CMSs "smarten" de-CH's apostrophe.
const APOSTROPHES = "'\u2019";
const NUMBER_SHAPE = new RegExp(`^\\d+(?:[.,${SPACES}${APOSTROPHES}]\\d+)*$`);
const SIGN = /^[-+\u2212]/;
// JS prints a double with up to 17 significant digits ("36.096718480138165", as Umami's DOM
// shows mid-animation); longer runs, or integers past 2^53, are IDs rather than figures.
const MAX_DIGITS = 17;

type SepKind = ',' | '.' | 'space' | 'apostrophe';

function kindOf(sep: string): SepKind {
  if (sep === ',' || sep === '.') return sep;
  return SPACES.includes(sep) ? 'space' : 'apostrophe';
}

const decimalCache = new Map<string, ',' | '.' | undefined>();

/**
 * The decimal separator a locale prints, from Intl (plain ECMAScript, fine in a content script),
 * so "de-CH" (1'234.5) and "es-MX" (1,234.5) are not mistaken for their comma-decimal parents.
 * `undefined` for no locale or an invalid tag: callers fall back to the en reading.
 */
export function decimalSeparatorFor(locale?: string): ',' | '.' | undefined {
  if (!locale) return undefined;
  if (decimalCache.has(locale)) return decimalCache.get(locale);
  let sep: ',' | '.' | undefined;
  try {
    const part = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal');
    sep = part?.value === ',' ? ',' : part?.value === '.' ? '.' : undefined;
  } catch {
    sep = undefined; // RangeError on a malformed tag: no hint rather than a throw.
  }
  decimalCache.set(locale, sep);
  return sep;
}

/** Western groups: 1–3 digits, then groups of exactly 3. */
function isWesternGrouping(groups: string[]): boolean {
  return groups.every((g, i) => (i === 0 ? g.length >= 1 && g.length <= 3 : g.length === 3));
}

/** Indian lakh/crore groups (₹ on en-IN dashboards): 1–2 digits, pairs, then a final 3. */
function isIndianGrouping(groups: string[]): boolean {
  if (groups.length < 3) return false;
  return groups.every((g, i) => {
    if (i === groups.length - 1) return g.length === 3;
    return i === 0 ? g.length >= 1 && g.length <= 2 : g.length === 2;
  });
}

/**
 * Which separator (by index) is the decimal one, or -1 for none, or null when the pattern is
 * not a number. Ambiguous "1,234"/"1.234" follows the locale, else the en reading.
 */
function findDecimal(groups: string[], kinds: SepKind[], locale?: string): number | null {
  const distinct = new Set(kinds);
  const lastIndex = kinds.length - 1;
  const last = kinds[lastIndex]!;
  if (distinct.size > 2) return null;
  if (distinct.size === 2) {
    // "1.234,5", "1 234,5", "1'234.5": the one separator at the end is the decimal.
    if (last === 'space' || last === 'apostrophe') return null;
    if (kinds.filter((k) => k === last).length !== 1) return null;
    return lastIndex;
  }
  if (last === 'space' || last === 'apostrophe' || kinds.length > 1) return -1;
  // One ',' or '.' only.
  const before = groups[0]!;
  const after = groups[1]!;
  // Grouping needs exactly 3 digits after and a 1–3 digit lead that is not "0" ("0,123").
  if (after.length !== 3 || before.length > 3 || before === '0') return 0;
  const decimal = decimalSeparatorFor(locale) ?? '.';
  return last === decimal ? 0 : -1;
}

/** Parses an optionally signed plain number; null for anything else. */
export function parseNumber(text: string, locale?: string): ParsedNumber | null {
  let s = text.trim();
  let sign = 1;
  if (SIGN.test(s)) {
    if (s[0] !== '+') sign = -1;
    s = s.slice(1);
  }
  if (!NUMBER_SHAPE.test(s)) return null;
  const groups = s.split(/[^\d]/);
  const kinds = (s.match(/[^\d]/g) ?? []).map(kindOf);
  let intGroups = groups;
  let fraction = '';
  if (kinds.length > 0) {
    const decimalAt = findDecimal(groups, kinds, locale);
    if (decimalAt === null) return null;
    if (decimalAt >= 0) {
      intGroups = groups.slice(0, decimalAt + 1);
      fraction = groups.slice(decimalAt + 1).join('');
    }
    const groupKinds = decimalAt >= 0 ? kinds.slice(0, decimalAt) : kinds;
    if (intGroups.length > 1) {
      const indian = groupKinds[0] === ',' && isIndianGrouping(intGroups);
      if (!indian && !isWesternGrouping(intGroups)) return null;
    }
  }
  // "192.168.100.200" is a valid de grouping but, on Matomo's visitor log, an IPv4 address.
  // Octets never carry leading zeros, so "1.000.000.000" stays a number.
  const octets = groups.every((g) => Number(g) <= 255 && !/^0\d/.test(g));
  if (kinds.length === 3 && kinds.every((k) => k === '.') && octets) return null;
  const integer = intGroups.join('');
  // "007", "01234": identifiers and postcodes, not figures.
  if (integer.length > 1 && integer.startsWith('0')) return null;
  const digits = integer + fraction;
  if (digits.replace(/^0+/, '').length > MAX_DIGITS) return null;
  if (Number(integer) > Number.MAX_SAFE_INTEGER) return null;
  // Number() of the decimal string is correctly rounded; mantissa / 10^d may not be past 2^53.
  const value = sign * Number(fraction ? `${integer}.${fraction}` : integer);
  return { value: value || 0, mantissa: sign * Number(digits), decimals: fraction.length };
}
