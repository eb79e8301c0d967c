/**
 * What a Plausible dashboard's figures cover beyond the site: its filters (and segments), from
 * the URL, in each format Plausible has used (issue 15, items 3 and 8). Plausible keeps filters
 * only in the URL, never in the page's storage, so the URL is the whole truth here.
 *
 * - v3 (Cloud, CE 3.x; util/url-search-params.ts): one `f=op,dimension,clause,…` per filter,
 *   each part URI-encoded except `:` and `/`; labels for codes as `l=code,label`.
 * - v2 (CE 2.1; url-search-params-v2.ts): `filters=((op,dimension,(clause,…)),…)` in JsonURL,
 *   labels as `labels=(code:label,…)`.
 * - v1 (older links, still redirected by both; url-search-params-v1.ts): `page=/a|/b`,
 *   `country=!DE`, `source=~goo`, `props={"author":"Jane"}`, labels in `country_labels=`.
 *
 * The same filter in any of these formats, in any order, gives the same view id.
 */
import { viewIdOf, type FigureView } from '../view';

export interface PlausibleFilter {
  op: string;
  dimension: string;
  clauses: string[];
}

export interface UrlFilters {
  filters: PlausibleFilter[];
  /** Display labels of clause codes (`US` → `United States`). */
  labels: Record<string, string>;
  /** A `filters=` value that could not be read: still a filter, never the whole site. */
  unreadable?: string;
}

const MAX_FILTERS = 30;

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Raw `key=value` pairs of the query string, undecoded: `f` values split on raw commas. */
function rawParams(url: URL): [string, string][] {
  return url.search
    .replace(/^\?/, '')
    .split('&')
    .filter(Boolean)
    .map((p) => {
      const i = p.indexOf('=');
      return i < 0 ? [p, ''] : [p.slice(0, i), p.slice(i + 1)];
    });
}

function fromCurrent(url: URL): UrlFilters | null {
  const params = rawParams(url);
  if (!params.some(([k, v]) => k === 'f' && v)) return null;
  const out: UrlFilters = { filters: [], labels: {} };
  for (const [k, v] of params) {
    const parts = v.split(',').map(decode);
    if (k === 'f' && parts.length >= 3) {
      const [op, dimension, ...clauses] = parts;
      if (clauses.some(Boolean)) out.filters.push({ op: op!, dimension: dimension!, clauses });
    } else if (k === 'l' && parts.length === 2 && parts[0] && parts[1]) {
      out.labels[parts[0]] = parts[1];
    }
  }
  return out;
}

type Json = string | Json[] | { [k: string]: Json };

/**
 * A JsonURL value (the subset Plausible writes: arrays, objects, strings). Atoms stay strings;
 * `+` is a space and %XX escapes are decoded, as @jsonurl/jsonurl does. Null when malformed.
 */
export function parseJsonUrl(text: string): Json | null {
  let i = 0;
  const atom = (): string | null => {
    if (text[i] === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) return null;
      const s = text.slice(i + 1, end);
      i = end + 1;
      return decode(s.replace(/\+/g, ' '));
    }
    const start = i;
    while (i < text.length && !'(),:'.includes(text[i]!)) i++;
    return decode(text.slice(start, i).replace(/\+/g, ' '));
  };
  const value = (depth: number): Json | null => {
    if (depth > 6) return null;
    if (text[i] !== '(') return atom();
    i++;
    if (text[i] === ')') {
      i++;
      return [];
    }
    const first = value(depth + 1);
    if (first === null) return null;
    if (text[i] === ':' && typeof first === 'string') {
      const obj: Record<string, Json> = {};
      let key: string | null = first;
      for (;;) {
        if (text[i++] !== ':' || key === null) return null;
        const v = value(depth + 1);
        if (v === null) return null;
        obj[key] = v;
        if (text[i] === ')') break;
        if (text[i++] !== ',') return null;
        key = atom();
      }
      i++;
      return obj;
    }
    const arr: Json[] = [first];
    while (text[i] === ',') {
      i++;
      const v = value(depth + 1);
      if (v === null) return null;
      arr.push(v);
    }
    if (text[i++] !== ')') return null;
    return arr;
  };
  const out = value(0);
  return out !== null && i === text.length ? out : null;
}

function fromJsonUrl(url: URL): UrlFilters | null {
  const raw = url.searchParams.get('filters');
  if (!raw) return null;
  const out: UrlFilters = { filters: [], labels: {} };
  const parsed = parseJsonUrl(raw);
  if (!Array.isArray(parsed)) return { ...out, unreadable: raw };
  for (const f of parsed) {
    if (!Array.isArray(f) || f.length !== 3) return { ...out, unreadable: raw };
    const [op, dimension, clauses] = f;
    if (typeof op !== 'string' || typeof dimension !== 'string' || !Array.isArray(clauses))
      continue;
    const texts = clauses.filter((c): c is string => typeof c === 'string');
    if (texts.length) out.filters.push({ op, dimension, clauses: texts });
  }
  const labels = parseJsonUrl(url.searchParams.get('labels') ?? '');
  if (labels && typeof labels === 'object' && !Array.isArray(labels)) {
    for (const [k, v] of Object.entries(labels)) if (typeof v === 'string') out.labels[k] = v;
  }
  return out;
}

