/**
 * Readings stored by the Umami reader before issue 15, mapped to what the current reader would
 * have stored for the same page. The old reader
 * - keyed a card by its English label, else by a slug of the label in the UI language
 *   (`besucher`, `durchschn_besuchszeit`, `방문자`);
 * - stored filtered and realtime figures under the site's metrics;
 * - read every page under /websites/<id>, also the events and sessions pages' own figures;
 * - counted "Last N days/months" one unit short on Umami 3.x and took custom ranges' days in UTC.
 *
 * The stored `url` (with its query) and `observedAt` are enough to redo each of these, except the
 * period of a page whose URL had no `date=` (Umami 2.x, or 3.x showing a remembered range): the
 * old period came from the picker text with a rule that is right for one version and wrong for the
 * other, so it becomes null. Pure; the lead's IndexedDB migration calls it for every reading.
 */
import { umamiRangeFromUrl } from '../../parse/umami-date';
import { slugify } from '../dom';
import { UMAMI_LABELS } from './umami-labels';
import { UMAMI_REALTIME, umamiViewOf } from '../umami-view';
import { VIEW_SEPARATOR, viewKey, type FigureView } from '../view';

export interface LegacyUmamiReading {
  metric: { source: string; scope: string; key: string };
  period: { start: string; end: string } | null;
  observedAt: string;
  url?: string;
}

const OVERVIEW = ['visitors', 'visits', 'views', 'bounce_rate', 'visit_duration'];
const REALTIME = ['views', 'visitors', 'events', 'countries'];
// 3.x share pages name the page after the slug (`/share/<slug>/events`); 2.x put the site's name
// there, which is the overview.
const SHARE_PAGES_V3 =
  /^(?:events|sessions|compare|breakdown|goals|funnels|journeys|retention|utm|revenue|attribution|performance)$/;

/** Old key → canonical key: the old English table, and every slug of Umami's own labels. */
const OLD_KEYS: ReadonlyMap<string, string | null> = (() => {
  const map = new Map<string, string | null>([
    ['pageviews', 'views'],
    ['average_visit_time', 'visit_duration'],
  ]);
  for (const [key, labels] of Object.entries(UMAMI_LABELS)) {
    for (const slug of [key, ...labels.map(slugify)]) {
      const had = map.get(slug);
      map.set(slug, had === undefined || had === key ? key : null); // null: two metrics' word
    }
  }
  return map;
})();

/**
 * A goal's or tracker's stored Umami key in canonical form (`besucher` → `visitors`), for records
 * that carry no URL. Keys with a view (`visitors~…`) are already canonical. Null for a word two
 * metrics share, or one Umami never used: such a goal needs the user to pick its metric again.
 */
export function canonicalUmamiKey(key: string): string | null {
  if (key.includes(VIEW_SEPARATOR)) return key;
  return OLD_KEYS.get(key) ?? null;
}

type Page = 'overview' | 'realtime' | null;

function pageOf(url: URL): Page {
  const site = /\/websites\/[0-9a-f-]{36}(?:\/([^/]*))?/i.exec(url.pathname);
  if (site) return !site[1] ? 'overview' : site[1] === 'realtime' ? 'realtime' : null;
  const share = /\/share\/[A-Za-z0-9_-]+(?:\/([^/]*))?(?:\/([^/]*))?/.exec(url.pathname);
  if (!share) return null;
  const page = share[1]?.includes('.') ? share[2] : share[1];
  if (page === 'realtime') return 'realtime';
  return page && SHARE_PAGES_V3.test(page) ? null : 'overview';
}

/** 3.x when the URL has its `date=` or a 3.x operator prefix; 2.x for its own parameters. */
function versionOf(url: URL): 2 | 3 {
  if (url.searchParams.has('date')) return 3;
  for (const [name, value] of url.searchParams) {
    if (/^(?:eq|neq|c|dnc|re|nre|s|ns|gt|lt|gte|lte|bf|af)\./.test(value)) return 3;
    if (name === 'url' || name === 'host' || /^[!~]/.test(value)) return 2;
  }
  return 3; // plain values mean the same filter in both versions
}

/**
 * The reading as the current reader would key and date it, or null when that cannot be known
 * (no URL, a word two metrics share, a page the reader no longer reads): such a reading must not
 * be used for a verdict. Readings of other sources, and ones already migrated, come back as is.
 */
export function migrateUmamiReading<R extends LegacyUmamiReading>(
  reading: R,
  timeZone?: string,
): R | null {
  if (reading.metric.source !== 'umami' || reading.metric.key.includes(VIEW_SEPARATOR)) {
    return reading;
  }
  let url: URL;
  try {
    url = new URL(reading.url ?? '');
  } catch {
    return null;
  }
  const page = pageOf(url);
  const key = OLD_KEYS.get(reading.metric.key);
  if (!page || !key || !(page === 'realtime' ? REALTIME : OVERVIEW).includes(key)) return null;
  const view: FigureView | null =
    page === 'realtime' ? UMAMI_REALTIME : umamiViewOf(url, versionOf(url));
  const now = new Date(reading.observedAt);
  const period = page === 'realtime' ? null : umamiRangeFromUrl(url, now, { timeZone });
  return { ...reading, metric: { ...reading.metric, key: viewKey(key, view) }, period };
}
