/**
 * Search Console's Performance table as breakdowns (issue 13): the Queries, Pages, Countries
 * and Devices tabs share one table under the chart, whose first header names the tab ("Top
 * queries", "Top pages", "Countries", "Devices"). Read by its header words (header-tables.ts),
 * in en, de and ko. Only the Clicks and Impressions columns are values (they measure the
 * "Total clicks" and "Total impressions" cards); CTR and Position per row are not part of a
 * total. Rows of anonymised queries are left out by Search Console itself, so a query table's
 * clicks add up to less than the card.
 */
import type { LabelledMetric } from './labelled';
import { dimensionNames } from './header-tables';

export const SC_DIMENSIONS = dimensionNames({
  queries:
    'top queries|queries|query|인기 검색어|검색어|쿼리|häufigste suchanfragen|suchanfragen|suchanfrage',
  pages: 'top pages|pages|page|인기 페이지|페이지|häufigste seiten|seiten|seite',
  countries: 'countries|country|국가|länder|land',
  devices: 'devices|device|기기|geräte|gerät',
});

const clicks: LabelledMetric = { key: 'total_clicks', unit: 'count' };
const impressions: LabelledMetric = { key: 'total_impressions', unit: 'count' };
export const SC_COLUMNS = new Map<string, LabelledMetric>([
  ['clicks', clicks],
  ['클릭수', clicks],
  ['klicks', clicks],
  ['impressions', impressions],
  ['노출수', impressions],
  ['impressionen', impressions],
]);
