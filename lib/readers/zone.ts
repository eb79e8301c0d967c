/**
 * Periods of hosted dashboards whose "today" is the property's, store's or account's day (GA4,
 * Search Console, Shopify, Stripe, YouTube Studio): Pacer does not know that timezone unless the
 * page shows it, so a relative preset ("Last 30 days") is only resolved when it does; a range the
 * page states in dates is used as shown (issue 15, item 2: unknown → null, never a guess).
 */
import { parseDateRangeText, type DateRangeOptions } from '../parse';
import type { DateRange } from '../parse/types';
import { textOf } from './dom';
import { textNodes } from './labelled';

const DAY_MS = 86_400_000;

/**
 * A range stated in dates ("Mar 4 – Mar 31, 2026"), not relative to today: it reads the same
 * whatever today is. "Last 28 days" or "Mar 4 – Today" give null.
 */
export function statedRange(text: string, now: Date, locale: string | undefined): DateRange | null {
  const a = parseDateRangeText(text, now, locale);
  if (!a) return null;
  const b = parseDateRangeText(text, new Date(now.getTime() + DAY_MS), locale);
  return b && a.start === b.start && a.end === b.end ? a : null;
}

/** "(GMT-05:00)", "UTC+9", "GMT+09:00" or an IANA name ("America/New_York") in `text`. */
const OFFSET = /\b(?:GMT|UTC)\s?([+\-−])(\d{1,2})(?::?(\d{2}))?(?!\d)/;
const IANA =
  /\b(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)\/[A-Za-z_]+(?:\/[A-Za-z_]+)?\b/;

/** The timezone a page states in text ("All dates in (GMT-05:00) Eastern Time"), or null. */
export function shownTimeZone(root: Element | null): string | null {
  // Text node by text node: an element's whole text runs words of neighbours together.
  for (const node of root ? textNodes(root) : []) {
    const text = textOf(node);
    const offset = OFFSET.exec(text);
    if (offset) {
      const sign = offset[1] === '+' ? '+' : '-';
      return `${sign}${offset[2]!.padStart(2, '0')}:${offset[3] ?? '00'}`;
    }
    const name = IANA.exec(text)?.[0];
    if (name) return name;
  }
  return null;
}

/**
 * `now` moved so that its UTC calendar date and time are the wall clock in `zone` (`+09:00` or
 * an IANA name): the date parsers read days by UTC date. Null for an unknown zone.
 */
export function wallClock(now: Date, zone: string): Date | null {
  const off = /^([+-])(\d{2}):(\d{2})$/.exec(zone);
  if (off) {
    const minutes = (Number(off[2]) * 60 + Number(off[3])) * (off[1] === '-' ? -1 : 1);
    return minutes > 14 * 60 ? null : new Date(now.getTime() + minutes * 60_000);
  }
  try {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    }).formatToParts(now);
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    const ms = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
    return Number.isNaN(ms) ? null : new Date(ms);
  } catch {
    return null;
  }
}

/**
 * The range a picker's text selects: stated dates as shown; a relative preset only in the
 * dashboard's own timezone when the page shows it (`zone`), with the dashboard's preset rule.
 */
export function pickerRange(
  text: string,
  now: Date,
  locale: string | undefined,
  zone: string | null,
  presets: DateRangeOptions | null,
): DateRange | null {
  const stated = statedRange(text, now, locale);
  if (stated) return stated;
  const local = zone && presets ? wallClock(now, zone) : null;
  return local ? parseDateRangeText(text, local, locale, presets!) : null;
}
