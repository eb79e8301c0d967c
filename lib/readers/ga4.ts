/**
 * Google Analytics 4 (analytics.google.com): the scorecards on Home and on report pages.
 *
 * GA4 is an Angular app whose class names change between releases, so figures are read
 * label-anchored: find the metric's label text, then take the first figure that follows it inside
 * the same card, skipping percent-change chips, icons and anything hidden. Property id and date
 * range come from the URL hash, which GA4 keeps in sync with the page.
 */
import { ga4RangeFromUrl, parseDateRangeText } from '../parse';
import type { DateRange } from '../parse/types';
import { docLocale, textOf } from './dom';
import {
  NOT_A_LABEL,
  NOT_SHOWN,
  isUnseen,
  readLabelled,
  textNodes,
  type CardLayout,
  type LabelledMetric,
} from './labelled';
import type { Reader } from './types';

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

const keyOf = (english: string) => english.toLowerCase().replace(/[^a-z0-9]+/g, '_');

const LABELS = new Map<string, LabelledMetric>();
for (const [label, unit] of Object.entries(EN))
  LABELS.set(label.toLowerCase(), { key: keyOf(label), unit });
for (const [label, en] of Object.entries(KO)) LABELS.set(label, { key: keyOf(en), unit: EN[en]! });

const CARDS: CardLayout = {
  labels: LABELS,
  notALabel: NOT_A_LABEL,
  notShown: `${NOT_SHOWN}, .cdk-visually-hidden`,
  // Wrappers of comparison chips and chart furniture between a label and its value.
  comparisonClass: /(chang|delta|trend|compar|chip|badge|previous|diff|legend|tooltip|axis)/i,
  comparisonText: /\b(vs\.?|previous|preceding|prior|compared)\b|이전|대비/i,
};

function period(doc: Document, url: URL, now: Date): DateRange | null {
  const fromUrl = ga4RangeFromUrl(url, now);
  if (fromUrl) return fromUrl;
  const locale = docLocale(doc);
  const shown = [...doc.querySelectorAll(DATE_RANGE_TEXT)].find(
    (e) => !isUnseen(e, CARDS.notShown),
  );
  // GA4's presets ("Last 28 days") end yesterday; the visible text is usually explicit anyway.
  return shown ? parseDateRangeText(textOf(shown), now, locale, { includeToday: false }) : null;
}

export const reader: Reader = {
  id: 'ga4',
  matches: ['https://analytics.google.com/*'],
  detect(_doc, url) {
    return url.hostname === 'analytics.google.com' && PROPERTY_IN_HASH.test(url.hash);
  },
  read(doc, url, now) {
    try {
      const scope = PROPERTY_IN_HASH.exec(url.hash)?.[1];
      if (!scope || !doc.body) return null;
      const figures = readLabelled(textNodes(doc.body), CARDS, docLocale(doc));
      return figures.length
        ? { source: 'ga4', scope, period: period(doc, url, now), figures }
        : null;
    } catch {
      return null; // a GA4 release we do not understand yet reads as "nothing", never as an error
    }
  },
};

/*
 * Verified against: nothing captured. The fixtures (test/fixtures/ga4/, en and ko, March 2026)
 * are RECONSTRUCTED from public evidence: the hash route `#/p<id>/reports/intelligenthome` and
 * `_u.date00/_u.date01` params (links in public repos, a GA4 date-navigator extension), and
 * `.primary-date-range-text` holding "Mar 17 - Apr 13, 2025" (several GA4 extensions query it).
 * No public source showed the scorecard markup, hence label-anchored reading; confidence in the
 * exact card markup is low, in the labels and URL shape high. Re-check against a saved page.
 */
