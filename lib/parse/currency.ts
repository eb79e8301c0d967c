/**
 * Currency symbols and ISO 4217 codes as dashboards and Intl print them, before or after the
 * number. Only listed symbols and codes count: "kr" (SEK/NOK/DKK) or a bare "Fr." would be a
 * guess, and an unknown word next to a number means the text is not a figure.
 */

// Longest first so "US$" wins over "$" and "R$" is not read as dollars.
const SYMBOLS: ReadonlyArray<readonly [string, string]> = [
  ['US$', 'USD'], // ko/en-CA print US$
  ['$US', 'USD'], // fr prints "12,00 $US"
  ['CA$', 'CAD'],
  ['AU$', 'AUD'],
  ['NZ$', 'NZD'],
  ['HK$', 'HKD'],
  ['MX$', 'MXN'],
  ['NT$', 'TWD'],
  ['JP¥', 'JPY'], // ko prints JP¥
  ['CN¥', 'CNY'],
  ['R$', 'BRL'],
  ['A$', 'AUD'],
  ['C$', 'CAD'],
  ['S$', 'SGD'],
  ['zł', 'PLN'],
  // A bare "$" is read as USD: readers that know a store's currency should override it.
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'], // CNY under a zh locale, see below
  ['₩', 'KRW'],
  ['원', 'KRW'], // Korean shops print "12,345원"
  ['円', 'JPY'],
  ['元', 'CNY'],
  ['₹', 'INR'],
  ['₽', 'RUB'],
  ['₺', 'TRY'],
  ['₫', 'VND'],
  ['₪', 'ILS'],
  ['₱', 'PHP'],
];

const ISO_CODES = new Set(
  (
    'USD EUR GBP JPY KRW CNY INR CHF CAD AUD NZD BRL MXN SEK NOK DKK PLN CZK HUF RON TRY RUB ' +
    'UAH HKD SGD TWD THB IDR MYR PHP VND ZAR ILS AED SAR ARS CLP COP PEN NGN EGP'
  ).split(' '),
);

export interface CurrencyMatch {
  code: string;
  /** The text with the currency (and the space beside it) removed. */
  rest: string;
}

function resolve(symbolCode: string, locale?: string): string {
  // ¥ is the yuan sign too; zh dashboards mean CNY by it.
  if (symbolCode === 'JPY' && locale?.toLowerCase().startsWith('zh')) return 'CNY';
  return symbolCode;
}

/** A currency at the start of the text, e.g. "$", "US$", "R$ ", "USD ". */
export function takeCurrencyPrefix(text: string, locale?: string): CurrencyMatch | null {
  const iso = /^([A-Z]{3})(?=[\s\d+\-\u2212]|$)/.exec(text);
  if (iso && ISO_CODES.has(iso[1]!)) {
    return { code: iso[1]!, rest: text.slice(3).trimStart() };
  }
  for (const [symbol, code] of SYMBOLS) {
    if (!text.startsWith(symbol)) continue;
    const rest = text.slice(symbol.length);
    // "zł" or "원" first is not how anyone writes them; a letter right after means a word.
    if (/^[\p{L}]/u.test(rest)) return null;
    return { code: symbol === '¥' ? resolve(code, locale) : code, rest: rest.trimStart() };
  }
  return null;
}

/** A currency at the end of the text, e.g. " €", " $US", "원", " EUR". */
export function takeCurrencySuffix(text: string, locale?: string): CurrencyMatch | null {
  const iso = /(?:^|[\s\d.])([A-Z]{3})$/.exec(text);
  if (iso && ISO_CODES.has(iso[1]!)) {
    return { code: iso[1]!, rest: text.slice(0, -3).trimEnd() };
  }
  for (const [symbol, code] of SYMBOLS) {
    if (!text.endsWith(symbol)) continue;
    // Whatever is left ("12 k", "1.2만", "12 A") must still parse as a figure on its own.
    const rest = text.slice(0, -symbol.length);
    return { code: symbol === '¥' ? resolve(code, locale) : code, rest: rest.trimEnd() };
  }
  return null;
}
