// @vitest-environment happy-dom
/**
 * One block per layout a person reads a figure by. Each builds a locator on page A, then
 * resolves it on page B (same label, layout shifted), on a page where the label is gone and the
 * path now lands on another metric (must refuse), and checks that clicks around the figure pick
 * the same one.
 */
import { buildLocator, resolveLocator, type Locator } from '../../lib/locator';
import { inShadow, page, shadowPage } from './pages';

interface Layout {
  name: string;
  a: () => Document;
  pick: (doc: Document) => Element;
  /** Other places a user may click that mean the same figure. */
  around: ((doc: Document) => Element)[];
  expected: Partial<Locator>;
  b: () => Document;
  bValue: number;
  /** Label gone; the path now points at a different metric of the same unit. */
  gone: () => Document;
}

const $ = (sel: string) => (doc: Document) => doc.querySelector(sel)!;

const LAYOUTS: Layout[] = [
  {
    name: 'card with label and value',
    a: () =>
      page(`<main><div class="grid">
        <div class="card"><h4>Visitors</h4><div class="big">1,234</div><span class="badge">▲ 12%</span></div>
        <div class="card"><h4>Revenue</h4><div class="big"><span>$5,430</span></div><span>+8.1%</span></div>
        <div class="card"><h4>Conversion rate</h4><div class="big">3.2%</div><small>vs. 2.9% previous period</small></div>
      </div></main>`),
    pick: $('.card:nth-child(2) .big span'),
    around: [$('.card:nth-child(2) .big'), $('.card:nth-child(2)'), $('.card:nth-child(2) h4')],
    expected: {
      label: 'revenue',
      relation: 'same-card',
      unit: 'currency',
      currency: 'USD',
      sample: '$5,430',
    },
    b: () =>
      page(`<main><section class="row"><div class="grid">
        <div class="card"><div class="head"><h4>Conversion rate</h4><i class="info">i</i></div><div class="body"><div class="big">3.4%</div></div></div>
        <div class="card"><div class="head"><h4>Revenue</h4></div><div class="body"><div class="big"><span>$6,010</span></div><span>▲ 10.7%</span></div></div>
        <div class="card"><div class="head"><h4>Visitors</h4></div><div class="body"><div class="big">1,301</div></div></div>
      </div></section></main>`),
    bValue: 6010,
    gone: () =>
      page(`<main><div class="grid">
        <div class="card"><h4>Visitors</h4><div class="big">1,234</div></div>
        <div class="card"><h4>Refunds</h4><div class="big"><span>$120</span></div></div>
      </div></main>`),
  },
  {
    name: 'value-first sentence',
    a: () =>
      page(
        `<div class="summary"><p><strong>1,234</strong> visits, <strong><span>987</span></strong> unique visitors</p></div>`,
      ),
    pick: $('strong:nth-of-type(2) span'),
    around: [$('strong:nth-of-type(2)')],
    expected: { label: 'unique visitors', relation: 'next-text', unit: 'count', sample: '987' },
    b: () =>
      page(`<div class="summary"><p><strong>45</strong> new signups</p>
        <p><strong>1,301</strong> visits and <strong>1,002</strong> unique visitors</p></div>`),
    bValue: 1002,
    gone: () =>
      page(
        `<div class="summary"><p><strong>1,234</strong> visits, <strong>12</strong> signups</p></div>`,
      ),
  },
  {
    name: 'table header above the value',
    a: () =>
      page(`<table class="totals"><thead><tr><th>Sessions</th><th>Bounce rate</th><th>Avg. order value</th></tr></thead>
        <tbody><tr><td>4,210</td><td><span class="num">41</span>%</td><td>€38.50</td></tr></tbody></table>`),
    pick: $('td:nth-child(2)'),
    around: [$('td .num')],
    expected: { label: 'bounce rate', relation: 'header-cell', unit: 'percent', sample: '41%' },
    b: () =>
      page(`<h2>Totals</h2><table class="totals"><thead><tr><th>Users</th><th>Sessions</th><th>Pageviews</th><th>Bounce rate</th><th>Avg. order value</th></tr></thead>
        <tbody><tr><td>3,000</td><td>4,400</td><td>9,000</td><td>39.5%</td><td>€40.00</td></tr></tbody></table>`),
    bValue: 39.5,
    gone: () =>
      page(`<table class="totals"><thead><tr><th>Sessions</th><th>Conversion rate</th></tr></thead>
        <tbody><tr><td>4,210</td><td>2.1%</td></tr></tbody></table>`),
  },
  {
    name: 'row label with the value in the next cell',
    a: () =>
      page(
        `<table class="kv"><tr><th>Net sales</th><td>1,250</td></tr><tr><td>Returning customers</td><td>18%</td></tr></table>`,
      ),
    pick: $('td'),
    around: [$('th')],
    expected: { label: 'net sales', relation: 'row-cell', unit: 'count', sample: '1,250' },
    b: () =>
      page(`<table class="kv"><tr><td>Orders</td><td>87</td></tr><tr><td>Returning customers</td><td>19%</td></tr>
        <tr><th>Net sales</th><td>1,410</td></tr></table>`),
    bValue: 1410,
    gone: () =>
      page(
        `<table class="kv"><tr><th>Orders</th><td>87</td></tr><tr><td>Refunds</td><td>3</td></tr></table>`,
      ),
  },
  {
    name: 'aria-label',
    a: () =>
      page(`<h1>Billing</h1><div class="kpis"><span class="kpi" aria-label="Monthly recurring revenue">$12,400</span>
        <span class="kpi" aria-label="Active subscribers">310</span></div>`),
    pick: $('.kpi'),
    around: [],
    expected: {
      label: 'monthly recurring revenue',
      relation: 'aria',
      unit: 'currency',
      sample: '$12,400',
    },
    b: () =>
      page(`<h1>Billing</h1><div class="kpis"><div><span class="kpi" aria-label="Active subscribers">325</span></div>
        <div><span class="kpi" aria-label="Monthly recurring revenue">$13,050</span></div></div>`),
    bValue: 13050,
    gone: () =>
      page(`<h1>Billing</h1><div class="kpis"><span class="kpi" aria-label="Churned revenue">$1,200</span>
        <span class="kpi" aria-label="Active subscribers">310</span></div>`),
  },
  {
    name: 'value inside a shadow root',
    a: () =>
      shadowPage([
        ['Visitors', '1,234'],
        ['Subscribers', '2,048'],
      ]),
    pick: (doc) => inShadow(doc, 1, '.value'),
    around: [(doc) => inShadow(doc, 1, '.card'), (doc) => inShadow(doc, 1, '.label')],
    expected: { label: 'subscribers', relation: 'same-card', unit: 'count', sample: '2,048' },
    b: () =>
      shadowPage(
        [
          ['Subscribers', '2,100'],
          ['Churn', '1.5%'],
          ['Visitors', '1,301'],
        ],
        '<nav><a href="/">Home</a></nav>',
      ),
    bValue: 2100,
    gone: () =>
      shadowPage([
        ['Visitors', '1,234'],
        ['Trials', '57'],
      ]),
  },
];

describe.each(LAYOUTS)('locator: $name', (layout) => {
  const a = layout.a();
  const picked = layout.pick(a);
  const loc = buildLocator(picked)!;

  it('builds a label-anchored locator', () => {
    expect(loc).toMatchObject({ version: 1, ...layout.expected });
    expect(loc.path).toMatch(/nth-of-type/);
  });

  it('resolves on the same page to the same element, by label', () => {
    const r = resolveLocator(a, loc);
    expect(r).toMatchObject({ ok: true, via: 'label', text: layout.expected.sample });
    if (r.ok)
      expect(r.element === picked || r.element.contains(picked) || picked.contains(r.element)).toBe(
        true,
      );
  });

  it('follows the label when the layout shifts', () => {
    expect(resolveLocator(layout.b(), loc)).toMatchObject({
      ok: true,
      via: 'label',
      value: layout.bValue,
    });
  });

  it('refuses when the label is gone and the path lands on another metric', () => {
    expect(resolveLocator(layout.gone(), loc)).toEqual({ ok: false, reason: 'not-found' });
  });

  it('picks the same figure from a click around it', () => {
    for (const around of layout.around) expect(buildLocator(around(a))).toEqual(loc);
  });
});
