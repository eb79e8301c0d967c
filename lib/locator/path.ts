/**
 * The structural fallback: a CSS path that a restyle is unlikely to break. Each step is
 * `tag.class:nth-of-type(n)` with at most two stable classes, starting at `body`, the nearest
 * stable unique `#id`, or `:host` (the top of a shadow tree); ` >>> ` crosses into a shadow root.
 * Resolution walks the steps itself rather than calling querySelector, so that `:host` and
 * shadow roots work the same in every engine and a step can only ever match a direct child.
 */
import { isDocument } from './scan';

const SHADOW = ' >>> ';
const CHILD = ' > ';
const STEP = /^([a-z][\w-]*)((?:\.[\w-]+)*):nth-of-type\((\d+)\)$/;
// UI states, not identity: the same card is "active" on one visit and not on the next.
const STATE =
  /^(?:is|has)-|^(?:active|selected|open|hover|focus|focused|loading|loaded|disabled|hidden|visible|highlighted|current|expanded|collapsed|dark|light)$/;

/** A hand-written class or id, not a build hash (css-modules, styled-components) or a counter. */
export function isStable(token: string): boolean {
  if (!/^[A-Za-z_][\w-]*$/.test(token) || token.length > 40 || STATE.test(token)) return false;
  if (/\d{3,}/.test(token) || /^(?:css|sc|jsx|svelte|emotion|styled)-/.test(token)) return false;
  return !token.split(/[-_]+/).some(
    (part) =>
      // "card_x7Hk2", "value___3kLq": letters and digits mixed in one chunk
      (part.length >= 5 && /\d/.test(part) && /[a-z]/i.test(part)) ||
      // "bdfBwQ": short chunk with several inner capitals
      (part.length >= 5 && part.length <= 8 && (part.slice(1).match(/[A-Z]/g)?.length ?? 0) >= 2),
  );
}

function stableId(el: Element): string | null {
  const id = el.id;
  if (!id || !/^[A-Za-z]/.test(id) || !isStable(id)) return null;
  const root = el.getRootNode() as Document | ShadowRoot;
  return root.querySelectorAll(`#${id}`).length === 1 ? id : null;
}

function step(el: Element): string {
  const tag = el.localName;
  const classes = Array.from(el.classList).filter(isStable).slice(0, 2);
  let n = 1;
  for (let s = el.previousElementSibling; s; s = s.previousElementSibling) {
    if (s.localName === tag) n++;
  }
  return `${tag}${classes.map((c) => `.${c}`).join('')}:nth-of-type(${n})`;
}

export function cssPath(el: Element): string {
  const segments: string[] = [];
  for (let e: Element | null = el; e;) {
    const steps: string[] = [];
    let anchor = ':host';
    for (let cur: Element | null = e; cur; cur = cur.parentElement) {
      const id = stableId(cur);
      if (id) anchor = `#${id}`;
      else if (cur.localName === 'body' || cur.localName === 'html') anchor = cur.localName;
      else {
        steps.unshift(step(cur));
        continue;
      }
      break;
    }
    segments.unshift([anchor, ...steps].join(CHILD));
    const root = e.getRootNode() as Node & { host?: Element };
    e = isDocument(root) ? null : (root.host ?? null);
  }
  return segments.join(SHADOW);
}

/** The element the path names in `doc`, or null (never a near miss). */
export function resolvePath(doc: Document, path: string): Element | null {
  let scope: Document | ShadowRoot | null = doc;
  let cur: Element | null = null;
  for (const segment of path.split(SHADOW)) {
    // A segment after the first needs the previous element's open shadow root.
    if (!scope) return null;
    const [anchor, ...steps] = segment.split(CHILD);
    let node: Element | ShadowRoot | null = null;
    if (anchor === ':host') node = isDocument(scope) ? null : scope;
    else if (anchor === 'body' || anchor === 'html') {
      node = isDocument(scope) ? (anchor === 'body' ? scope.body : scope.documentElement) : null;
    } else if (anchor?.startsWith('#')) node = scope.getElementById(anchor.slice(1));
    for (const s of steps) node = node ? child(node, s) : null;
    cur = node?.nodeType === 1 ? (node as Element) : null;
    if (!cur) return null;
    scope = cur.shadowRoot;
  }
  return cur;
}

function child(parent: Element | ShadowRoot, s: string): Element | null {
  const m = STEP.exec(s);
  if (!m) return null;
  const [, tag, cls, nth] = m;
  let n = Number(nth);
  for (const c of Array.from(parent.children)) {
    if (c.localName !== tag || --n > 0) continue;
    return cls!.split('.').every((k) => !k || c.classList.contains(k)) ? c : null;
  }
  return null;
}
