// @vitest-environment happy-dom
/** The refusals and the less common paths: ambiguity, unit changes, path fallback, raw values. */
import { ratioToOneWalk } from '../support/linear';
import { buildLocator, resolveLocator, type Locator } from '../../lib/locator';
import { page, shadowPage } from './pages';

const card = (label: string, value: string, extra = '') =>
  `<div class="card"><h4>${label}</h4><div class="big">${value}</div>${extra}</div>`;
const grid = (...cards: string[]) => page(`<main><div class="grid">${cards.join('')}</div></main>`);
const build = (doc: Document, sel: string) => buildLocator(doc.querySelector(sel)!)!;

describe('resolveLocator: never picks one of several', () => {
  const loc = build(
    grid(card('Visitors', '1,234'), card('Revenue', '$5,430')),
    '.card:nth-child(1) .big',
  );

  it('two cards with the same label and different values are ambiguous', () => {
    const b = grid(card('Visitors', '1,234'), card('Visitors', '987'), card('Revenue', '$5,430'));
    expect(resolveLocator(b, loc)).toEqual({ ok: false, reason: 'ambiguous' });
  });

  it('copies showing the same value (mobile and desktop layouts) are one figure', () => {
    const b = grid(card('Revenue', '$5,430'), card('Visitors', '1,240'), card('Visitors', '1,240'));
    expect(resolveLocator(b, loc)).toMatchObject({ ok: true, value: 1240, via: 'label' });
  });

  it('a copy hidden by markup does not count', () => {
    const b = grid(card('Visitors', '1,240'), `<div hidden>${card('Visitors', '1,100')}</div>`);
    expect(resolveLocator(b, loc)).toMatchObject({ ok: true, value: 1240 });
  });

  it('a column of a matrix table is not a card of the same name', () => {
    const b =
      page(`${card('Visitors', '1,240')}<table><thead><tr><th>Page</th><th>Visitors</th></tr></thead>
      <tbody><tr><td>/home</td><td>800</td></tr><tr><td>/pricing</td><td>440</td></tr></tbody></table>`);
    expect(resolveLocator(b, loc)).toMatchObject({ ok: true, value: 1240, via: 'label' });
  });
});

describe('resolveLocator: units', () => {
  const loc = build(
    grid(card('Revenue', '$5,430'), card('Visitors', '1,234')),
    '.card:nth-child(1) .big',
  );

  it('another currency is a unit change', () => {
    expect(resolveLocator(grid(card('Revenue', '€5,010')), loc)).toEqual({
      ok: false,
      reason: 'unit-changed',
    });
  });

  it('a percentage under the same label is a unit change', () => {
    expect(resolveLocator(grid(card('Revenue', '12%')), loc)).toEqual({
      ok: false,
      reason: 'unit-changed',
    });
  });

  it('a same-unit match wins over a different-unit one under the same label', () => {
    const b = page(`<table><tr><td>Revenue</td><td>12%</td><td>$6,000</td></tr></table>`);
    const rowLoc: Locator = { ...loc, relation: 'row-cell', label: 'revenue' };
    expect(resolveLocator(b, rowLoc)).toMatchObject({ ok: true, value: 6000, currency: 'USD' });
  });

  it('the path with another unit and no label is a unit change', () => {
    const b = grid(`<div class="card"><div class="big">41%</div></div>`);
    expect(resolveLocator(b, loc)).toEqual({ ok: false, reason: 'unit-changed' });
  });
});

