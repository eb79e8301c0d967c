/**
 * `buildLocator`: the element a user right-clicked or picked → a locator for the figure they
 * meant. The click may land on the number, a span inside it, the currency sign beside it, the
 * card around it or the card's title; in every case there must be exactly one figure that the
 * click can mean, or there is no locator (the UI asks the user to pick the number itself).
 */
import { parentOf } from '../readers/generic-walk';
import { describe } from './label';
import { cssPath } from './path';
import { readFigure, scan, within, type Scan } from './scan';
import type { Locator } from './types';

// How far above the click to look for the figure it means (title → header → card).
const MAX_CLICK_UP = 3;

export function buildLocator(el: Element): Locator | null {
  const doc = el.ownerDocument;
  if (!doc) return null;
  // The whole page, not just the card: the label must be found exactly as resolving will find it.
  const s = scan(doc);
  const i = pickFigure(s, el);
  const fig = i === null ? null : readFigure(s, i);
  if (i === null || !fig) return null;
  const { label, relation } = describe(s, i);
  const out: Locator = {
    version: 1,
    label,
    relation,
    path: cssPath(s.items[i]!.el),
    unit: fig.unit,
    sample: fig.text,
  };
  if (fig.currency) out.currency = fig.currency;
  return out;
}

function pickFigure(s: Scan, el: Element): number | null {
  const under = (e: Element) => s.figures.filter((i) => within(e, s.items[i]!.el));
  // The click is on the figure or around it: it must hold exactly one.
  const inside = under(el);
  if (inside.length) return inside.length === 1 ? inside[0]! : null;
  // A change badge ("▲ 12%") is not a metric; tracking the card's value instead would surprise.
  if (s.items.some((it) => it.kind === 'comparison' && within(el, it.el))) return null;
  // Beside it (title, currency sign, icon): the nearest ancestor holding figures decides.
  for (let e = parentOf(el), up = 0; e && up < MAX_CLICK_UP; e = parentOf(e), up++) {
    const found = under(e);
    if (found.length) return found.length === 1 ? found[0]! : null;
  }
  return null;
}
