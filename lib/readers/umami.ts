/**
 * Umami 3.x and 2.x (self-hosted and Umami Cloud): the metric cards above the main chart.
 *
 * Each card is label, value, change badge. The value element carries the exact number in its
 * `title` (Umami renders the display through a count-up animation, so the text is only final
 * once the animation ends): the title wins. The badge also has a `title` (the absolute change)
 * and an arrow svg: it is never the value. Keys come from Umami's own translations of the card
 * labels (umami-labels.ts), so they are the same in every UI language; the label stays the page's.
 */
import { umamiDateRange, umamiRangeFromUrl, parseDateRangeText } from '../parse';
import type { DateRange } from '../parse/types';
import { docLocale, fnv1a, isHidden, textOf } from './dom';
import type { PageFigure, PageRead, Reader } from './types';
import { umamiBreakdowns } from './umami-breakdowns';
import { umamiDisplayFigure, umamiShows, type UmamiKind } from './umami-format';
import { UMAMI_LABEL_HASHES } from './umami-labels';
import { UMAMI_REALTIME, umamiViewOf } from './umami-view';
import { viewKey, viewLabel } from './view';

// Umami 3.x: the big number of a metric card (`<span class="text-4xl …"><div title="16180">16.2k`).
const VALUE_V3 = '[class~="text-4xl"] > div';
// Umami 2.x: CSS-module class of the card value (`MetricCard_value__hash`).
const VALUE_V2 = '[class*="MetricCard_value"]';
// Umami 2.x compare mode: the previous period's value, a second `MetricCard_value` in the card.
const PREV_V2 = '[class*="MetricCard_prev"]';
// Umami 2.x: the card's label.
const LABEL_V2 = '[class*="MetricCard_label"]';
// Umami 3.x: the visible text of a react-aria select ("Last 30 days").
const SELECT_VALUE = '.react-aria-SelectValue';
// Umami 3.x: react-aria's hidden native select beside it, options in the page's language.
const HIDDEN_SELECT = '[data-testid="hidden-select-container"] select';
// Umami 2.x: the date filter dropdown (react-basics) and its hidden input holding the value.
const DATE_FIELD_V2 = '[class*="DateFilter_dropdown"]';
const DROPDOWN_TEXT_V2 = '[class*="Dropdown_value"]';
// Umami's own marks on its pages: logo link on share pages, telemetry pixel, page title.
const BRAND = 'a[href^="https://umami.is"], img[src*="umami.is/"]';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const WEBSITE_PATH = new RegExp(`/websites/(${UUID})(?:/([^/]*))?`, 'i');
const SHARE_PATH = /\/share\/([A-Za-z0-9_-]+)(?:\/([^/]*))?(?:\/([^/]*))?/;
// What Umami's date values look like ("7day", "0month", "range:…", "all").
const DATE_VALUE = /^(?:-?\d+(?:hour|day|week|month|year)|range:.+|all)$/;

const KINDS: Record<string, UmamiKind> = { bounce_rate: 'percent', visit_duration: 'duration' };
// The cards' fixed order (WebsiteMetricsBar, RealtimeHeader): settles a label that is the same
// word for two metrics in one language, and limits each page to the metrics it shows.
const OVERVIEW_V3 = ['visitors', 'visits', 'views', 'bounce_rate', 'visit_duration'];
const OVERVIEW_V2 = ['views', 'visits', 'visitors', 'bounce_rate', 'visit_duration'];
const REALTIME = ['views', 'visitors', 'events', 'countries'];

type Version = 2 | 3;
type Kind = 'overview' | 'realtime';

function scopeOf(url: URL): string | null {
  return WEBSITE_PATH.exec(url.pathname)?.[1] ?? SHARE_PATH.exec(url.pathname)?.[1] ?? null;
}

/** Overview, realtime, or another page (events, sessions, compare, reports): not read. */
function pageKind(url: URL, version: Version): Kind | null {
  const site = WEBSITE_PATH.exec(url.pathname);
  let page: string | undefined;
  if (site) page = site[2];
  else {
    const share = SHARE_PATH.exec(url.pathname);
    if (!share) return null;
    if (version === 2) return 'overview'; // 2.x: /share/<id>/<site name>, always the overview
    page = share[2]?.includes('.') ? share[3] : share[2]; // 3.x: /share/<slug>[/<domain>]/<page>
  }
  if (!page || page === 'overview') return 'overview';
  return page === 'realtime' ? 'realtime' : null;
}