describe('resolveLocator: the path fallback', () => {
  const a = grid(card('Visitors', '1,234'), card('Revenue', '$5,430'));
  const loc = build(a, '.card:nth-child(2) .big');

  it('reads the path when the label is gone and nothing else names the element', () => {
    const b = grid(
      card('Visitors', '1,301'),
      `<div class="card"><div class="big">$5,900</div></div>`,
    );
    expect(resolveLocator(b, loc)).toMatchObject({ ok: true, value: 5900, via: 'path' });
  });

  it('refuses an unnamed path hit of a wildly different magnitude', () => {
    const b = grid(
      card('Visitors', '1,301'),
      `<div class="card"><div class="big">$5.9M</div></div>`,
    );
    expect(resolveLocator(b, loc)).toEqual({ ok: false, reason: 'not-found' });
  });

  it('says not-a-figure when the path lands on text', () => {
    const b = grid(
      card('Visitors', '1,301'),
      `<div class="card"><div class="big">Loading…</div></div>`,
    );
    expect(resolveLocator(b, loc)).toEqual({ ok: false, reason: 'not-a-figure' });
  });

  it('says not-a-figure when the path lands on a change badge', () => {
    const b = grid(
      card('Visitors', '1,301'),
      `<div class="card"><div class="big">▲ 12%</div></div>`,
    );
    expect(resolveLocator(b, loc)).toEqual({ ok: false, reason: 'not-a-figure' });
  });

  it('says not-found when the path leads nowhere', () => {
    expect(resolveLocator(page('<p>Nothing here</p>'), loc)).toEqual({
      ok: false,
      reason: 'not-found',
    });
  });

  it('a figure without any label is tracked by its path alone, and refused once named otherwise', () => {
    const bare = page(`<div class="hero"><b>1,234</b></div>`);
    const l = build(bare, 'b');
    expect(l).toMatchObject({ label: null, relation: null });
    expect(resolveLocator(page(`<div class="hero"><b>1,300</b></div>`), l)).toMatchObject({
      ok: true,
      via: 'path',
    });
    expect(resolveLocator(page(`<div class="hero"><h4>Refunds</h4><b>12</b></div>`), l)).toEqual({
      ok: false,
      reason: 'not-found',
    });
  });
});

describe('resolveLocator: roots and size', () => {
  it('accepts a shadow root as the search root, and keeps path hits inside it', () => {
    const doc = shadowPage([
      ['Visitors', '1,234'],
      ['', '980'],
    ]);
    const [first, second] = Array.from(doc.querySelectorAll('kpi-card')).map((h) => h.shadowRoot!);
    const named = buildLocator(first!.querySelector('.value')!)!;
    expect(resolveLocator(first!, named)).toMatchObject({ ok: true, value: 1234, via: 'label' });
    const bare = buildLocator(second!.querySelector('.value')!)!;
    expect(bare.label).toBeNull();
    expect(resolveLocator(second!, bare)).toMatchObject({ ok: true, value: 980, via: 'path' });
    // The path is followed from the document, but a hit outside the given root is not an answer.
    expect(resolveLocator(first!, bare)).toEqual({ ok: false, reason: 'not-found' });
  });

  it('resolves on a 20,000-node page in one pass, even when the label misses', () => {
    const rows = Array.from(
      { length: 2500 },
      (_, i) => `<tr><td>Item ${i}</td><td><span>${i * 7}</span></td><td>${i % 100}%</td></tr>`,
    );
    const doc = page(
      `${card('Monthly recurring revenue', '$12,400')}<table><tbody>${rows.join('')}</tbody></table>`,
    );
    const walker = doc.createTreeWalker(doc.body, 0xffffffff);
    let nodes = 0;
    while (walker.nextNode()) nodes++;
    expect(nodes).toBeGreaterThanOrEqual(20_000);
    const l = build(doc, '.big');
    for (const loc of [l, { ...l, label: 'not on this page' }]) {
      const r = resolveLocator(doc, loc);
      expect(r).toMatchObject(loc === l ? { ok: true, value: 12400, via: 'label' } : { ok: false });
      // A few walks' worth of work; a quadratic pass would be thousands.
      expect(ratioToOneWalk(doc, () => resolveLocator(doc, loc))).toBeLessThan(60);
    }
  }, 30_000);
});
