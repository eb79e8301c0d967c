/**
 * Abbreviated magnitudes ("1.23k", "1,2 Mio.", "1.2만") and byte units. Each token says whether a
 * space may stand before it, because that space is what tells "3B" (billions, Intl en compact)
 * from "512 B" (bytes, GoAccess).
 */

export interface ScaleToken {
  token: string;
  factor: number;
  /** May a space stand between the number and the token? */
  spaced: boolean;
  /** Must the number show decimals? See "m". */
  needsDecimals?: boolean;
  /** Only under these locale prefixes (fr's "Bn" is 10^12, en's "bn" is 10^9). */
  locales?: string[];
  notLocales?: string[];
}

// Longest tokens first so "Mio." wins over "M" and "bn" over "b".
export const SCALES: ScaleToken[] = [
  { token: 'Tsd.', factor: 1e3, spaced: true },
  { token: 'Mio.', factor: 1e6, spaced: true }, // de compact
  { token: 'Mrd.', factor: 1e9, spaced: true }, // de compact
  { token: 'Bio.', factor: 1e12, spaced: true }, // de "Billion" is 10^12
  { token: 'Tsd', factor: 1e3, spaced: true },
  { token: 'Mio', factor: 1e6, spaced: true },
  { token: 'Mrd', factor: 1e9, spaced: true },
  { token: 'Bn', factor: 1e12, spaced: true, locales: ['fr'] }, // fr compact: billion = 10^12
  { token: 'Bn', factor: 1e9, spaced: true, notLocales: ['fr'] },
  { token: 'bn', factor: 1e9, spaced: true },
  { token: 'Md', factor: 1e9, spaced: true, locales: ['fr'] }, // fr compact "milliard"
  { token: 'k', factor: 1e3, spaced: true }, // Umami "1.23k", fr compact "1,2 k"
  { token: 'K', factor: 1e3, spaced: true },
  { token: 'M', factor: 1e6, spaced: true },
  // Umami's formatLongNumber prints a million as "1.2m" (always one decimal), while "5m" is how
  // a duration in minutes looks: only a decimal number before "m" is read as millions.
  { token: 'm', factor: 1e6, spaced: false, needsDecimals: true },
  { token: 'B', factor: 1e9, spaced: false }, // "512 B" (spaced) is bytes, see BYTE_UNITS
  { token: 'b', factor: 1e9, spaced: false, needsDecimals: true },
  { token: 'T', factor: 1e12, spaced: false },
  // East Asian myriad units, attached as ko/ja/zh print them.
  { token: '천', factor: 1e3, spaced: false },
  { token: '만', factor: 1e4, spaced: false },
  { token: '억', factor: 1e8, spaced: false },
  { token: '조', factor: 1e12, spaced: false },
  { token: '千', factor: 1e3, spaced: false },
  { token: '万', factor: 1e4, spaced: false },
  { token: '萬', factor: 1e4, spaced: false },
  { token: '億', factor: 1e8, spaced: false },
  { token: '亿', factor: 1e8, spaced: false },
  { token: '兆', factor: 1e12, spaced: false },
];

export const MYRIAD = /[천만억조千万萬億亿兆]/;

/** kB/MB/GB are decimal (1000), KiB/MiB/GiB binary (1024), as GoAccess and disk tools print. */
export const BYTE_UNITS: Record<string, number> = {
  B: 1,
  byte: 1,
  bytes: 1,
  Byte: 1, // GoAccess's formatBytes prints zero as "0 Byte"
  Bytes: 1,
  kB: 1e3,
  KB: 1e3,
  MB: 1e6,
  GB: 1e9,
  TB: 1e12,
  PB: 1e15,
  KiB: 1024,
  MiB: 1024 ** 2,
  GiB: 1024 ** 3,
  TiB: 1024 ** 4,
  PiB: 1024 ** 5,
};

function localeMatches(prefixes: string[] | undefined, locale?: string): boolean {
  const lang = locale?.toLowerCase().split(/[-_]/)[0];
  return !!lang && !!prefixes?.includes(lang);
}

/** The scale token ending `text`, with the number text before it; null when none applies. */
export function takeScale(
  text: string,
  locale?: string,
): { scale: ScaleToken; numberText: string } | null {
  for (const scale of SCALES) {
    if (!text.endsWith(scale.token)) continue;
    if (scale.locales && !localeMatches(scale.locales, locale)) continue;
    if (scale.notLocales && localeMatches(scale.notLocales, locale)) continue;
    let numberText = text.slice(0, -scale.token.length);
    if (/\s$/.test(numberText)) {
      if (!scale.spaced) return null;
      numberText = numberText.slice(0, -1);
    }
    if (!/\d$/.test(numberText)) return null;
    return { scale, numberText };
  }
  return null;
}
