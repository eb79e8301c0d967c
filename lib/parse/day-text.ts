/**
 * One side of a date-range label, possibly missing its year or month because the other side
 * carries it: "Mar 1" in "Mar 1 – Mar 31, 2026", "31, 2026" in "Mar 1 – 31, 2026".
 * Input is already NFKC-normalised, lower-cased and single-spaced.
 */
export interface PartialDay {
  year?: number;
  month?: number;
  day: number;
}

// en and de month names and their abbreviations (GA4, Plausible, Matomo, GoAccess).
const MONTHS: Record<string, number> = {};
[
  ['january', 'jan', 'januar', 'jän'],
  ['february', 'feb', 'februar'],
  ['march', 'mar', 'märz', 'mär', 'mrz'],
  ['april', 'apr'],
  ['may', 'mai'],
  ['june', 'jun', 'juni'],
  ['july', 'jul', 'juli'],
  ['august', 'aug'],
  ['september', 'sep', 'sept'],
  ['october', 'oct', 'oktober', 'okt'],
  ['november', 'nov'],
  ['december', 'dec', 'dezember', 'dez'],
].forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

function monthNumber(name: string): number | undefined {
  return MONTHS[name.replace(/\.$/, '')];
}

function day(year: string | undefined, month: number | undefined, d: string): PartialDay | null {
  const out: PartialDay = { day: Number(d) };
  if (out.day < 1 || out.day > 31) return null;
  if (month !== undefined) {
    if (month < 1 || month > 12) return null;
    out.month = month;
  }
  if (year !== undefined) out.year = Number(year);
  return out;
}

/** Parses one day label; null when it is not one we know. */
export function parseDayText(text: string, locale?: string): PartialDay | null {
  let m: RegExpExecArray | null;
  // 2026-03-01
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text))) return day(m[1], Number(m[2]), m[3]!);
  // Korean short form "2026. 3. 1." (Search Console, GA4 in ko)
  if ((m = /^(\d{4})\. ?(\d{1,2})\. ?(\d{1,2})\.?$/.exec(text))) {
    return day(m[1], Number(m[2]), m[3]!);
  }
  // Korean "2026년 3월 1일", "3월 31일"; Japanese "2026年3月1日"
  if ((m = /^(?:(\d{4}) ?[년年] ?)?(?:(\d{1,2}) ?[월月] ?)?(\d{1,2}) ?[일日]$/.exec(text))) {
    return day(m[1], m[2] === undefined ? undefined : Number(m[2]), m[3]!);
  }
  // GoAccess "01/may/2024"
  if ((m = /^(\d{1,2})\/([a-z]{3})\/(\d{4})$/.exec(text))) {
    const month = monthNumber(m[2]!);
    return month ? day(m[3], month, m[1]!) : null;
  }
  // "mar 1, 2026", "march 1 2026", "mar 1"
  if ((m = /^([a-zä]+\.?) (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?$/.exec(text))) {
    const month = monthNumber(m[1]!);
    return month ? day(m[3], month, m[2]!) : null;
  }
  // "1 mar 2026", "1. märz 2026", "31 mar"
  if ((m = /^(\d{1,2})\.? ([a-zä]+\.?),?(?: (\d{4}))?$/.exec(text))) {
    const month = monthNumber(m[2]!);
    return month ? day(m[3], month, m[1]!) : null;
  }
  // A bare day whose month sits on the other side: "31, 2026", "31"
  if ((m = /^(\d{1,2})(?:,? (\d{4}))?$/.exec(text))) return day(m[2], undefined, m[1]!);
  // de "01.03.2026": day first, always
  if ((m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text))) return day(m[3], Number(m[2]), m[1]!);
  // "03/01/2026" is March 1 in en-US and January 3 almost everywhere else: only with a locale.
  if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text)) && locale) {
    const monthFirst =
      /^en(?:-us)?$/i.test(locale) || /^en-(?:ph|pr|um|vi|as|gu|mp)$/i.test(locale);
    return monthFirst ? day(m[3], Number(m[1]), m[2]!) : day(m[3], Number(m[2]), m[1]!);
  }
  return null;
}
