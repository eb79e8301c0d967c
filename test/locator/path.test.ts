// @vitest-environment happy-dom
/** Structural paths and metric keys. */
import { locatorKey, type Locator } from '../../lib/locator';
import { cssPath, isStable, resolvePath } from '../../lib/locator/path';
import { page } from './pages';

describe('cssPath', () => {
  it('starts at the nearest stable id and keeps hand-written classes only', () => {
    const doc = page(
      `<div id="stats"><section class="css-1q2w3e panel is-active"><p class="card_x7Hk2 kpi">1</p><p class="kpi">2</p></section></div>`,
    );
    const el = doc.querySelectorAll('p')[1]!;
    expect(cssPath(el)).toBe('#stats > section.panel:nth-of-type(1) > p.kpi:nth-of-type(2)');
    expect(resolvePath(doc, cssPath(el))).toBe(el);
  });

  it('ignores generated ids and starts at body', () => {
    const doc = page(`<div id="ember1234"><span>1</span></div>`);
    expect(cssPath(doc.querySelector('span')!)).toBe(
      'body > div:nth-of-type(1) > span:nth-of-type(1)',
    );
  });

  it('survives a rebuild that changes only the class hashes', () => {
    const a = page(`<main><div class="Card_value__a8Xk2 big">1</div></main>`);
    const b = page(`<main><div class="Card_value__Qp93z big">2</div></main>`);
    expect(resolvePath(b, cssPath(a.querySelector('.big')!))?.textContent).toBe('2');
  });

  it('never returns a near miss', () => {
    const doc = page(`<main><div class="big">1</div></main>`);
    expect(resolvePath(doc, 'body > main:nth-of-type(1) > div.big:nth-of-type(2)')).toBeNull();
    expect(resolvePath(doc, 'body > main:nth-of-type(1) > div.small:nth-of-type(1)')).toBeNull();
    expect(
      resolvePath(doc, 'body > main:nth-of-type(1) >>> :host > div:nth-of-type(1)'),
    ).toBeNull();
    expect(resolvePath(doc, 'garbage')).toBeNull();
  });

  it('classifies tokens', () => {
    for (const t of ['card', 'kpi-value', 'stat__number', 'isActive', 'col-2', 'h4'])
      expect(isStable(t)).toBe(true);
    for (const t of [
      'css-1q2w3e',
      'sc-bdfBwQ',
      'x7Hk2abc',
      'ember123',
      'selected',
      'is-open',
      'a:b',
    ])
      expect(isStable(t)).toBe(false);
  });
});

describe('locatorKey', () => {
  const base: Locator = {
    version: 1,
    label: null,
    relation: null,
    path: 'body > b:nth-of-type(1)',
    unit: 'count',
    sample: '1',
  };

  it('slugs the label like the generic reader does', () => {
    expect(locatorKey({ ...base, label: 'monthly recurring revenue', relation: 'same-card' })).toBe(
      'monthly_recurring_revenue',
    );
    expect(locatorKey({ ...base, label: '/pricing › visits', relation: 'row-header' })).toBe(
      'pricing_visits',
    );
    expect(locatorKey({ ...base, label: '방문자', relation: 'same-card' })).toBe('방문자');
  });

  it('hashes the path when there is no label, stably', () => {
    const k = locatorKey(base);
    expect(k).toMatch(/^path_[0-9a-z]+$/);
    expect(locatorKey({ ...base })).toBe(k);
    expect(locatorKey({ ...base, path: 'body > b:nth-of-type(2)' })).not.toBe(k);
  });
});
