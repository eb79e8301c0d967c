// @vitest-environment happy-dom
/** The generic label-anchored reader, one small hand-written page per layout it must handle. */
import { ratioToOneWalk } from '../support/linear';
import { readGeneric } from '../../lib/readers/generic';
import { readPage } from '../support/read-page';
import { slugify } from '../../lib/readers/dom';
import { parseHtml } from './happy-dom';

const URL_ = new URL('https://shop.example.net/admin/stats');
const NOW = new Date('2024-05-14T12:00:00Z');

function read(html: string) {
  return readGeneric(
    parseHtml(`<!DOCTYPE html><html lang="en"><body>${html}</body></html>`),
    URL_,
    NOW,
  );
}
function values(html: string): Record<string, number> {
  return Object.fromEntries((read(html)?.figures ?? []).map((f) => [f.key, f.value]));
}

describe('generic reader: layouts', () => {
  it('value in the same card as its label (label above, badge beside)', () => {
    const html = `<div class="grid">
      <div class="card"><h4>Visitors</h4><div class="big">1,234</div><span class="badge">▲ 12%</span></div>
      <div class="card"><h4>Revenue</h4><div class="big">$5,430</div><span>+8.1%</span></div>
      <div class="card"><h4>Conversion rate</h4><div class="big">3.2%</div><small>vs. 2.9% previous period</small></div>
    </div>`;
    const r = read(html)!;
    expect(r.source).toBe('custom');
    expect(r.scope).toBe('shop.example.net');
    expect(r.figures.map((f) => [f.key, f.value, f.unit])).toEqual([
      ['visitors', 1234, 'count'],
      ['revenue', 5430, 'currency'],
      ['conversion_rate', 3.2, 'percent'],
    ]);
    expect(r.figures[1]!.currency).toBe('USD');
  });

  it('value below its label in a card where the label comes last', () => {
    expect(
      values(
        `<section><div><b>12.3K</b><p>Followers</p></div><div><b>4.1%</b><p>Engagement</p></div></section>`,
      ),
    ).toEqual({
      followers: 12300,
      engagement: 4.1,
    });
  });

  it('a bare text node after a label, and "Label: value" in one text node', () => {
    expect(values(`<p><strong>Orders:</strong> 87</p><p>Refunds: 3</p>`)).toEqual({
      orders: 87,
      refunds: 3,
    });
  });

  it('value before its label in a sentence', () => {
    const html = `<div class="sparkline"><span><strong>1,234</strong> visits, </span><span><strong>987</strong> unique visitors</span></div>
      <p><strong>2m 30s</strong> average visit duration</p>`;
    expect(values(html)).toEqual({
      visits: 1234,
      unique_visitors: 987,
      average_visit_duration: 150,
    });
  });

  it('a header cell with the value one row below', () => {
    const html = `<table><thead><tr><th>Sessions</th><th>Bounce rate</th><th>Avg. order value</th></tr></thead>
      <tbody><tr><td>4,210</td><td>41%</td><td>€38.50</td></tr></tbody></table>`;
    const r = read(html)!;
    expect(r.figures.map((f) => [f.key, f.value])).toEqual([
      ['sessions', 4210],
      ['bounce_rate', 41],
      ['avg_order_value', 38.5],
    ]);
    expect(r.figures[2]!.currency).toBe('EUR');
  });

  it('a row label with the value in the next cell', () => {
    const html = `<table><tr><th>Net sales</th><td>1,250</td></tr><tr><td>Returning customers</td><td>18%</td></tr></table>`;
    expect(values(html)).toEqual({ net_sales: 1250, returning_customers: 18 });
  });

  it('pierces open shadow roots', () => {
    const doc = parseHtml(
      '<!DOCTYPE html><html lang="en"><body><h1>Overview</h1><kpi-card id="host"></kpi-card></body></html>',
    );
    const host = doc.getElementById('host')!;
    const root = host.attachShadow({ mode: 'open' });
    const label = doc.createElement('span');
    label.textContent = 'Subscribers';
    const value = doc.createElement('strong');
    value.textContent = '2,048';
    const inner = doc.createElement('nested-card');
    const innerRoot = inner.attachShadow({ mode: 'open' });
    const l2 = doc.createElement('div');
    l2.textContent = 'Churn';
    const v2 = doc.createElement('div');
    v2.textContent = '1.5%';
    innerRoot.append(l2, v2);
    root.append(label, value, inner);
    const r = readGeneric(doc, URL_, NOW)!;
    expect(r.figures.map((f) => [f.key, f.value])).toEqual([
      ['subscribers', 2048],
      ['churn', 1.5],
    ]);
  });
});

