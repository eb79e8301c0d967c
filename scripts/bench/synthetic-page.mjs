// A synthetic analytics dashboard of ~20,000 DOM nodes with ~40 figures: top bar and side nav,
// KPI cards (label above value, change badge beside it), "Label: value" summary lines, a table
// with row labels, and many nested filler cards, lists and prose (no digits, so they are not
// figures). Deterministic: the same page every run.
//
// variant 'generic':   no markup any specific reader claims (read with `{ generic: true }`).
// variant 'plausible': the same page, but its first 13 KPI cards are Plausible's top-stats row
//                      (#stats-react-container / #top-stats-container / <p id="visitors">…),
//                      so the Plausible reader (and the real content script on plausible.io) reads it.
import { rng } from '../rng.mjs';

export const TARGET_NODES = 20_000;

const WORDS = (
  'account active adjust align analysis audience balance brand budget campaign channel checkout ' +
  'cohort content conversion customer dashboard device domain engagement entry event export ' +
  'feature filter funnel growth insight journey landing launch lead market medium mobile monthly ' +
  'newsletter order organic page partner path pipeline plan product profile query referral region ' +
  'report retention revenue review search segment session share signup social source stage store ' +
  'subscriber support team traffic trend update user value visit weekly widget'
).split(' ');

const PLAUSIBLE_METRICS = [
  ['current_visitors', 'Current visitors', '38'],
  ['visitors', 'Unique visitors', '12.3k'],
  ['visits', 'Total visits', '15.1k'],
  ['pageviews', 'Total pageviews', '41k'],
  ['events', 'Total events', '58.2k'],
  ['views_per_visit', 'Views per visit', '2.72'],
  ['bounce_rate', 'Bounce rate', '44%'],
  ['visit_duration', 'Visit duration', '1m 05s'],
  ['time_on_page', 'Time on page', '2m 13s'],
  ['scroll_depth', 'Scroll depth', '61%'],
  ['conversion_rate', 'Conversion rate', '3.1%'],
  ['total_revenue', 'Total revenue', '$12.4K'],
  ['average_revenue', 'Average revenue', '$41.20'],
];

const KPI_NAMES = [
  'Revenue',
  'Orders',
  'Visitors',
  'Sessions',
  'Signups',
  'Refunds',
  'Trials',
  'Churned accounts',
  'Average order value',
  'Cart abandonment',
  'Newsletter subscribers',
  'Support tickets',
  'Active users',
  'Page load time',
  'Returning customers',
  'Referral visits',
  'Paid clicks',
  'Impressions',
  'Ad spend',
  'Gross margin',
];
const REGIONS = ['Europe', 'Americas', 'Asia Pacific', 'Africa', 'Middle East'];
const INLINE_NAMES = [
  'Orders per visitor',
  'Mobile share',
  'Desktop share',
  'Tablet share',
  'Median session',
  'Email open rate',
  'Email click rate',
  'Net promoter score',
  'Repeat purchase rate',
  'Stock value',
];
const TABLE_ROWS = [
  'Organic search',
  'Direct traffic',
  'Paid search',
  'Social networks',
  'Email campaigns',
  'Affiliates',
  'Display ads',
  'Partner sites',
  'Video platforms',
  'Podcasts',
];

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** HTML string builder that counts element and text nodes as they would be parsed. */
class Builder {
  constructor() {
    this.parts = [];
    this.nodes = 0;
  }
  open(tag, attrs = '') {
    this.parts.push(`<${tag}${attrs ? ' ' + attrs : ''}>`);
    this.nodes++;
  }
  close(tag) {
    this.parts.push(`</${tag}>`);
  }
  text(t) {
    this.parts.push(esc(t));
    this.nodes++;
  }
  leaf(tag, attrs, t) {
    this.open(tag, attrs);
    if (t !== undefined) this.text(t);
    this.close(tag);
  }
}

function words(r, n) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(WORDS[Math.floor(r() * WORDS.length)]);
  const s = out.join(' ');
  return s[0].toUpperCase() + s.slice(1);
}

function icon(b) {
  b.open('svg', 'class="icon" viewBox="0 0 20 20" aria-hidden="true"');
  b.leaf('path', 'd="M5 7l5 5 5-5"');
  b.close('svg');
}

function money(r) {
  return `€${(r() * 90 + 10).toFixed(1)}K`;
}