export function detect(doc: Document, url: URL): boolean {
  if (url.hostname === 'cloud.umami.is') return true;
  if (!scopeOf(url)) return false;
  return /\bumami\b/i.test(doc.title) || !!doc.querySelector(`${BRAND}, ${VALUE_V2}`);
}

function versionOf(doc: Document): Version | null {
  if (doc.querySelector(VALUE_V3)) return 3;
  if (doc.querySelector(VALUE_V2)) return 2;
  return null;
}

/** The card label: the 2.x label element, else the first text-only span before the value. */
function labelFor(valueEl: Element): string {
  let card: Element | null = valueEl.parentElement;
  for (let i = 0; card && i < 4; i++, card = card.parentElement) {
    const v2 = card.querySelector(LABEL_V2);
    if (v2) return textOf(v2);
    for (const span of Array.from(card.querySelectorAll('span'))) {
      if (span.contains(valueEl)) break;
      const t = textOf(span);
      if (t && !/\d/.test(t)) return t;
    }
  }
  return '';
}

/** The hash a card label is known by in umami-labels.ts. */
export function umamiLabelHash(label: string): string {
  return fnv1a(label.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase());
}

/** The metric a card label names, among those the page shows; `index` settles shared words. */
function keyFor(label: string, order: readonly string[], index: number): string | null {
  const hash = umamiLabelHash(label);
  const hits = order.filter((k) => UMAMI_LABEL_HASHES[k]?.split(' ').includes(hash));
  if (hits.length === 1) return hits[0]!;
  return hits.length > 1 && hits.includes(order[index]!) ? order[index]! : null;
}

/** The card a table's metric column measures: one of `keys`, or null when its label is unsure. */
function columnKey(label: string, keys: ReadonlySet<string>): string | null {
  const hash = umamiLabelHash(label);
  const hits = [...keys].filter((k) => UMAMI_LABEL_HASHES[k]?.split(' ').includes(hash));
  return hits.length === 1 ? hits[0]! : null;
}

function figureOf(key: string, label: string, el: Element): PageFigure | null {
  const kind = KINDS[key] ?? 'count';
  const text = textOf(el);
  const title = el.getAttribute('title')?.trim() ?? '';
  const unit = kind === 'count' ? 'count' : kind;
  if (/^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i.test(title) && Number.isFinite(Number(title))) {
    const value = Number(title);
    // Mid-animation the text is an intermediate number: then report the exact one as text.
    return {
      key,
      label,
      value,
      unit,
      precision: 0,
      text: umamiShows(text, kind, value) ? text : title,
    };
  }
  const shown = umamiDisplayFigure(text, kind);
  return shown ? { key, label, value: shown.value, unit, precision: shown.precision, text } : null;
}

function cards(doc: Document, version: Version): Element[] {
  const all = Array.from(doc.querySelectorAll(version === 3 ? VALUE_V3 : VALUE_V2));
  return all.filter((el) => !isHidden(el) && !el.querySelector('svg') && !el.matches(PREV_V2));
}

function read(doc: Document, url: URL, now: Date): PageRead | null {
  return readUmami(doc, url, now);
}

/** `read` with the browser zone made explicit (tests); by default the runtime's own. */
export function readUmami(doc: Document, url: URL, now: Date, timeZone?: string): PageRead | null {
  const version = versionOf(doc);
  const kind = version && pageKind(url, version);
  if (!version || !kind) return null;
  const order = kind === 'realtime' ? REALTIME : version === 3 ? OVERVIEW_V3 : OVERVIEW_V2;
  const view = kind === 'realtime' ? UMAMI_REALTIME : umamiViewOf(url, version);
  const figures: PageFigure[] = [];
  const seen = new Set<string>(); // the cards read, by key
  cards(doc, version).forEach((el, index) => {
    const label = labelFor(el);
    const key = label ? keyFor(label, order, index) : null;
    if (!key || seen.has(key)) return;
    const fig = figureOf(key, label, el);
    if (!fig) return;
    seen.add(key);
    figures.push({ ...fig, key: viewKey(key, view), label: viewLabel(label, view) });
  });
  if (figures.length === 0) return null;
  const period = kind === 'realtime' ? null : periodOf(doc, url, now, version, timeZone);
  const out: PageRead = { source: 'umami', scope: scopeOf(url) ?? url.hostname, period, figures };
  if (view) out.view = view;
  // The overview's tables; realtime has no period to compare them over.
  const breakdowns =
    kind === 'overview' ? umamiBreakdowns(doc, url, version, (l) => columnKey(l, seen)) : [];
  if (breakdowns.length > 0) out.breakdowns = breakdowns;
  return out;
}

