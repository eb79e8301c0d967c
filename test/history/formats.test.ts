import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseBytes, type Analysis } from '../../lib/history';

const DIR = join(__dirname, '../fixtures/csv');
const load = (name: string): Analysis => {
  const r = analyseBytes(new Uint8Array(readFileSync(join(DIR, name))));
  if (!r.ok) throw new Error(`${name}: ${r.error}`);
  return r.analysis;
};
const headers = (a: Analysis) => a.columns.map((c) => c.header);

describe('recognising dashboard exports', () => {
  it.each([
    ['plausible-visitors.csv', 'plausible', 'iso', 30],
    ['plausible-goal.csv', 'plausible-goal', 'iso', 14],
    ['ga4-date.csv', 'ga4', 'compact', 31],
    ['ga4-nth-day.csv', 'ga4-nth-day', 'nth-day', 7],
    ['search-console-dates.csv', 'search-console', 'iso', 28],
    ['shopify-total-sales.csv', 'shopify', 'iso', 31],
    ['stripe-payments.csv', 'stripe', 'iso', 19],
    ['youtube-totals.csv', 'youtube', 'iso', 21],
    ['matomo-visits-summary.csv', 'matomo', 'iso', 30],
  ])('%s is %s with %s dates', (file, format, dates, rows) => {
    const a = load(file);
    expect(a.format?.id).toBe(format);
    expect(a.date).toEqual({ kind: 'found', format: dates });
    expect(a.table.rows).toHaveLength(rows);
    expect(a.dateColumn).not.toBeNull();
  });

  it('knows what each Plausible column is', () => {
    const a = load('plausible-visitors.csv');
    const by = Object.fromEntries(a.columns.map((c) => [c.header, [c.unit, c.kind]]));
    expect(by).toEqual({
      visitors: ['count', 'unique'],
      pageviews: ['count', 'amount'],
      visits: ['count', 'amount'],
      views_per_visit: ['ratio', 'level'],
      bounce_rate: ['percent', 'level'],
      visit_duration: ['duration', 'level'],
    });
  });

  it('reads the table of a GA4 file past its # preamble, keeping its date range', () => {
    const a = load('ga4-date.csv');
    expect(a.table.meta['start date']).toBe('20260801');
    expect(a.table.meta.property).toBe('example.com - GA4');
    expect(headers(a)).toEqual(['Active users', 'Sessions', 'Engagement rate', 'Total revenue']);
    expect(a.start).toBe('2026-08-01');
  });

  it('decodes Matomo’s UTF-16LE export', () => {
    const a = load('matomo-visits-summary.csv');
    expect(headers(a)).toContain('nb_visits');
    expect(a.table.rows[0]!.cells[0]).toBe('2026-09-01');
  });

  it('recognises exports with no history by day and says which', () => {
    const umami = load('umami-pages.csv');
    expect(umami.format?.id).toBe('umami');
    expect(umami.format?.noHistory).toBe('breakdown');
    expect(umami.columns).toEqual([]);
    expect(load('youtube-chart-data.csv').format?.noHistory).toBe('per-video');
  });

  it('maps an unknown file: ; delimiter, quotes, BOM, decimal commas, D.M.Y dates', () => {
    const a = load('generic-de-semicolon.csv');
    expect(a.format).toBeNull();
    expect(a.table.delimiter).toBe(';');
    expect(a.table.header[0]).toBe('Datum'); // no BOM left in the first header
    expect(a.date).toEqual({ kind: 'found', format: 'dmy' });
    // "Notiz" is text, not a column of numbers.
    expect(headers(a)).toEqual(['Umsatz', 'Kunden']);
    expect(a.columns[0]!.kind).toBeUndefined(); // whether days add up is the user's to say
  });

  it('asks for day/month order when nothing in the file decides it', () => {
    expect(load('generic-ambiguous.csv').date).toEqual({
      kind: 'ambiguous',
      formats: ['dmy', 'mdy'],
    });
  });

  it('has a fixture for every dashboard format', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.csv'));
    const seen = new Set(files.map((f) => load(f).format?.source).filter(Boolean));
    for (const s of [
      'plausible',
      'umami',
      'ga4',
      'search-console',
      'shopify',
      'stripe',
      'youtube',
      'matomo',
    ])
      expect(seen).toContain(s);
  });
});
