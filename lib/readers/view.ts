/**
 * What a figure covers beyond its site: a filter, a segment, or a realtime view. A filtered
 * figure is a different metric from the site's total (issue 15: a page's 3.8k visitors must never
 * feed the site's visitors goal), so the view becomes part of the metric key and of the label.
 *
 * A reader that sees a filter builds one `PageView` for the page (`id` canonical and stable: the
 * same filters in any order or UI language give the same id; `label` in the page's words) and
 * passes every figure's key and label through `viewKey`/`viewLabel`. An unfiltered page has no
 * view (`null`), so existing metric keys are unchanged.
 */
export interface FigureView {
  /** Canonical, e.g. `page=/products`, `segment=browserCode==FF`, `realtime`. Sorted, no spaces. */
  id: string;
  /** For people, e.g. `page is /products`. */
  label: string;
}

/** Separates a metric key from its view: `visitors~page=/products`. Never produced by `slugify`. */
export const VIEW_SEPARATOR = '~';

/** Longest view id kept; longer filter sets are cut and marked so they still differ from none. */
const MAX_VIEW_ID = 160;

export function viewKey(key: string, view: FigureView | null | undefined): string {
  if (!view) return key;
  const id = view.id.length > MAX_VIEW_ID ? `${view.id.slice(0, MAX_VIEW_ID)}…` : view.id;
  return `${key}${VIEW_SEPARATOR}${id}`;
}

export function viewLabel(label: string, view: FigureView | null | undefined): string {
  return view ? `${label} · ${view.label}` : label;
}

/**
 * For dashboards whose filter parameters are not known by name: every query parameter that is not
 * one of the page's own (dates, comparison, tracking) may narrow the figures, so it is a view.
 */
export function otherParamsView(url: URL, notFilters: RegExp): FigureView | null {
  const parts: [string, string][] = [];
  for (const [name, value] of url.searchParams)
    if (value && !notFilters.test(name)) parts.push([name, value]);
  return parts.length
    ? { id: viewIdOf(parts), label: parts.map(([k, v]) => `${k} ${v}`).join(' · ') }
    : null;
}

/** Canonical id from filter parts: each `name=value`, sorted, joined with `&`. */
export function viewIdOf(parts: readonly (readonly [string, string])[]): string {
  return parts
    .map(([k, v]) => `${k}=${v}`)
    .sort()
    .join('&');
}
