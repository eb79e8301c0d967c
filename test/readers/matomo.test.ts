// @vitest-environment happy-dom
/**
 * Matomo periods (URL hash over query, every period and date form, a fixed now), the picker's
 * resolved dates, segments as views, and the floored long durations.
 */
import { reader } from '../../lib/readers/matomo';
import { parseHtml } from './happy-dom';

const NOW = new Date('2026-09-03T10:00:00Z'); // a Thursday
const BASE = 'https://stats.example.org/index.php?module=CoreHome&action=index&idSite=1';
const card = (picker = '') =>
  parseHtml(
    `<html lang="en"><body>${picker ? `<div id="periodString"><div class="periodSelector"><a id="date" class="title"><span class="icon icon-calendar"></span> ${picker}</a></div></div>` : ''}<div class="sparkline sparklineCard"><div class="sparklineNoComparison"><div class="metricValue"><div class="metricValue__title">Visits</div><div class="metricValue__primary"><span class="metricValue__number">1,204</span></div></div></div><div class="sparklineCard__sparkline"><img class="sparklineImg" src="index.php?module=API&amp;columns=nb_visits&amp;viewDataTable=sparkline"></div></div></body></html>`,
  );
const read = (url: string, picker = '') => reader.read(card(picker), new URL(url), NOW);

describe('matomo period from the URL (now = Thu 2026-09-03)', () => {
  it.each([
    ['period=day&date=today', '2026-09-03', '2026-09-03'],
    ['period=day&date=yesterday', '2026-09-02', '2026-09-02'],
    ['period=day&date=2026-08-31', '2026-08-31', '2026-08-31'],
    ['period=week&date=2026-09-03', '2026-08-31', '2026-09-06'], // Monday-start week
    ['period=week&date=2026-03-01', '2026-02-23', '2026-03-01'], // a Sunday, across months
    ['period=month&date=2026-09-01', '2026-09-01', '2026-09-30'],
    ['period=month&date=today', '2026-09-01', '2026-09-30'],
    ['period=month&date=2026-02-10', '2026-02-01', '2026-02-28'],
    ['period=year&date=2026-09-01', '2026-01-01', '2026-12-31'],
    ['period=range&date=last7', '2026-08-28', '2026-09-03'], // includes today
    ['period=range&date=previous7', '2026-08-27', '2026-09-02'], // ends yesterday
    ['period=range&date=2026-08-01,2026-08-15', '2026-08-01', '2026-08-15'],
    ['period=range&date=2026-08-20,today', '2026-08-20', '2026-09-03'],
  ])('%s', (q, start, end) => {
    expect(read(`${BASE}&${q}`)?.period).toEqual({ start, end });
  });

  it('the hash (what the SPA shows) wins over the query the page loaded with', () => {
    const r = read(`${BASE}&period=day&date=yesterday#?idSite=1&period=month&date=2026-08-01`);
    expect(r?.period).toEqual({ start: '2026-08-01', end: '2026-08-31' });
  });

  it('lastN with a day period is a series, not one range: null', () => {
    expect(read(`${BASE}&period=day&date=last7`)?.period).toBeNull();
  });

  it("the picker's resolved dates win (site time zone): day and range texts, any language", () => {
    expect(read(`${BASE}&period=day&date=today`, '2026-09-04')?.period).toEqual({
      start: '2026-09-04',
      end: '2026-09-04',
    });
    expect(read(`${BASE}&period=week&date=today`, 'Von 2026-08-31 bis 2026-09-06')?.period).toEqual(
      {
        start: '2026-08-31',
        end: '2026-09-06',
      },
    );
    // "September 2026" has no ISO date: the URL says it.
    expect(read(`${BASE}&period=month&date=2026-09-01`, 'September 2026')?.period?.end).toBe(
      '2026-09-30',
    );
  });
});

describe('matomo segments and comparisons', () => {
  it('a segment in the query becomes the view; keys and labels carry it', () => {
    const r = read(`${BASE}&period=month&date=2026-09-01&segment=browserCode%3D%3DFF`);
    expect(r?.view).toEqual({ id: 'segment=browserCode==FF', label: 'segment browserCode==FF' });
    expect(r?.figures[0]).toMatchObject({
      key: 'visits~segment=browserCode==FF',
      label: 'Visits · segment browserCode==FF',
      value: 1204,
    });
  });

  it('no segment: no view, plain keys', () => {
    const r = read(`${BASE}&period=month&date=2026-09-01`);
    expect(r?.view).toBeUndefined();
    expect(r?.figures[0]?.key).toBe('visits');
  });

  it('comparing segments shows several segments per card: nothing is read', () => {
    expect(
      read(`${BASE}&period=month&date=2026-09-01&compareSegments[]=browserCode%3D%3DFF`),
    ).toBeNull();
  });
});
