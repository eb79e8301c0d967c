/**
 * What a GA4 report's figures cover (issue 15, item 3), from the `params=` part of the hash route,
 * which GA4 keeps in sync with the page:
 * - `_u..comparisons=[{name, isEnabled, filters:[{fieldName, expression|expressionList}]}]`:
 *   with comparisons on, every scorecard shows one value per comparison. The system "All Users"
 *   comparison (`systemDefinedSavedComparisonType: 8`, no filters) alone is the property itself;
 *   one other comparison alone is a view; several at once are 'ambiguous' (which value belongs to
 *   which comparison is only in markup we have not seen), and the reader then reads nothing.
 * - `_r..dataFilters=[{fieldName, evaluationType, expressionList, complement}]`: a report filter.
 * - `_r..dimension-value={"dimension","value"}`: a dashboard narrowed to one dimension value.
 * - `_r.explorerCard..filterTerm`: the table's search box, which also narrows the totals.
 * - the `/realtime/` route: the last 30 minutes, never a period total.
 * - a date comparison (`_u.comparisonOption` other than `disabled`, or `_u.date10`): each card
 *   then shows this period's and the other period's value, in markup we have not seen:
 *   'ambiguous', so that the other period's value is never read as this one's.
 * Public evidence: GA4 deep links in public repositories (2022–2026), see ga4.ts.
 */
import { viewIdOf, type FigureView } from './view';

interface Ga4Filter {
  fieldName?: unknown;
  expression?: unknown;
  expressionList?: unknown;
  evaluationType?: unknown;
  complement?: unknown;
}
interface Comparison {
  name?: unknown;
  isEnabled?: unknown;
  filters?: unknown;
  systemDefinedSavedComparisonType?: unknown;
}

/** `_u..nav=maui&_u..comparisons=[…]`: the hash's `params`, decoded once, as name → value. */
export function ga4Params(url: URL): Map<string, string> {
  const out = new Map<string, string>();
  const query = url.hash.indexOf('?');
  if (query < 0) return out;
  const params = new URLSearchParams(url.hash.slice(query + 1)).get('params') ?? '';
  for (const pair of params.split('&')) {
    const eq = pair.indexOf('=');
    if (eq > 0) out.set(pair.slice(0, eq), pair.slice(eq + 1));
  }
  return out;
}

const json = (text: string | undefined): unknown => {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return null; // present but unreadable: still narrows the figures
  }
};
const decoded = (v: unknown) => {
  const s = String(v ?? '');
  try {
    return decodeURIComponent(s); // paths arrive encoded once more ("%2Fblog%2F")
  } catch {
    return s;
  }
};

/** `pagePath=op3:/blog/` for the id, `pagePath /blog/` for people. */
function filterParts(filters: unknown): [id: [string, string][], words: string[]] {
  const ids: [string, string][] = [];
  const words: string[] = [];
  for (const f of Array.isArray(filters) ? (filters as Ga4Filter[]) : []) {
    const values = Array.isArray(f.expressionList)
      ? f.expressionList.map(decoded)
      : [decoded(f.expression)];
    const op = `${f.complement === true ? 'not' : ''}op${String(f.evaluationType ?? '')}`;
    const field = String(f.fieldName ?? '?');
    ids.push([field, `${op}:${values.join('|')}`]);
    words.push(`${field}${f.complement === true ? ' not' : ''} ${values.join(', ')}`);
  }
  return [ids, words];
}

const isAllUsers = (c: Comparison) =>
  c.systemDefinedSavedComparisonType === 8 && (!Array.isArray(c.filters) || c.filters.length === 0);

/** The view a GA4 URL shows, null for the whole property, or 'ambiguous' (see above). */
export function ga4ViewOf(url: URL): FigureView | null | 'ambiguous' {
  const p = ga4Params(url);
  const dateCompare = p.get('_u.comparisonOption');
  if ((dateCompare && dateCompare !== 'disabled') || p.has('_u.date10')) return 'ambiguous';
  const ids: [string, string][] = [];
  const words: string[] = [];
  if (/^#\/(?:a\d+)?(?:w\d+)?p\d+\/realtime(?:\/|\?|$)/.test(url.hash)) {
    ids.push(['realtime', '30m']);
    words.push('realtime');
  }
  const comparisons = json(p.get('_u..comparisons'));
  if (comparisons !== undefined) {
    if (!Array.isArray(comparisons)) return 'ambiguous';
    const on = (comparisons as Comparison[]).filter((c) => c && c.isEnabled !== false);
    if (on.length > 1) return 'ambiguous';
    const only = on[0];
    if (only && !isAllUsers(only)) {
      const [i, w] = filterParts(only.filters);
      if (!i.length) return 'ambiguous'; // a saved comparison whose filters the URL omits
      ids.push(...i);
      words.push(typeof only.name === 'string' && only.name ? only.name : w.join(' · '));
    }
  }
  const filters = json(p.get('_r..dataFilters'));
  if (filters !== undefined) {
    if (!Array.isArray(filters)) return 'ambiguous';
    const [i, w] = filterParts(filters);
    ids.push(...i);
    words.push(...w);
  }
  const dim = json(p.get('_r..dimension-value')) as { dimension?: unknown; value?: unknown };
  if (dim === null) return 'ambiguous';
  if (dim && dim.dimension) {
    ids.push([String(dim.dimension), `op:${decoded(dim.value)}`]);
    words.push(`${String(dim.dimension)} ${decoded(dim.value)}`);
  }
  const term = decoded(p.get('_r.explorerCard..filterTerm') ?? '').trim();
  if (term) {
    ids.push(['search', term]);
    words.push(`“${term}”`);
  }
  return ids.length ? { id: viewIdOf(ids), label: words.join(' · ') } : null;
}