describe('generic reader: raw values, comparisons, duplicates, keys', () => {
  it('prefers a raw value (data-value, title) that agrees with the display', () => {
    const r = read(`<div><span>Visitors</span><span data-value="16180">16.2k</span></div>
      <div><span>Views</span><span title="34461">34.5k</span></div>
      <div><span>Year</span><span title="2024">12</span></div>`)!;
    expect(r.figures.map((f) => [f.key, f.value, f.precision, f.text])).toEqual([
      ['visitors', 16180, 0, '16.2k'],
      ['views', 34461, 0, '34.5k'],
      // A title that disagrees with the display is about something else: the display wins.
      ['year', 12, 0.5, '12'],
    ]);
  });

  it('never takes a comparison for the value', () => {
    const html = `<div><h4>Revenue</h4><span class="delta">+12%</span><span>↑ 4.2%</span><span>$9,870</span>
        <p>from last month</p></div>
      <div><h4>Orders</h4><p class="previous-value">310</p><p>325</p></div>
      <div><h4>Sessions</h4><span>980</span><small>vs. <b>1,020</b></small></div>`;
    expect(values(html)).toEqual({ revenue: 9870, orders: 325, sessions: 980 });
  });

  it('an unsigned change badge with an arrow icon is not a value (Umami style)', () => {
    const html = `<div><span>Visitors</span><span><div>1,204</div></span>
      <div class="badge"><span><svg><path d="M5 12h14"></path></svg></span><span><div>4%</div></span></div></div>`;
    expect(values(html)).toEqual({ visitors: 1204 });
  });

  it('a percentage KPI in a card with an icon in its header is a value, not a badge', () => {
    // The arrow badge rule is about the value's own small container, not any icon in the card.
    const icon = '<svg class="icon" viewBox="0 0 20 20"><path d="M5 7l5 5 5-5"></path></svg>';
    const card = (label: string, value: string, badge: string) =>
      `<div class="card"><div class="card-inner"><div class="card-head"><div>${label}</div>${icon}</div>
        <div class="card-body"><span class="value">${value}</span><span class="badge">${badge}</span></div>
        <p>Compared with the previous period</p></div></div>`;
    const html = `<section class="kpis">${card('Cart abandonment', '42.5%', '↓ 3.1%')}${card('Orders', '1,204', '↑ 2.0%')}</section>`;
    expect(values(html)).toEqual({ cart_abandonment: 42.5, orders: 1204 });
    // Still a badge: an unsigned percentage with the arrow right beside it.
    expect(
      values(`<div><span>Visitors</span><b>1,204</b><div><svg></svg><span>4%</span></div></div>`),
    ).toEqual({
      visitors: 1204,
    });
  });

  it('de-duplicates repeated labels: hidden copies, legends, table headers', () => {
    const html = `<div class="mobile" style="display: none"><span>Visitors</span><b>999</b></div>
      <div class="desktop"><span>Visitors</span><b>1,500</b></div>
      <div hidden><span>Visitors</span><b>1</b></div>
      <div aria-hidden="true"><span>Orders</span><b>2</b></div>
      <svg><text>Visitors</text><text>1,400</text></svg>
      <table><thead><tr><th>Visitors</th></tr></thead><tbody><tr><td>1,499</td></tr></tbody></table>
      <ul class="legend"><li>Visitors</li><li>Orders</li></ul>`;
    expect(values(html)).toEqual({ visitors: 1500 });
  });

  it('derives stable keys: ascii slug, non-Latin letters kept', () => {
    expect(slugify('Avg. Session Duration')).toBe('avg_session_duration');
    expect(slugify('Durée moyenne')).toBe('duree_moyenne');
    expect(slugify('방문자')).toBe('방문자');
    expect(
      values(
        `<div><span>방문자</span><strong>1.2만</strong></div><div><span>페이지뷰</span><strong>3,456</strong></div>`,
      ),
    ).toEqual({
      방문자: 12000,
      페이지뷰: 3456,
    });
  });

  it('reads the visible period, and is used by readPage only when asked', () => {
    const html = `<button>Last 7 days</button><div><span>Visitors</span><b>320</b></div>`;
    expect(read(html)!.period).toEqual({ start: '2024-05-08', end: '2024-05-14' });
    const doc = parseHtml(html);
    expect(readPage(doc, URL_, { now: NOW })).toBeNull();
    expect(readPage(doc, URL_, { now: NOW, generic: true })?.source).toBe('custom');
  });

  it('returns null when nothing reads as a labelled figure', () => {
    expect(read('<p>Welcome back!</p><p>2024</p>')).toBeNull();
  });
});

describe('generic reader: cost', () => {
  it('reads a 20,000-node page quickly', () => {
    const doc = parseHtml('<!DOCTYPE html><html><body><main id="m"></main></body></html>');
    const main = doc.getElementById('m')!;
    for (let i = 0; i < 3000; i++) {
      const card = doc.createElement('div');
      const label = doc.createElement('span');
      label.textContent = `Metric ${i} name`;
      const value = doc.createElement('b');
      value.textContent = String(i * 7);
      const note = doc.createElement('p');
      note.textContent = 'Some descriptive text that is not a figure at all.';
      card.append(label, value, note);
      main.append(card);
    }
    expect(doc.getElementsByTagName('*').length + 3000 * 3).toBeGreaterThanOrEqual(20000);
    const r = readGeneric(doc, URL_, NOW)!;
    expect(r.figures.length).toBe(60); // capped
    // A few walks' worth of work; a quadratic pass would be thousands.
    expect(ratioToOneWalk(doc, () => readGeneric(doc, URL_, NOW))).toBeLessThan(60);
  }, 30_000);
});

