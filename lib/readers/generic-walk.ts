/**
 * One pass over a page for the generic reader: every visible text node in document order,
 * open shadow roots included, classified as figure, label, comparison or noise. A single
 * TreeWalker per root (no per-node querySelectorAll) keeps a 20,000-node page fast.
 */
import { parseFigure } from '../parse';
import type { Figure } from '../parse/types';
import { isHiddenElement } from './dom';

export type Kind = 'figure' | 'label' | 'comparison' | 'date';

export interface Item {
  kind: Kind;
  text: string;
  /** The element holding the text node. */
  el: Element;
  figure?: Figure;
}

// Subtrees that never hold a figure a person reads as a KPI (svg: chart axes and legends).
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'CANVAS',
  'SELECT',
  'OPTION',
  'HEAD',
  'TITLE',
]);
// Change badges and previous-period values: arrows, signed numbers, comparison words.
const COMPARISON =
  /[↑↓▲▼△▽⬆⬇⇧⇩]|^[+\u2212-]\s*[\d.,]+\s*%?$|previous (?:period|year|month|week)|\bvs\.?(?:\s|$)|\bversus\b|\bfrom last\b|\bcompared (?:to|with)\b|\bprev\.?(?:\s|$)|전기 대비|지난.*대비/i;
const MAX_TEXT = 100;
const INLINE_PAIR = /^(\p{L}[^:：\d]{0,47})[:：]\s*(\S.*)$/u;

export function classify(
  raw: string,
  locale?: string,
): { kind: Kind; figure?: Figure; text: string } | null {
  const text = raw.replace(/[\s\u00a0]+/g, ' ').trim();
  if (!text || text.length > MAX_TEXT) return null;
  if (COMPARISON.test(text)) return { kind: 'comparison', text };
  if (/\d/.test(text)) {
    const figure = parseFigure(text, locale);
    if (figure) return { kind: 'figure', figure, text };
  }
  // A label names something: it has letters and is not a sentence fragment of numbers.
  const label = text.replace(/\s*[:：]$/, '');
  // Exclamations and questions are prose ("Welcome back!"), not names of figures.
  // Long enough for Matomo's "visits have bounced (left the website after one page)".
  const words = label.split(' ').length;
  if (/\p{L}/u.test(label) && label.length <= 90 && words <= 12 && !/[!?]$/.test(label)) {
    return { kind: 'label', text: label };
  }
  return null;
}

/** Parent across shadow boundaries: a shadow root's top elements belong to the host. */
export function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode as (Node & { host?: Element }) | null;
  return root?.host ?? null;
}

export function walk(doc: Document, locale?: string): Item[] {
  const items: Item[] = [];
  const roots: Node[] = [doc.body ?? doc.documentElement];
  const SHOW = 0x1 | 0x4; // NodeFilter.SHOW_ELEMENT | SHOW_TEXT, without relying on a global
  for (let r = 0; r < roots.length; r++) {
    const root = roots[r]!;
    const walker = doc.createTreeWalker(root, SHOW, {
      acceptNode(node: Node): number {
        if (node.nodeType !== 1) return 1; // FILTER_ACCEPT for text
        const el = node as Element;
        if (SKIP_TAGS.has(el.tagName.toUpperCase()) || isHiddenElement(el)) return 2; // FILTER_REJECT
        const shadow = (el as Element & { shadowRoot: ShadowRoot | null }).shadowRoot;
        if (shadow) roots.push(shadow);
        return 3; // FILTER_SKIP: descend, but elements themselves are not items
      },
    });
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentNode as Element | null;
      if (!el || el.nodeType !== 1) continue;
      const text = n.nodeValue ?? '';
      // "Visitors: 1,234" in one text node is a label and its figure.
      const inline = INLINE_PAIR.exec(text.trim());
      const right = inline ? classify(inline[2]!, locale) : null;
      if (inline && right?.kind === 'figure') {
        items.push({ kind: 'label', text: inline[1]!.trim(), el }, { ...right, el });
        continue;
      }
      const c = classify(text, locale);
      if (c) items.push({ ...c, el });
    }
  }
  return items;
}