function kpiCard(b, r, label, i) {
  const values = [
    () => money(r),
    () => `${Math.floor(r() * 9000 + 1000).toLocaleString('en-US')}`,
    () => `${(r() * 60 + 1).toFixed(1)}%`,
    () => `${Math.floor(r() * 5) + 1}m ${String(Math.floor(r() * 60)).padStart(2, '0')}s`,
    () => `${(r() * 900 + 100).toFixed(1)}k`,
  ];
  b.open('div', 'class="card kpi-card"');
  b.open('div', 'class="card-inner"');
  b.open('div', 'class="card-head"');
  b.leaf('div', 'class="card-label"', label);
  icon(b);
  b.close('div');
  b.open('div', 'class="card-body"');
  b.leaf('span', 'class="value"', values[i % values.length]());
  b.open('span', 'class="badge"');
  b.text(`${r() > 0.5 ? '↑' : '↓'} ${(r() * 20).toFixed(1)}%`);
  b.close('span');
  b.close('div');
  b.leaf('p', 'class="card-foot"', 'Compared with the previous period');
  b.close('div');
  b.close('div');
}

function plausibleTopStats(b) {
  b.open('div', 'id="stats-react-container" data-domain="bench.example" data-logged-in="true"');
  b.open('div', 'class="period-row"');
  b.open('button', 'type="button"');
  b.leaf('span', 'data-testid="current-query-period" class="truncate"', 'Last 30 days');
  icon(b);
  b.close('button');
  b.close('div');
  b.open('div', 'id="top-stats-container" class="flex flex-wrap relative"');
  for (const [id, label, value] of PLAUSIBLE_METRICS) {
    b.open('div', 'class="lg:flex-1 px-4 w-1/2 my-2 group select-none"');
    b.open('div', 'class="flex flex-col gap-y-1 p-2 -mx-2 rounded-md"');
    b.leaf('div', 'class="text-xs uppercase whitespace-nowrap flex w-fit font-bold"', label);
    b.open('div');
    b.open('span', 'class="flex items-baseline whitespace-nowrap"');
    b.leaf('p', `class="font-semibold value" id="${id}"`, value);
    b.open('span', 'class="ml-2 text-xs font-medium" data-testid="change-arrow"');
    b.leaf('span', 'class="text-green-500 font-bold"', '↑');
    b.text(' 12%');
    b.close('span');
    b.close('span');
    b.close('div');
    b.close('div');
    b.close('div');
  }
  b.close('div');
  b.close('div');
}

function fillerCard(b, r, k) {
  b.open('section', `class="panel panel-${k % 7}"`);
  b.open('header', 'class="panel-head"');
  b.leaf('h3', 'class="panel-title"', words(r, 3));
  b.open('div', 'class="panel-tools"');
  b.open('button', 'type="button" class="tool"');
  icon(b);
  b.close('button');
  b.leaf('button', 'type="button" class="tool"', 'Details');
  b.close('div');
  b.close('header');
  b.open('div', 'class="panel-body"');
  b.leaf('p', 'class="prose"', `${words(r, 18)}.`); // a sentence: over 100 chars, not a label
  b.open('ul', 'class="rows"');
  for (let i = 0; i < 4; i++) {
    b.open('li', 'class="row"');
    b.open('div', 'class="row-inner"');
    b.leaf('a', `href="#${WORDS[(k + i) % WORDS.length]}" class="row-link"`, words(r, 2));
    b.leaf('span', 'class="row-note"', words(r, 1));
    b.close('div');
    b.close('li');
  }
  b.close('ul');
  if (k % 5 === 0) {
    b.open('div', 'class="collapsed" hidden');
    b.leaf('p', '', words(r, 6));
    b.close('div');
  }
  b.close('div');
  b.close('section');
}

