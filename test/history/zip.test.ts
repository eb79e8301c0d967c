import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { analyseBytes, csvEntries, hasHistory, isZip } from '../../lib/history';

const csv = (name: string) =>
  new Uint8Array(readFileSync(join(__dirname, '../fixtures/csv', name)));

/** A Plausible export as PlausibleWeb.StatsController.csv_export zips it (a few of its files). */
const plausibleZip = () =>
  zipSync({
    'sources.csv': strToU8(
      'name,visitors,bounce_rate,visit_duration\nGoogle,812,51,88\nDirect / None,640,47,102\n',
    ),
    'visitors.csv': csv('plausible-visitors.csv'),
    'pages.csv': strToU8('name,visitors,pageviews,bounce_rate,time_on_page\n/,900,1500,50,40\n'),
    '__MACOSX/._visitors.csv': strToU8('junk'),
    'readme.md': strToU8('# not a csv'),
  });

describe('a dashboard’s zip export', () => {
  it('lists its CSV files and finds the one with days', () => {
    const bytes = plausibleZip();
    expect(isZip(bytes)).toBe(true);
    expect(isZip(csv('plausible-visitors.csv'))).toBe(false);
    const entries = csvEntries(bytes)!;
    expect(entries.map((e) => e.name)).toEqual(['sources.csv', 'visitors.csv', 'pages.csv']);
    const withDays = entries.filter((e) => {
      const r = analyseBytes(e.bytes);
      return r.ok && hasHistory(r.analysis);
    });
    expect(withDays.map((e) => e.name)).toEqual(['visitors.csv']);
  });

  it('says a broken zip cannot be read rather than throwing', () => {
    const bytes = plausibleZip().slice(0, 200);
    expect(csvEntries(bytes)).toBeNull();
  });
});
