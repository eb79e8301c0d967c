/**
 * Google Analytics 4 (analytics.google.com): the scorecards on Home and on report pages.
 *
 * GA4 is an Angular app whose class names change between releases, so figures are read
 * label-anchored: find the metric's label text, then take the first figure that follows it inside
 * the same card, skipping percent-change chips, icons and anything hidden. Property id and date
 * range come from the URL hash, which GA4 keeps in sync with the page.
 */
import { ga4RangeFromUrl } from '../parse';
import type { DateRange } from '../parse/types';
import { docLocale, textOf } from './dom';
import { GA4_DIMENSIONS } from './ga4-breakdowns';
import { headerTableBreakdowns, TABLES } from './header-tables';
import { ga4ViewOf } from './ga4-view';
import {
  NOT_A_LABEL,
  NOT_SHOWN,
  isUnseen,
  readLabelled,
  textNodes,
  type CardLayout,
  type LabelledMetric,
} from './labelled';
import type { PageRead, Reader } from './types';
import { viewKey, viewLabel } from './view';
import { statedRange } from './zone';

/** Property id in the hash route: `#/p123456/…` or, from older links, `#/a98765p123456/…`. */
const PROPERTY_IN_HASH = /^#\/(?:a\d+)?(?:w\d+)?p(\d+)(?=[/?]|$)/;
/** The date picker's visible range ("Mar 4 - Mar 31, 2026"), used when the URL has no dates. */
const DATE_RANGE_TEXT = '.primary-date-range-text';

type Kind = 'count' | 'percent' | 'currency' | 'duration';

// English labels as GA4 shows them; the metric key is derived from this text.
const EN: Record<string, Kind> = {
  'Active users': 'count',
  'New users': 'count',
  'Total users': 'count',
  Users: 'count',
  'Event count': 'count',
  Views: 'count',
  Sessions: 'count',
  'Engaged sessions': 'count',
  'Key events': 'count',
  Conversions: 'count',
  Transactions: 'count',
  'Engagement rate': 'percent',
  'Bounce rate': 'percent',
  'Total revenue': 'currency',
  'Purchase revenue': 'currency',
  'Average engagement time': 'duration',
  'Average engagement time per active user': 'duration',
  'Average session duration': 'duration',
};

// Korean UI labels → the English label, so both locales share one metric key.
const KO: Record<string, string> = {
  '활성 사용자': 'Active users',
  '새 사용자': 'New users',
  '총 사용자': 'Total users',
  사용자: 'Users',
  '이벤트 수': 'Event count',
  조회수: 'Views',
  세션수: 'Sessions',
  세션: 'Sessions',
  '참여 세션수': 'Engaged sessions',
  '주요 이벤트': 'Key events',
  전환: 'Conversions',
  거래: 'Transactions',
  참여율: 'Engagement rate',
  이탈률: 'Bounce rate',
  '총 수익': 'Total revenue',
  '구매 수익': 'Purchase revenue',
  '평균 참여 시간': 'Average engagement time',
  '활성 사용자당 평균 참여 시간': 'Average engagement time per active user',
  '평균 세션 시간': 'Average session duration',
};

// German UI labels → the English label. GA4's German wording ("Aktive Nutzer", "Nutzer
// insgesamt", "Sitzungen mit Interaktionen", "Interaktionsrate", "Durchschnittliche
// Interaktionsdauer") as Google's German help pages (support.google.com/analytics, hl=de) and
// German GA4 guides quoting the UI (121watt.de, datenversiert.de, lukas-becker.eu) write it.
const DE: Record<string, string> = {
  'aktive nutzer': 'Active users',
  'neue nutzer': 'New users',
  'nutzer insgesamt': 'Total users',
  nutzer: 'Users',
  ereignisanzahl: 'Event count',
  aufrufe: 'Views',
  sitzungen: 'Sessions',
  'sitzungen mit interaktionen': 'Engaged sessions',
  'sitzungen mit interaktion': 'Engaged sessions',
  schlüsselereignisse: 'Key events',
  transaktionen: 'Transactions',
  interaktionsrate: 'Engagement rate',
  absprungrate: 'Bounce rate',
  gesamtumsatz: 'Total revenue',
  'umsatz aus käufen': 'Purchase revenue',
  'durchschnittliche interaktionsdauer': 'Average engagement time',
  'durchschnittliche interaktionsdauer pro aktivem nutzer':
    'Average engagement time per active user',
  'durchschnittliche sitzungsdauer': 'Average session duration',
};

