/**
 * Small DOM helpers shared by the readers. Content-script safe: no layout (`innerText`,
 * `getComputedStyle`) because happy-dom has none and readers must give the same answer in tests
 * and in Chromium; visibility is judged from attributes and inline style only.
 */
import { parseFigure } from '../parse';
import type { Figure } from '../parse/types';
import type { PageFigure } from './types';

/** Whitespace-collapsed text content ("1m 41s " → "1m 41s"). */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Hidden by markup: `hidden`, `aria-hidden="true"`, or an inline `display:none`/`visibility:hidden`. */
export function isHiddenElement(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return !!style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** Hidden by itself or any ancestor up to (not including) `stop`. */
export function isHidden(el: Element, stop?: Element | null): boolean {
  for (let e: Element | null = el; e && e !== stop; e = e.parentElement) {
    if (isHiddenElement(e)) return true;
  }
  return false;
}

const NON_ASCII = /[\u0080-\uffff]/;

/** Lowercase ascii slug; non-Latin letters (방문자) are kept, anything else becomes `_`. */
export function slugify(label: string): string {
  // ASCII is its own NFKD and NFC form, without combining marks: most labels skip that step.
  const folded = NON_ASCII.test(label)
    ? label
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '') // "Durée" → "duree"
        .normalize('NFC') // recompose Hangul, which NFKD split into jamo
    : label;
  return folded
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/g, '');
}

/** 32-bit FNV-1a in base 36: short, stable across runs and engines, no crypto API needed. */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/**
 * A figure from what the page shows. `raw` is an exact machine value the page also carries
 * (a `title` tooltip, `data-value`): when it parses, it wins (precision 0 for a plain number),
 * but `text` stays the displayed string, or the raw one when the display is not final.
 */
export function makeFigure(
  key: string,
  label: string,
  text: string,
  locale?: string,
  raw?: string | null,
  trustRaw: 'always' | 'if-consistent' = 'always',
  // The display already parsed, when the caller has it (the generic walk parses every figure).
  shown: Figure | null = text ? parseFigure(text, locale) : null,
): PageFigure | null {
  let exact = raw ? rawFigure(raw, shown) : null;
  // A display that disagrees with the raw value is not final (a count-up animation caught
  // mid-way, as on Umami's share page): report the raw string rather than a transient number.
  // Two half-widths, not one: dashboards that floor (Umami's "1m 41s" for 101.9 s) are off by
  // up to a whole display step.
  const settled =
    !exact || (shown && Math.abs(shown.value - exact.value) <= 2 * shown.precision + 1e-9);
  // On an unknown page a disagreeing number in a title may be about something else entirely.
  if (!settled && trustRaw === 'if-consistent' && shown) exact = null;
  const f = exact ?? shown;
  if (!f) return null;
  const out: PageFigure = {
    key,
    label,
    value: f.value,
    unit: f.unit,
    precision: f.precision,
    text: (settled || !exact) && text ? text : (raw ?? text).trim(),
  };
  if (f.currency) out.currency = f.currency;
  return out;
}

/** A raw attribute value: a bare number takes the unit (and currency) of the display. */
function rawFigure(raw: string, shown: Figure | null): Figure | null {
  const t = raw.trim();
  if (/^-?\d+(?:\.\d+)?$/.test(t)) {
    const f: Figure = { value: Number(t), unit: shown?.unit ?? 'count', precision: 0 };
    if (shown?.currency) f.currency = shown.currency;
    return f;
  }
  return parseFigure(t);
}

/** Document language for parseFigure's separator guess ("de" reads "1.234" as a thousand). */
export function docLocale(doc: Document): string | undefined {
  return doc.documentElement?.getAttribute('lang') || undefined;
}

/**
 * The language of the browser showing the page: what `toLocaleString()` formats with on pages
 * that render their numbers in the viewer's browser (GoAccess), whatever the page's `lang`.
 */
export function viewerLocale(doc: Document): string | undefined {
  return doc.defaultView?.navigator?.language || undefined;
}
