// @vitest-environment happy-dom
/**
 * The generic reader classifies only text near a candidate (`walk(root, locale, reach)`); every
 * rule it applies looks fewer than `reach` items away from a figure or a date. So, on every saved
 * dashboard and on the benchmark page, the near walk must be the full walk with only far-away
 * items left out: same order, and each candidate with the same neighbours on both sides.
 */
import { walk, type Item } from '../../lib/readers/generic-walk';
import { fixtureCases } from './fixture-cases';
import { parseHtml } from './happy-dom';
// @ts-expect-error plain ESM benchmark helper
import { syntheticDashboard } from '../../scripts/bench/synthetic-page.mjs';

const REACH = 5;
const LOOK = REACH - 1;

function pages(): [string, Document][] {
  const out: [string, Document][] = fixtureCases().map((c) => [
    `${c.source}/${c.name}`,
    parseHtml(c.html),
  ]);
  out.push(['bench/synthetic', parseHtml(syntheticDashboard({ variant: 'generic' }).html)]);
  return out;
}

const same = (a: Item | undefined, b: Item | undefined) =>
  a?.el === b?.el && a?.kind === b?.kind && a?.text === b?.text;

describe('generic walk near candidates', () => {
  for (const [name, doc] of pages()) {
    it(`${name}: the full walk's items around every candidate, in order`, () => {
      const full = walk(doc, 'en');
      const near = walk(doc, 'en', REACH);
      expect(near.length).toBeLessThanOrEqual(full.length);
      // Subsequence: each near item is found in the full list after the previous one.
      const at: number[] = [];
      let k = 0;
      for (const it of near) {
        while (k < full.length && !same(full[k], it)) k++;
        expect(k).toBeLessThan(full.length);
        at.push(k++);
      }
      // Every figure and date-like label sees the same neighbours within LOOK items.
      let checked = 0;
      near.forEach((it, i) => {
        // A figure, or a label that can be a date ("1 May – 14 May", "This month"); change
        // badges ("▲ 12%") have digits but no rule looks around them.
        const candidate = /\d/.test(it.text) || /^(?:last|this|today|yesterday)\b/i.test(it.text);
        if (!candidate || it.kind === 'comparison') return;
        checked++;
        for (let d = -LOOK; d <= LOOK; d++) {
          expect(same(near[i + d], full[at[i]! + d])).toBe(true);
        }
      });
      expect(checked).toBeGreaterThan(0);
    });
  }

  it('looks back past long runs of hidden or empty text, across shadow roots too', () => {
    const hidden = '<span hidden>x</span> '.repeat(40);
    const doc = parseHtml(`<!DOCTYPE html><html><body>
      <p>Orders</p>${hidden}<b>87</b><p>A</p><p>B</p><p>C</p><p>D</p><p>E</p>${hidden}<p>Refunds</p>
      ${hidden}<x-card id="h"></x-card></body></html>`);
    const root = doc.getElementById('h')!.attachShadow({ mode: 'open' });
    for (let i = 0; i < 40; i++) root.append(doc.createElement('i'), doc.createTextNode(' '));
    const b = doc.createElement('b');
    b.textContent = '3';
    root.append(b);
    const texts = (items: Item[]) => items.map((it) => it.text);
    const all = ['Orders', '87', 'A', 'B', 'C', 'D', 'E', 'Refunds', '3'];
    expect(texts(walk(doc, 'en'))).toEqual(all);
    expect(texts(walk(doc, 'en', REACH))).toEqual(all);
  });

  it('skips hidden subtrees, script text and svg, and pierces open shadow roots', () => {
    const doc = parseHtml(`<!DOCTYPE html><html><body>
      <div hidden><span>Orders</span><b>1</b></div>
      <div style="display: none"><b>2</b></div>
      <script>var x = 3;</script><svg><text>4</text></svg>
      <div><span>Visitors</span><b>5</b></div><x-card id="h"></x-card></body></html>`);
    const root = doc.getElementById('h')!.attachShadow({ mode: 'open' });
    const b = doc.createElement('b');
    b.textContent = '6';
    root.append(b);
    for (const reach of [undefined, REACH]) {
      expect(walk(doc, 'en', reach).map((it) => it.text)).toEqual(['Visitors', '5', '6']);
    }
  });
});
