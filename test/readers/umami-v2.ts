/**
 * Umami 2.19 markup, reconstructed from its source at tag v2.19.0 (no capture of 2.x exists
 * here): `WebsiteMetricsBar` → `MetricsBar` → `MetricCard` (CSS-module classes as Next.js names
 * them, `Module_class__hash`; the value's `title` holds the exact number; in compare mode a second
 * `MetricCard_value MetricCard_prev` shows the previous period), `ChangeLabel`, and
 * `WebsiteDateFilter` → `DateFilter` → react-basics `Dropdown` (the shown text in
 * `Dropdown_value`, the value in a hidden input). Cards in 2.x's order: views, visits, visitors.
 */
export interface V2Card {
  label: string;
  title?: string;
  text: string;
  prev?: string;
}

export const V2_CARDS_EN: V2Card[] = [
  { label: 'Views', title: '34461', text: '34.5k' },
  { label: 'Visits', title: '16180', text: '16.2k' },
  { label: 'Visitors', title: '16180', text: '16.2k' },
  { label: 'Bounce rate', title: '35.13597033374536', text: '35%' },
  { label: 'Visit duration', title: '101.89326328800989', text: '1m 41s ' },
];

export function v2Page(
  cards: V2Card[],
  date: { value: string; shown: string },
  lang = 'en-US',
): string {
  const card = (c: V2Card) =>
    `<div class="MetricCard_card__Kc3Sp${c.prev ? ' MetricCard_compare__pT1xA' : ''}">` +
    `<div class="MetricCard_label__T2eLm">${c.label}</div>` +
    `<div class="MetricCard_value__6dXXr"${c.title ? ` title="${c.title}"` : ''}>${c.text}</div>` +
    `<div class="ChangeLabel_label__Ph2Cd MetricCard_change__Pb4kv ChangeLabel_positive__mnqUn" title="785">` +
    `<span class="Icon_icon__qXEkw"><svg></svg></span><span>5%</span></div>` +
    (c.prev ? `<div class="MetricCard_value__6dXXr MetricCard_prev__Vl1d3">${c.prev}</div>` : '') +
    `</div>`;
  return (
    `<!DOCTYPE html><html lang="${lang}"><head><title>Umami</title></head><body>` +
    `<div class="WebsiteMetricsBar_container__s0VRx"><div><div class="MetricsBar_bar__IqxrB">` +
    cards.map(card).join('') +
    `</div></div><div class="WebsiteMetricsBar_actions__cJVJg"><div></div>` +
    `<div class="WebsiteDateFilter_container__Rx4ZR">` +
    `<div class="Field_field__Zx3v0 Dropdown_field__VfGV2 WebsiteDateFilter_dropdown__xO2NZ DateFilter_dropdown__gTPpE">` +
    `<div class="Dropdown_value__4T2bT">${date.shown}</div>` +
    `<span class="Icon_icon__qXEkw"><svg></svg></span>` +
    `<input type="hidden" value="${date.value}"></div>` +
    `<div class="WebsiteDateFilter_buttons__fALUW"><button class="Button_button__pJ5aV"></button></div>` +
    `</div></div></div><footer><a href="https://umami.is">umami</a></footer></body></html>`
  );
}

/**
 * 2.19's overview tables (WebsiteTableView → MetricsTable → ListTable, rows labelled by a
 * FilterLink to the overview filtered on them: `renderUrl({ [id]: value })` keeps the page's own
 * query). `param` is the FilterLink id (`url` for pages); a row without a value has no link.
 */
export interface V2Table {
  title: string;
  metric: string;
  param: string;
  rows: { value?: string; label: string; title: string; text: string; share: string }[];
}

export function v2Tables(tables: V2Table[], page: URL): string {
  const href = (param: string, value: string) => {
    const q = new URLSearchParams(page.search);
    q.set(param, value);
    return `${page.pathname}?${q}`;
  };
  const external = (param: string, value: string) =>
    param === 'url'
      ? `https://example.com${value}`
      : param === 'referrer'
        ? `https://${value}`
        : '';
  const row = (t: V2Table, r: V2Table['rows'][number]) =>
    `<div class="ListTable_row__B9vTY"><div class="ListTable_label__Qr0lW">` +
    `<div class="FilterLink_row__Zj0sX"><img src="/images/${t.param}/x.png" alt="">` +
    (r.value
      ? `<a class="FilterLink_label__pK8yf" href="${href(t.param, r.value)}">${r.label}</a>` +
        (external(t.param, r.value)
          ? `<a class="FilterLink_link__nB2r1" href="${external(t.param, r.value)}" target="_blank" rel="noreferrer noopener"><span class="Icon_icon__qXEkw"><svg></svg></span></a>`
          : '')
      : r.label) +
    `</div></div><div class="ListTable_value__mI1Zq">` +
    `<div class="ListTable_value__mI1Zq" title="${r.title}">${r.text}</div></div>` +
    `<div class="ListTable_percent__YN7ha"><div class="ListTable_bar__NXCTT" style="width: ${r.share};"></div><span>${r.share}</span></div></div>`;
  const table = (t: V2Table) =>
    `<div class="MetricsTable_container__mCdTf"><div class="MetricsTable_actions__x2Pzb"><div class="MetricsTable_buttons__rFmFx"></div></div>` +
    `<div class="ListTable_table__bI4Zs"><div class="ListTable_header__rS7n2">` +
    `<div class="ListTable_title__hM7xQ">${t.title}</div><div class="ListTable_metric__Yv8Jp">${t.metric}</div></div>` +
    `<div class="ListTable_body__X8d5d">${t.rows.map((r) => row(t, r)).join('')}</div></div>` +
    `<div class="MetricsTable_footer__pL2dN"><a href="${page.pathname}?view=${t.param}">More</a></div></div>`;
  return `<div class="Grid_grid__vYpOg">${tables.map(table).join('')}</div>`;
}