const keyOf = (english: string) => english.toLowerCase().replace(/[^a-z0-9]+/g, '_');

const LABELS = new Map<string, LabelledMetric>();
for (const [label, unit] of Object.entries(EN))
  LABELS.set(label.toLowerCase(), { key: keyOf(label), unit });
for (const [label, en] of [...Object.entries(KO), ...Object.entries(DE)])
  LABELS.set(label, { key: keyOf(en), unit: EN[en]! });

const CARDS: CardLayout = {
  labels: LABELS,
  // A metric name heading a breakdown table's column is not a card label: the figure after it
  // is a row's (ga4-breakdowns.ts reads those).
  notALabel: `${NOT_A_LABEL}, ${TABLES}`,
  notShown: `${NOT_SHOWN}, .cdk-visually-hidden`,
  // Wrappers of comparison chips and chart furniture between a label and its value.
  comparisonClass: /(chang|delta|trend|compar|chip|badge|previous|diff|legend|tooltip|axis)/i,
  comparisonText: /\b(vs\.?|previous|preceding|prior|compared)\b|이전|대비/i,
};

/**
 * Explicit dates in the URL, else the dates the picker states. GA4's presets ("Last 28 days"
 * ends yesterday) count in the property's timezone, which report pages do not show: a picker
 * that names only a preset gives null rather than a day-off guess.
 */
function period(doc: Document, url: URL, now: Date): DateRange | null {
  const fromUrl = ga4RangeFromUrl(url, now);
  if (fromUrl) return fromUrl;
  const locale = docLocale(doc);
  for (const e of doc.querySelectorAll(DATE_RANGE_TEXT)) {
    if (isUnseen(e, CARDS.notShown)) continue;
    const range = statedRange(textOf(e), now, locale);
    if (range) return range;
  }
  return null;
}

export const reader: Reader = {
  id: 'ga4',
  matches: ['https://analytics.google.com/*'],
  script: 'google',
  detect(_doc, url) {
    return url.hostname === 'analytics.google.com' && PROPERTY_IN_HASH.test(url.hash);
  },
  read(doc, url, now) {
    try {
      const scope = PROPERTY_IN_HASH.exec(url.hash)?.[1];
      if (!scope || !doc.body) return null;
      // Several comparisons at once: which value is whose is not known, so nothing is read.
      const view = ga4ViewOf(url);
      if (view === 'ambiguous') return null;
      const locale = docLocale(doc);
      const headline = readLabelled(textNodes(doc.body), CARDS, locale);
      const figures = headline.map((f) => ({
        ...f,
        key: viewKey(f.key, view),
        label: viewLabel(f.label, view),
      }));
      if (!figures.length) return null;
      const out: PageRead = { source: 'ga4', scope, period: period(doc, url, now), figures };
      if (view) out.view = view;
      const tables = { dimensions: GA4_DIMENSIONS, metrics: LABELS, notShown: CARDS.notShown };
      const breakdowns = headerTableBreakdowns(doc.body, tables, headline, locale);
      if (breakdowns.length) out.breakdowns = breakdowns;
      return out;
    } catch {
      return null; // a GA4 release we do not understand yet reads as "nothing", never as an error
    }
  },
};

/*
 * Verified against: nothing captured. The fixtures (test/fixtures/ga4/, en, de and ko, March
 * 2026) are RECONSTRUCTED from public evidence: the hash route `#/p<id>/reports/intelligenthome`,
 * `_u.date00/_u.date01`, `_u.dateOption`, `_u..comparisons` (with the system "All Users"
 * comparison, type 8), `_r..dataFilters` and `_r.explorerCard..filterTerm` (GA4 deep links in
 * public repositories, 2022–2026), and `.primary-date-range-text` holding "Mar 17 - Apr 13,
 * 2025" (several GA4 extensions query it). No public source showed the scorecard markup, hence
 * label-anchored reading and a per-language label table (en, ko, de; no stable markup hook is
 * known). Numbers: GA4 abbreviates with the locale's compact notation ("12K", "1.2만"), which
 * rounds, so ± half a step. Comparison markup was never seen, so a page with several
 * comparisons or a date comparison reads nothing. Confidence: labels and URL high, card markup low.
 */
