/**
 * GoAccess HTML reports (any host, often `file://`): the "Overall Analyzed Requests" overview.
 *
 * The report renders its numbers with JavaScript from embedded JSON; the content script runs
 * after that, so it reads the rendered overview. Two markups:
 * - up to 1.9.3: `.wrap-general` with `.grid-module` tiles, a `.col-title` label and
 *   `<h3 id="total_requests">3,514</h3>`;
 * - 1.9.4 and later (1.10, 1.11): `aside#overall` with `<hgroup><h2>…</h2><p>from – to</p>` and
 *   `<li><div><span>label</span><span id="total_requests">3,514</span></div></li>`.
 * In both the value's id is GoAccess's own metric key, whatever the report's language.
 *
 * Numbers: `fmtValue` prints counts with `(+value).toLocaleString()`, i.e. in the locale of the
 * browser that renders the report, not the report's language: a German browser shows "7.286"
 * for 7,286. Byte sizes are `parseFloat(x.toFixed(2)) + ' MiB'` (always a "." decimal, trailing
 * zeros dropped) and zero is "0 Byte".
 */
import { parseDateRangeText, parseFigure } from '../parse';
import type { DateRange, Figure } from '../parse/types';
import { isHidden, textOf, viewerLocale } from './dom';
import { goaccessBreakdowns } from './goaccess-breakdowns';
import type { PageFigure, PageRead, Reader } from './types';

// Up to 1.9.3: the overview block, one tile, its label, its value (id = metric key).
const GENERAL = '.wrap-general';
const TILE = '.grid-module';
const TILE_LABEL = '.col-title';
const TILE_VALUE = 'h3[id]';
// The analysed range in the old header (both the desktop h4 and the mobile h5 copy).
const FROM = '.from';
const TO = '.to';
// 1.9.4+: the overview aside; each `li` holds a label span and a value span with the key as id.
const OVERALL = 'aside#overall';
const ITEM_VALUE = 'li span[id]';
// 1.9.4+: "01/Sep/2026 – 30/Sep/2026" under the overview heading.
const OVERALL_RANGE = 'hgroup p';
// The report title (`--html-report-title`), shown under the header.
const TITLE = '.report-title';
// GoAccess's link in the nav ("by GoAccess v1.7").
const BRAND = 'a[href^="https://goaccess.io"]';

// How long goaccess took to parse, not a fact about the site (and differs run to run).
const SKIP = new Set(['generation_time']);

export function detect(doc: Document, _url: URL): boolean {
  return (
    !!doc.querySelector(BRAND) &&
    (!!doc.querySelector(`${GENERAL} ${TILE} ${TILE_VALUE}`) ||
      !!doc.querySelector(`${OVERALL} ${ITEM_VALUE}`))
  );
}

/** "01/Sep/2026" – "30/Sep/2026": GoAccess's `%d/%b/%Y`, month names in its C locale. */
function periodOf(from: string, to: string, now: Date): DateRange | null {
  return from && to ? parseDateRangeText(`${from} – ${to}`, now, 'en') : null;
}

/**
 * One overview value. Sizes end in a unit and use "." whatever the locale; counts are in the
 * viewer's locale. Sizes are rounded to 2 decimals with trailing zeros dropped, so "58.1 MiB"
 * is as exact as "58.09 MiB": ±0.005 of the unit; whole bytes are exact.
 */
function valueOf(text: string, viewer: string | undefined): Figure | null {
  if (!/[a-z]$/i.test(text)) return parseFigure(text, viewer);
  const size = parseFigure(text, 'en');
  if (size?.unit !== 'bytes') return null;
  // The unit's size in bytes, from the half-width of the digits shown ("58.09 MiB": 2 decimals).
  const decimals = /\.(\d+)/.exec(text)?.[1]?.length ?? 0;
  const unitBytes = size.precision * 2 * 10 ** decimals;
  return { ...size, precision: unitBytes === 1 || size.value === 0 ? 0 : 0.005 * unitBytes };
}

function figure(key: string, label: string, text: string, viewer?: string): PageFigure | null {
  if (!key || SKIP.has(key)) return null;
  const f = valueOf(text, viewer);
  return f && { key, label, ...f, text };
}

function read(doc: Document, url: URL, now: Date): PageRead | null {
  const viewer = viewerLocale(doc);
  const figures: PageFigure[] = [];
  let period: DateRange | null = null;
  const overall = doc.querySelector(OVERALL);
  const general = overall ? null : doc.querySelector(GENERAL);
  if (overall) {
    for (const value of Array.from(overall.querySelectorAll(ITEM_VALUE))) {
      const label = value.previousElementSibling;
      if (isHidden(value, overall)) continue;
      const fig = figure(value.id, textOf(label), textOf(value), viewer);
      if (fig) figures.push(fig);
    }
    const [from = '', to = ''] = textOf(overall.querySelector(OVERALL_RANGE)).split(' – ');
    period = periodOf(from, to, now);
  } else if (general) {
    for (const tile of Array.from(general.querySelectorAll(TILE))) {
      const value = tile.querySelector(TILE_VALUE);
      if (!value || isHidden(tile)) continue;
      const fig = figure(value.id, textOf(tile.querySelector(TILE_LABEL)), textOf(value), viewer);
      if (fig) figures.push(fig);
    }
    period = periodOf(textOf(general.querySelector(FROM)), textOf(general.querySelector(TO)), now);
  }
  if (figures.length === 0) return null;
  const title = textOf(doc.querySelector(TITLE));
  const out: PageRead = {
    source: 'goaccess',
    scope: title || url.hostname || 'report',
    period,
    figures,
  };
  const breakdowns = goaccessBreakdowns(doc, figures, viewer);
  if (breakdowns.length) out.breakdowns = breakdowns;
  return out;
}

export const reader: Reader = { id: 'goaccess', matches: [], sites: 4, detect, read };

/*
 * Verified against: real reports from Debian's goaccess 1.7 (COMBINED log, generated by
 * test/readers/goaccess-report.ts) rendered in headless Chromium in en-US and de-DE (the
 * de-DE one shows "3.514"); allinurl/goaccess at 1.11 (Aug 2026): resources/tpls.html
 * (`tpl-general`, `tpl-general-items`, in the markup since 1.9.4), src/output.c (`aside
 * id='overall'`, `<html lang>`), resources/js/app.js (`fmtValue`: toLocaleString for numeric,
 * `formatBytes`: toFixed(2), "0 Byte"). The 1.10 fixture is RECONSTRUCTED from those templates
 * with the 1.7 report's own figures (no 1.10 binary here).
 */
