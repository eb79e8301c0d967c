/**
 * `resolveLocator`: a stored locator → the figure it names on this page, or why not. The label
 * decides first; the path is only trusted when nothing on the page contradicts it. Whenever two
 * elements could be meant, the answer is `ambiguous`: a wrong number read silently is the worst
 * bug Pacer can have, a missing one only shows as "not found" in the UI.
 */
import { parseFigure } from '../parse';
import { describe, family, labelUnder } from './label';
import { resolvePath } from './path';
import { isDocument, readFigure, scan, type Read, type Scan } from './scan';
import type { Locator, Resolution } from './types';

// Without a label to confirm it, a path hit more than this factor off the sample is another figure.
const MAX_MAGNITUDE = 100;

/** `shared`: a scan of `root` made for this read, when several locators are resolved on it. */
export function resolveLocator(
  root: Document | ShadowRoot,
  locator: Locator,
  shared?: Scan,
): Resolution {
  const s = shared ?? scan(root);
  const byLabel = locator.label && locator.relation ? resolveByLabel(s, locator) : null;
  if (byLabel) return byLabel;
  // A table cell is its row and column: when they are gone, the cell now in that position
  // belongs to another row (issue 15, item 9). Say so rather than read it.
  if (locator.relation === 'row-header') return { ok: false, reason: 'not-found' };
  return resolveByPath(s, root, locator);
}

function resolveByLabel(s: Scan, loc: Locator): Resolution | null {
  let hits = s.figures.filter((i) => labelUnder(s, i, loc.relation!) === loc.label);
  if (!hits.length) {
    // Restyled: "Visitors" moved from a <dl> into cards. Accept the page's own best pairing
    // within the same family of relations.
    hits = s.figures.filter((i) => {
      const d = describe(s, i);
      return d.label === loc.label && family(d.relation) === family(loc.relation);
    });
  }
  const reads = hits.flatMap((i) => {
    const f = readFigure(s, i);
    return f ? [{ i, f }] : [];
  });
  if (!reads.length) return null;
  const same = reads.filter(({ f }) => sameUnit(f, loc));
  if (!same.length) return { ok: false, reason: 'unit-changed' };
  // Copies showing the same number (mobile and desktop layouts) are one figure; anything else
  // is two metrics under one name, and picking one would be a guess.
  const values = new Set(same.map(({ f }) => `${f.value}|${f.unit}|${f.currency ?? ''}`));
  if (values.size > 1) return { ok: false, reason: 'ambiguous' };
  return found(s, same[0]!.i, same[0]!.f, 'label');
}

function resolveByPath(s: Scan, root: Document | ShadowRoot, loc: Locator): Resolution {
  const doc = isDocument(root) ? root : root.ownerDocument;
  const el = resolvePath(doc, loc.path);
  if (!el || !inTree(root, el)) return { ok: false, reason: 'not-found' };
  const here = s.byEl.get(el) ?? [];
  if (here.length > 1) return { ok: false, reason: 'ambiguous' };
  const i = here[0];
  const f = i === undefined ? null : readFigure(s, i);
  if (i === undefined || !f) return { ok: false, reason: 'not-a-figure' };
  const own = loc.relation ? labelUnder(s, i, loc.relation) : null;
  const best = describe(s, i).label;
  const confirmed = loc.label !== null && (own === loc.label || best === loc.label);
  // The element has a name and it is not ours: the layout moved and the path now points at
  // another metric (or the stored figure had no name and now one appears there).
  if (!confirmed && best !== null) return { ok: false, reason: 'not-found' };
  if (!sameUnit(f, loc)) return { ok: false, reason: 'unit-changed' };
  if (!confirmed && !sameMagnitude(f.value, parseFigure(loc.sample, s.locale)?.value)) {
    return { ok: false, reason: 'not-found' };
  }
  return found(s, i, f, 'path');
}

/** `el` is in `root`'s tree or in a shadow tree nested in it (the scan covered it). */
function inTree(root: Document | ShadowRoot, el: Element): boolean {
  for (let r: Node = el.getRootNode(); ;) {
    if (r === root) return true;
    const host = (r as Node & { host?: Element }).host;
    if (!host) return false;
    r = host.getRootNode();
  }
}

function sameUnit(f: Read, loc: Locator): boolean {
  return f.unit === loc.unit && (f.currency ?? null) === (loc.currency ?? null);
}

function sameMagnitude(value: number, sample: number | undefined): boolean {
  if (sample === undefined) return true;
  const [lo, hi] = [Math.abs(value), Math.abs(sample)].sort((a, b) => a - b) as [number, number];
  return hi / Math.max(lo, 1) <= MAX_MAGNITUDE;
}

function found(s: Scan, i: number, f: Read, via: 'label' | 'path'): Resolution {
  const out: Resolution = {
    ok: true,
    element: s.items[i]!.el,
    value: f.value,
    unit: f.unit,
    precision: f.precision,
    text: f.text,
    via,
  };
  if (f.currency) out.currency = f.currency;
  return out;
}