function periodOf(
  doc: Document,
  url: URL,
  now: Date,
  version: Version,
  timeZone?: string,
): DateRange | null {
  const locale = docLocale(doc);
  if (version === 3) {
    const fromUrl = umamiRangeFromUrl(url, now, { timeZone, locale });
    if (fromUrl || url.searchParams.has('date')) return fromUrl;
    // No date in the URL: Umami uses the last range chosen (kept in its storage) or its default.
    // The select shows its label; the hidden native select maps that label to the value.
    const offset = Number(url.searchParams.get('offset') ?? 0);
    const { value, shown } = selectedDate(doc);
    if (value) return umamiDateRange(value, now, { version, timeZone, locale }, offset);
    // A shifted or custom range shows its first and last day (`DateDisplay`, with the year).
    return /\d{4}/.test(shown) ? parseDateRangeText(shown, now, locale) : null;
  }
  // 2.x keeps the range out of the URL, in the date filter's hidden input.
  const field = doc.querySelector(DATE_FIELD_V2);
  const input = field?.querySelector('input[type="hidden"]') as HTMLInputElement | null;
  const value = input ? input.value || input.getAttribute('value') || '' : '';
  if (!DATE_VALUE.test(value)) return null;
  const shown = textOf(field?.querySelector(DROPDOWN_TEXT_V2));
  // The arrows beside the picker shift a preset without changing the value; the text then shows
  // dates (always with a year, which no preset label has). Only a day or week range is shown in
  // full; a shifted month or year shows just its first month or year: unknown.
  if (!value.startsWith('range:') && /\d{4}/.test(shown)) {
    return /(?:day|week)$/.test(value) ? parseDateRangeText(shown, now, locale) : null;
  }
  return umamiDateRange(value, now, { version, timeZone, locale });
}

/** 3.x: the date select's text, and the value whose option label it is (when it is one). */
function selectedDate(doc: Document): { value: string | null; shown: string } {
  for (const select of Array.from(doc.querySelectorAll(HIDDEN_SELECT))) {
    const options = Array.from(select.querySelectorAll('option'));
    if (!options.some((o) => DATE_VALUE.test(o.getAttribute('value') ?? ''))) continue;
    const shown = textOf(
      select.closest('[data-testid]')?.parentElement?.querySelector(SELECT_VALUE),
    );
    const value = options.find((o) => textOf(o) === shown)?.getAttribute('value') ?? '';
    return { value: DATE_VALUE.test(value) ? value : null, shown };
  }
  return { value: null, shown: '' };
}

export const reader: Reader = {
  id: 'umami',
  matches: ['https://cloud.umami.is/*'],
  script: 'umami',
  sites: 1,
  detect,
  read,
};

/*
 * Verified against:
 * - Umami 3.1.0 self-hosted, English, rendered in headless Chromium (test/fixtures/umami: the
 *   signed-in overview and a public share page caught mid-animation), and Umami's source at tag
 *   v3.1.0 (c78ff36db0c8): `src/lib/format.ts` (formatLongNumber,
 *   formatShortTime), `src/lib/date.ts` (parseDateRange, getOffsetDateRange),
 *   `src/components/input/DateFilter.tsx`, `WebsiteDateFilter.tsx`, `useDateRange.ts`,
 *   `useFilterParameters.ts`, `src/lib/constants.ts` (FILTER_COLUMNS, OPERATORS), `MetricCard.tsx`.
 * - Umami 2.19.0 (60eaaaff60a3) from its source only (no capture): `MetricCard.tsx` (CSS-module classes, the
 *   compare mode's second value), `DateFilter.tsx` with react-basics' Dropdown (hidden input),
 *   `src/lib/date.ts`, `useFilterParams.ts`, `src/lib/params.ts`.
 * - Labels: `public/intl/messages/*.json` at v2.0.0 … v3.1.0 (see umami-labels.ts).
 */