/** Returns { html, nodes, figures } where figures is how many figures the page shows. */
export function syntheticDashboard({
  variant = 'generic',
  targetNodes = TARGET_NODES,
  seed = 42,
} = {}) {
  const r = rng(seed);
  const b = new Builder();
  const title = variant === 'plausible' ? 'Plausible · bench.example' : 'Northwind · KPI overview';
  // <html>, <head>, <body> and the head's children are nodes too.
  b.parts.push(
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>`,
  );
  b.parts.push(
    '<style>body{font:14px system-ui;margin:0}.layout{display:flex}.sidebar{width:220px}' +
      'main{flex:1}.grid{display:grid;grid-template-columns:repeat(4,1fr);gap:8px}' +
      '.card,.panel{border:1px solid #ddd;border-radius:6px;padding:8px;margin:4px}' +
      '.icon{width:12px;height:12px}.value{font-size:20px;font-weight:600}</style></head>',
  );
  b.nodes += 7; // html, head, meta, title + text, style + text
  b.open('body');
  let figures = 0;

  // Top bar.
  b.open('header', 'class="topbar"');
  b.leaf('div', 'class="logo"', variant === 'plausible' ? 'Plausible' : 'Northwind Analytics');
  b.open('nav', 'class="topnav"');
  for (let i = 0; i < 12; i++) b.leaf('a', `href="#t${i}"`, words(r, 1));
  b.close('nav');
  b.close('header');

  b.open('div', 'class="layout"');
  // Side navigation.
  b.open('aside', 'class="sidebar"');
  b.open('nav');
  b.open('ul');
  for (let i = 0; i < 40; i++) {
    b.open('li');
    b.open('a', `href="#s${i}"`);
    icon(b);
    b.text(words(r, 2));
    b.close('a');
    b.close('li');
  }
  b.close('ul');
  b.close('nav');
  b.close('aside');

  b.open('main');
  b.leaf('h1', '', 'Overview');
  let cardsFrom = 0;
  if (variant === 'plausible') {
    plausibleTopStats(b);
    figures += PLAUSIBLE_METRICS.length;
    cardsFrom = PLAUSIBLE_METRICS.length;
  } else {
    b.open('div', 'class="period-row"');
    b.leaf('span', 'class="period"', 'Last 30 days');
    b.close('div');
  }

  // KPI cards: label above value (20 in all, counting Plausible's tiles).
  b.open('section', 'class="kpis grid"');
  for (let i = cardsFrom; i < 20; i++) {
    kpiCard(b, r, `${KPI_NAMES[i]} ${REGIONS[i % REGIONS.length]}`, i);
    figures++;
  }
  b.close('section');

  // "Label: value" lines in one text node.
  b.open('section', 'class="summary"');
  b.leaf('h2', '', 'At a glance');
  b.open('ul');
  for (let i = 0; i < INLINE_NAMES.length; i++) {
    b.open('li');
    b.leaf('span', '', `${INLINE_NAMES[i]}: ${(r() * 80 + 5).toFixed(1)}%`);
    b.close('li');
    figures++;
  }
  b.close('ul');
  b.close('section');

  // A table: row labels, one figure per row.
  b.open('section', 'class="table-card"');
  b.leaf('h2', '', 'Channels');
  b.open('table');
  b.open('thead');
  b.open('tr');
  b.leaf('th', '', 'Channel');
  b.leaf('th', '', 'Visitors');
  b.close('tr');
  b.close('thead');
  b.open('tbody');
  for (const row of TABLE_ROWS) {
    b.open('tr');
    b.leaf('td', '', row);
    const n = Math.floor(r() * 9000 + 100);
    b.leaf('td', `class="cell" data-value="${n}"`, n.toLocaleString('en-US'));
    b.close('tr');
    figures++;
  }
  b.close('tbody');
  b.close('table');
  b.close('section');

  // A live feed the mutation burst appends to.
  b.open('section', 'class="feed"');
  b.leaf('h2', '', 'Live activity');
  b.open('ul', 'id="feed"');
  b.close('ul');
  b.close('section');

  // Filler until the page has ~targetNodes nodes (leaving room for the footer).
  const FOOTER_NODES = 12;
  b.open('div', 'class="reports"');
  let k = 0;
  while (b.nodes < targetNodes - FOOTER_NODES - 40) {
    // Nest filler cards three deep in groups, as dashboards nest grids in sections.
    b.open('div', 'class="group"');
    b.open('div', 'class="group-inner grid"');
    for (let i = 0; i < 3 && b.nodes < targetNodes - FOOTER_NODES - 40; i++) fillerCard(b, r, k++);
    b.close('div');
    b.close('div');
  }
  b.close('div');
  b.close('main');
  b.close('div');

  b.open('footer', 'class="footer"');
  for (let i = 0; i < 5; i++) b.leaf('a', `href="#f${i}"`, words(r, 2));
  b.close('footer');
  b.close('body');
  b.parts.push('</html>');
  return { html: b.parts.join(''), nodes: b.nodes, figures };
}