describe('generic reader: report pages (issue 15)', () => {
  const NOW_ = new Date('2026-10-02T09:00:00Z');
  const readAt = (html: string, lang = 'en') =>
    readGeneric(
      parseHtml(`<!DOCTYPE html><html lang="${lang}"><body>${html}</body></html>`),
      URL_,
      NOW_,
    );

  it('a unit in its own element belongs to the number; the label is kept', () => {
    const r = readAt(
      `<dl><dt>결제금액</dt><dd><strong>1,284,500</strong><span>원</span></dd></dl><dl><dt>주문건수</dt><dd><b>87</b><span>건</span></dd></dl><div><h4>Bounce</h4><p>41<small>%</small></p></div>`,
      'ko',
    )!;
    expect(r.figures.map((f) => [f.label, f.value, f.unit, f.currency ?? null, f.text])).toEqual([
      ['결제금액', 1284500, 'currency', 'KRW', '1,284,500원'],
      ['주문건수', 87, 'count', null, '87건'],
      ['Bounce', 41, 'percent', null, '41%'],
    ]);
  });

  it('years beside month names, and date columns, are never figures', () => {
    const r = readAt(
      `<table><tr><td>Jan<br>2026</td><td>Feb<br>2026</td></tr></table><table><tr><th>Year</th><th>Visits</th></tr><tr><td>2025</td><td>1,200</td></tr></table>`,
    );
    expect(r?.figures.map((f) => [f.label, f.value])).toEqual([['Visits', 1200]]);
  });

  it('a clock time after a date is a time of day, not a duration', () => {
    const r = readAt(
      `<p><span>Last update:</span> <span>30 Sep 2026</span> <span>23:59</span></p><p>Visits: 4,402</p>`,
    );
    expect(r?.figures.map((f) => f.key)).toEqual(['visits']);
  });

  it('a header row above a row of values: each value by its column (row and column in a matrix)', () => {
    const r = readAt(
      `<table><tr><td></td><td>Unique visitors</td><td>Number of visits</td></tr><tr><td>Viewed traffic</td><td><b>890</b></td><td><b>4,402</b></td></tr></table>
       <table><tr><th>Source</th><th>Visitors</th></tr><tr><td>Google</td><td>4,600</td></tr></table>`,
    );
    expect(r?.figures.map((f) => [f.key, f.value])).toEqual([
      ['viewed_traffic_unique_visitors', 890],
      ['viewed_traffic_number_of_visits', 4402],
      ['google', 4600], // one figure in its row: named by the row, as before
    ]);
  });

  it('never a figure from a rank column; a listing is grouped after the headline figures', () => {
    const rows = ['/', '/pricing', '/about', '/signup']
      .map((u, i) => `<tr><td>${i + 1}</td><td>${900 - i}</td><td>${u}</td></tr>`)
      .join('');
    const r = readAt(
      `<table><tr><th colspan="3">Top 4 of 45 Total URLs</th></tr><tr><th>#</th><th>Hits</th><th>URL</th></tr>${rows}</table><p>Total Hits: 31,775</p>`,
    )!;
    expect(r.figures[0]).toMatchObject({ key: 'total_hits', value: 31775 });
    expect(r.figures.slice(1).map((f) => [f.label, f.value, f.group])).toEqual([
      ['/ · Hits', 900, 'Top 4 of 45 Total URLs'],
      ['/pricing · Hits', 899, 'Top 4 of 45 Total URLs'],
      ['/about · Hits', 898, 'Top 4 of 45 Total URLs'],
      ['/signup · Hits', 897, 'Top 4 of 45 Total URLs'],
    ]);
    expect(r.figures.some((f) => /^(?:url|#)/i.test(f.label))).toBe(false);
  });

  it.each([
    [
      '<h3>Summary Period: September 2026</h3><p>Generated 01-Oct-2026 00:05</p>',
      '2026-09-01',
      '2026-09-30',
    ],
    [
      '<table><tr><td>Reported period</td><td>Month Sep 2026</td></tr><tr><td>First visit</td><td>01 Sep 2026 - 00:04</td></tr></table>',
      '2026-09-01',
      '2026-09-30',
    ],
    [
      '<h2>Statistics for: shop.example, 01 Sep 2026 – 15 Sep 2026</h2>',
      '2026-09-01',
      '2026-09-15',
    ],
    ['<p>Generated 01 Oct 2026</p><h3>Summary Period: Year 2026</h3>', '2026-01-01', '2026-12-31'],
  ])('report heading period: %s', (heading, start, end) => {
    expect(readAt(`${heading}<p>Visits: 4,402</p>`)?.period).toEqual({ start, end });
  });
});