// v1 parameter → its labels parameter (null: none).
const LEGACY: Record<string, string | null> = {
  goal: null,
  source: null,
  utm_medium: null,
  utm_source: null,
  utm_campaign: null,
  utm_content: null,
  utm_term: null,
  referrer: null,
  screen: null,
  browser: null,
  browser_version: null,
  os: null,
  os_version: null,
  country: 'country_labels',
  region: 'region_labels',
  city: 'city_labels',
  page: null,
  hostname: null,
  entry_page: null,
  exit_page: null,
};

function legacyFilter(dimension: string, raw: string): PlausibleFilter {
  const op = raw[0] === '!' ? 'is_not' : raw[0] === '~' ? 'contains' : 'is';
  const value = op === 'is' ? raw : raw.slice(1);
  // `|` separates clauses; `\|` is a literal pipe.
  const clauses = value
    .split(/(?<!\\)\|/)
    .filter(Boolean)
    .map((c) => c.replace(/\\\|/g, '|'));
  return { op, dimension, clauses };
}

function fromLegacy(url: URL): UrlFilters {
  const p = url.searchParams;
  const out: UrlFilters = { filters: [], labels: {} };
  for (const [key, labelsKey] of Object.entries(LEGACY)) {
    const raw = p.get(key);
    if (!raw) continue;
    const f = legacyFilter(key, raw);
    if (!f.clauses.length) continue;
    out.filters.push(f);
    const names = labelsKey ? (p.get(labelsKey) ?? '').split('|').filter(Boolean) : [];
    f.clauses.forEach((c, i) => {
      if (names[i]) out.labels[c] = names[i]!;
    });
  }
  const props = p.get('props');
  if (props) {
    try {
      const obj: unknown = JSON.parse(props);
      if (obj && typeof obj === 'object') {
        for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
          if (typeof v === 'string') out.filters.push(legacyFilter(`props:${k}`, v));
        }
      }
    } catch {
      // Not JSON: Plausible ignores it too.
    }
  }
  return out;
}

/** The dashboard's filters from its URL, in whichever format it uses (current first, as Plausible reads them). */
export function plausibleFiltersFromUrl(url: URL): UrlFilters {
  const found = fromCurrent(url) ?? fromJsonUrl(url) ?? fromLegacy(url);
  found.filters = found.filters.slice(0, MAX_FILTERS);
  return found;
}

const OP_WORDS: Record<string, string> = {
  is: 'is',
  is_not: 'is not',
  contains: 'contains',
  contains_not: 'does not contain',
  matches: 'matches',
  matches_not: 'does not match',
  matches_wildcard: 'matches',
  matches_wildcard_not: 'does not match',
  has_done: 'has done',
  has_not_done: 'has not done',
};

/** No spaces and no separators inside a value of the view id (view.ts). */
const idValue = (s: string) => s.replace(/[%&|\s]/g, (c) => encodeURIComponent(c));

/** `event:page` and `page` are the same dimension (v2 links sometimes carry the prefix). */
const canonicalDimension = (d: string) => d.trim().replace(/^(?:event|visit):/, '');

const MAX_ID = 160;
const MAX_LABEL = 150;
const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);

export interface ViewExtras {
  /** Realtime figures (last 30 minutes, current visitors) are never the period's. */
  realtime?: boolean;
  /** `with_imported=false`: imported data left out, so a different number. */
  withoutImported?: boolean;
  /** Segment names by id (the dashboard root's `data-segments`), for the label only. */
  segmentNames?: Record<string, string>;
}

/** The view (view.ts) of a filtered, segmented or realtime dashboard; null for the whole site. */
export function plausibleView(found: UrlFilters, extras: ViewExtras = {}): FigureView | null {
  const parts: [string, string][] = [];
  const labels: string[] = [];
  for (const f of found.filters) {
    const dimension = canonicalDimension(f.dimension);
    const op = f.op.trim().toLowerCase();
    if (!dimension || !op) continue;
    const clauses = [...new Set(f.clauses.filter(Boolean))];
    if (!clauses.length) continue;
    parts.push([
      op === 'is' ? dimension : `${dimension}:${op}`,
      clauses.map(idValue).sort().join('|'),
    ]);
    const words = OP_WORDS[op] ?? op.replace(/_/g, ' ');
    const name = dimension.startsWith('props:')
      ? dimension.slice('props:'.length)
      : dimension.replace(/_/g, ' ');
    const names = dimension === 'segment' ? (extras.segmentNames ?? {}) : {};
    const shown = clauses.map((c) => names[c] ?? found.labels[c] ?? c).join(' or ');
    labels.push(`${name} ${words} ${shown}`);
  }
  if (found.unreadable) {
    parts.push(['filters', idValue(found.unreadable)]);
    labels.push(`filtered (${found.unreadable})`);
  }
  if (extras.withoutImported) {
    parts.push(['imported', 'excluded']);
    labels.push('without imported data');
  }
  const ids = [viewIdOf(parts)].filter(Boolean);
  if (extras.realtime) {
    ids.unshift('realtime');
    labels.unshift('realtime');
  }
  if (!ids.length) return null;
  return { id: cut(ids.join('&'), MAX_ID), label: cut(labels.join(', '), MAX_LABEL) };
}
