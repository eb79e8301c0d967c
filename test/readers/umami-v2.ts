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
