/** Page builders for the locator tests: plain HTML pages, and cards inside open shadow roots. */
import { parseHtml } from '../readers/happy-dom';

export function page(body: string): Document {
  return parseHtml(`<!DOCTYPE html><html lang="en"><body>${body}</body></html>`);
}

/**
 * `<div class="kpis">` of `<kpi-card>` hosts, each with an open shadow root holding
 * `<div class="card"><span class="label">…</span><strong class="value">…</strong></div>`.
 */
export function shadowPage(
  cards: [label: string, value: string][],
  before = '<h1>Overview</h1>',
): Document {
  const doc = page(`${before}<div class="kpis"></div>`);
  const grid = doc.querySelector('.kpis')!;
  for (const [label, value] of cards) {
    const host = doc.createElement('kpi-card');
    const root = host.attachShadow({ mode: 'open' });
    const card = doc.createElement('div');
    card.className = 'card';
    const l = doc.createElement('span');
    l.className = 'label';
    l.textContent = label;
    const v = doc.createElement('strong');
    v.className = 'value';
    v.textContent = value;
    card.append(l, v);
    root.append(card);
    grid.append(host);
  }
  return doc;
}

/** The n-th (0-based) shadow card's element matching `selector`. */
export function inShadow(doc: Document, n: number, selector: string): Element {
  const host = doc.querySelectorAll('kpi-card')[n]!;
  return host.shadowRoot!.querySelector(selector)!;
}
