/**
 * What an Umami page's figures cover beyond the site: its URL filters (issue 15, item 3).
 *
 * Umami 3.x (`useFilterParameters`, `FILTER_COLUMNS` and `parseFilterValue` at v3.1.0): a filter
 * is a query parameter named after a column, optionally numbered for a second filter on the same
 * column (`browser1`), its value `<op>.<value>` (`eq.` by default; `eq`/`neq` take a comma list);
 * plus `segment`, `cohort`, `excludeBounce`, and `match=any` (OR instead of AND).
 * Umami 2.x (`useFilterParams`, `parseParameterValue` at v2.19.0): `url`, `referrer`, `title`,
 * `query`, `host`, `os`, `browser`, `device`, `country`, `region`, `city`, `event`, `tag`,
 * `segment`, `cohort`, the value prefixed `!` (not), `~` (contains) or `!~` (does not contain).
 *
 * Both give the same canonical id for the same filter: 2.x `url` is 3.x `path`, `host` is
 * `hostname`; an equality is `path=/products`, another operator `path:neq=/products`.
 */
import { viewIdOf, type FigureView } from './view';

const V3_COLUMNS = new Set([
  'path',
  'entry',
  'exit',
  'referrer',
  'domain',
  'hostname',
  'distinctId',
  'title',
  'query',
  'os',
  'browser',
  'device',
  'country',
  'region',
  'city',
  'language',
  'event',
  'tag',
  'eventType',
  'utmSource',
  'utmMedium',
  'utmCampaign',
  'utmContent',
  'utmTerm',
]);
const V3_OPS = 'eq|neq|s|ns|c|dnc|re|nre|t|f|gt|lt|gte|lte|bf|af';

const V2_COLUMNS: Record<string, string> = {
  url: 'path',
  referrer: 'referrer',
  title: 'title',
  query: 'query',
  host: 'hostname',
  os: 'os',
  browser: 'browser',
  device: 'device',
  country: 'country',
  region: 'region',
  city: 'city',
  event: 'event',
  tag: 'tag',
};
const V2_PREFIX: Record<string, string> = { '': 'eq', '!': 'neq', '~': 'c', '!~': 'dnc' };

const OP_WORDS: Record<string, string> = {
  eq: 'is',
  neq: 'is not',
  s: 'is set',
  ns: 'is not set',
  c: 'contains',
  dnc: 'does not contain',
  re: 'matches',
  nre: 'does not match',
  t: 'is true',
  f: 'is false',
  gt: '>',
  lt: '<',
  gte: '≥',
  lte: '≤',
  bf: 'before',
  af: 'after',
};

interface Filter {
  column: string;
  op: string;
  value: string;
}

function v3Filter(name: string, raw: string): Filter | null {
  const column = name.replace(/\d+$/, '');
  if (!V3_COLUMNS.has(column)) return null;
  const m = new RegExp(`^(${V3_OPS})\\.(.*)$`, 's').exec(raw);
  const op = m?.[1] ?? 'eq';
  let value = m ? m[2]! : raw;
  // A list of equal values is a set: the same filter in any order is the same view.
  if (op === 'eq' || op === 'neq') value = value.split(',').sort().join(',');
  return { column, op, value };
}

function v2Filter(name: string, raw: string): Filter | null {
  const column = V2_COLUMNS[name];
  if (!column) return null;
  const [, prefix = '', value = ''] = /^(!~|!|~)?(.*)$/s.exec(raw) ?? [];
  return { column, op: V2_PREFIX[prefix]!, value };
}

/** The view an Umami URL selects, or null when it shows the whole site. */
export function umamiViewOf(url: URL, version: 2 | 3): FigureView | null {
  const filters: Filter[] = [];
  const extra: [string, string, string][] = []; // id key, id value, label
  for (const [name, raw] of url.searchParams) {
    if (raw === '') continue; // Umami drops empty parameters
    const f = version === 3 ? v3Filter(name, raw) : v2Filter(name, raw);
    if (f) filters.push(f);
    else if (name === 'segment' || name === 'cohort') extra.push([name, raw, `${name} ${raw}`]);
    else if (version === 3 && name === 'excludeBounce' && raw === 'true') {
      extra.push(['excludeBounce', 'true', 'bounces excluded']);
    }
  }
  if (version === 3 && filters.length > 1 && url.searchParams.get('match') === 'any') {
    extra.push(['match', 'any', 'any filter matches']);
  }
  if (filters.length === 0 && extra.length === 0) return null;
  const parts: [string, string][] = filters.map((f) => [
    f.op === 'eq' ? f.column : `${f.column}:${f.op}`,
    f.value,
  ]);
  const labels = filters
    .map(
      (f) => `${f.column} ${OP_WORDS[f.op]}${f.op === 's' || f.op === 'ns' ? '' : ` ${f.value}`}`,
    )
    .sort();
  for (const [k, v, label] of extra) {
    parts.push([k, v]);
    labels.push(label);
  }
  return { id: viewIdOf(parts), label: labels.join(', ') };
}

/** Realtime figures (the last 30 minutes) are their own metrics, never the site's totals. */
export const UMAMI_REALTIME: FigureView = { id: 'realtime', label: 'realtime' };
