// @vitest-environment happy-dom
/** Which figure a click means, and how its label is found. */
import { buildLocator, resolveLocator } from '../../lib/locator';
import { page } from './pages';

const card = (label: string, value: string, extra = '') =>
  `<div class="card"><h4>${label}</h4><div class="big">${value}</div>${extra}</div>`;
const grid = (...cards: string[]) => page(`<main><div class="grid">${cards.join('')}</div></main>`);
const build = (doc: Document, sel: string) => buildLocator(doc.querySelector(sel)!)!;

describe('buildLocator: finding the figure', () => {
  it('returns null when the click holds no figure, two figures, or only a change badge', () => {
    const doc = grid(
      card('Visitors', '1,234', '<span class="badge">▲ 12%</span>'),
      card('Revenue', '$5,430'),
    );
    expect(buildLocator(doc.querySelector('main')!)).toBeNull();
    expect(buildLocator(doc.querySelector('.badge')!)).toBeNull();
    expect(buildLocator(page('<p>Welcome back</p>').querySelector('p')!)).toBeNull();
  });

  it('reads a figure split over spans whole, from a click on the currency sign', () => {
    const doc = grid(
      `<div class="card"><h4>Revenue</h4><div class="big"><span>$</span><span>5,430</span></div></div>`,
    );
    const l = build(doc, '.big span');
    expect(l).toMatchObject({
      label: 'revenue',
      unit: 'currency',
      currency: 'USD',
      sample: '$5,430',
    });
    expect(build(doc, '.big span:nth-child(2)')).toEqual(l);
  });

  it('prefers the raw data-value / title number, keeping the displayed text', () => {
    const doc = grid(
      `<div class="card"><h4>Pageviews</h4><div class="big" title="1234567">1.23M</div></div>`,
    );
    const l = build(doc, '.big');
    expect(l.sample).toBe('1.23M');
    expect(resolveLocator(doc, l)).toMatchObject({
      ok: true,
      value: 1234567,
      precision: 0,
      text: '1.23M',
    });
  });

  it('ignores comparison figures when pairing ("vs. <b>…</b>", change classes)', () => {
    const doc = grid(
      card('Orders', '87', '<small>vs. <b>80</b></small><span class="delta">8.7%</span>'),
      card('Refunds', '3'),
    );
    expect(build(doc, '.card')).toMatchObject({ label: 'orders', sample: '87' });
  });

  it('"Label: value" pairs, and label-first runs in a definition list', () => {
    const doc = page(
      `<p>Orders: 87</p><dl><dt>Visitors</dt><dd>1,234</dd><dt>Pageviews</dt><dd>4,567</dd><dt>Signups</dt><dd>12</dd></dl>`,
    );
    expect(build(doc, 'p')).toMatchObject({ label: 'orders', sample: '87' });
    expect(build(doc, 'dd:nth-of-type(3)')).toMatchObject({
      label: 'signups',
      relation: 'previous-text',
    });
  });

  it('pages × metrics tables need both the row and the column', () => {
    const html = (rows: string[]) =>
      page(
        `<table><thead><tr><th>Page</th><th>Visits</th><th>Bounce rate</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
      );
    const a = html([
      '<tr><td>/home</td><td>800</td><td>40%</td></tr>',
      '<tr><td>/pricing</td><td>440</td><td>35%</td></tr>',
    ]);
    const l = build(a, 'tr:nth-child(2) td:nth-child(2)');
    expect(l).toMatchObject({ label: '/pricing › visits', relation: 'row-header' });
    const b = html([
      '<tr><td>/pricing</td><td>470</td><td>33%</td></tr>',
      '<tr><td>/home</td><td>820</td><td>41%</td></tr>',
    ]);
    expect(resolveLocator(b, l)).toMatchObject({ ok: true, value: 470, via: 'label' });
  });

  it('takes column labels from the nearest label row above (summary rows in <thead>)', () => {
    const doc = page(`<table><thead><tr><th></th><th>Hits</th><th>Visitors</th></tr>
      <tr class="thead-min"><th>min.</th><th><span>250</span></th><th><span>130</span></th></tr></thead>
      <tbody><tr><td>/</td><td>900</td><td>410</td></tr></tbody></table>`);
    expect(build(doc, '.thead-min th:nth-child(3) span')).toMatchObject({
      label: 'min. › visitors',
      relation: 'row-header',
    });
    expect(build(doc, 'tbody td:nth-child(2)')).toMatchObject({ label: '/ › hits' });
  });

  it('an unsigned percentage with an arrow icon is a badge, not a second figure', () => {
    const arrow = '<span class="icon"><svg viewBox="0 0 1 1"><path d="M0 0"></path></svg></span>';
    const doc =
      grid(`<div class="card"><span>Visitors</span><span><div title="16180">16.2k</div></span>
      <div class="badge-x">${arrow}<span><div>5%</div></span></div></div>`);
    expect(build(doc, '.card')).toMatchObject({
      label: 'visitors',
      relation: 'same-card',
      sample: '16.2k',
    });
  });

  it('a figure right after another figure takes no text label ("3 · 1%" then a More button)', () => {
    const doc = page(
      `<div class="list"><div class="row"><span>/blog</span><div>3</div><div class="pct">1%</div></div><button>More</button></div>`,
    );
    expect(build(doc, '.pct')).toMatchObject({ label: null, relation: null });
    expect(build(doc, '.row div')).toMatchObject({ label: '/blog', relation: 'previous-text' });
  });
});
