/**
 * "What moved" in words (issue 13): one line per mover ("Sources: Google −1.2k visitors
 * (−28%)"), the periods compared ("Nov 23–29 vs Nov 16–22") and, when there is nothing to say,
 * which limit applied. Pure functions of a MoversResult, shared by the goal card and the review.
 */
import type { Period } from '../../lib/goals/schema';
import { localeOf, type Lang, type MessageKey, type Translate } from '../../lib/i18n';
import { formatChange, formatPercent } from '../../lib/i18n/format';
import type { BreakdownDimension } from '../../lib/readers/breakdown';
import type { Mover, MoversResult } from '../../lib/review/schema';

const DIMENSION: Record<BreakdownDimension, MessageKey> = {
  sources: 'moversDimSources',
  channels: 'moversDimChannels',
  referrers: 'moversDimReferrers',
  campaigns: 'moversDimCampaigns',
  pages: 'moversDimPages',
  'entry-pages': 'moversDimEntryPages',
  'exit-pages': 'moversDimExitPages',
  countries: 'moversDimCountries',
  regions: 'moversDimRegions',
  cities: 'moversDimCities',
  languages: 'moversDimLanguages',
  devices: 'moversDimDevices',
  browsers: 'moversDimBrowsers',
  os: 'moversDimOs',
  queries: 'moversDimQueries',
  products: 'moversDimProducts',
  events: 'moversDimEvents',
};

const NONE: Record<Extract<MoversResult, { status: 'none' }>['reason'], MessageKey> = {
  'no-breakdowns': 'moversNoBreakdowns',
  'no-comparable': 'moversNoComparable',
  'no-movers': 'moversNoMovers',
};

export const dimensionText = (d: BreakdownDimension, t: Translate) => t(DIMENSION[d]);

/** A signed amount with a true minus sign: "−1.2K", "+600", "−3 pts". */
export function signedChange(m: Pick<Mover, 'change' | 'unit' | 'currency'>, lang: Lang) {
  const sign = m.change < 0 ? '−' : '+';
  return `${sign}${formatChange(Math.abs(m.change), m.unit, lang, m.currency)}`;
}

/** "Google −1.2K visitors (−28%)" without the dimension (the list groups lines by it). */
export function moverText(m: Mover, t: Translate, lang: Lang, metric?: string): string {
  const amount = signedChange(m, lang);
  const what = metric ? t('moversAmountOf', amount, metric) : amount;
  const note =
    m.absent === 'before'
      ? t('moversEnteredTop')
      : m.absent === 'after'
        ? t('moversLeftTop')
        : m.changeRatio !== null
          ? `${m.changeRatio < 0 ? '−' : '+'}${formatPercent(Math.abs(m.changeRatio), lang)}`
          : m.before === 0
            ? t('moversNew')
            : null;
  // A bounded row's change is the least it can be.
  const line = m.absent ? t('moversAtLeast', m.label, what) : `${m.label} ${what}`;
  return note ? `${line} (${note})` : line;
}

/** "Nov 23–29" / "11월 23일~29일", with the year when it is not this year's. */
export function periodText(p: Period, lang: Lang, today: string): string {
  const sameYear =
    p.start.slice(0, 4) === today.slice(0, 4) && p.end.slice(0, 4) === today.slice(0, 4);
  const f = new Intl.DateTimeFormat(localeOf(lang), {
    month: 'short',
    day: 'numeric',
    ...(sameYear ? {} : { year: 'numeric' }),
    timeZone: 'UTC',
  });
  return f.formatRange(new Date(`${p.start}T00:00:00Z`), new Date(`${p.end}T00:00:00Z`));
}

/** The periods compared, or why nothing can be said. */
export function moversSummary(r: MoversResult, t: Translate, lang: Lang, today: string): string {
  return r.status === 'ok'
    ? t('moversCompared', periodText(r.current, lang, today), periodText(r.earlier, lang, today))
    : t(NONE[r.reason]);
}
