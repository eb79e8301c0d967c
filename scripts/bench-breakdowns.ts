/**
 * breakdown_bytes_per_dashboard_day: what one dashboard's breakdown tables cost a day in the
 * store (issue 13). A realistic dashboard — Plausible's four cards with three tabs each: sources,
 * channels, campaigns; pages, entry and exit pages; countries, regions, cities; browsers, OS,
 * devices — 12 tables of 10 rows on visitors, read a day, through the real path (toBreakdowns →
 * putBreakdowns) over fake-indexeddb. Bytes are the JSON size of the stored records (IndexedDB's
 * own overhead and compression left out), as db_bytes_per_metric_year counts readings.
 */
import 'fake-indexeddb/auto';
import type { BreakdownDimension } from '../lib/readers/breakdown';
import type { PageRead } from '../lib/messaging/schemas';
import { toBreakdowns } from '../lib/service/page-breakdowns';
import { openPacerDb } from '../lib/store';
import { putBreakdowns } from '../lib/store/breakdowns';
import { BREAKDOWN_RETENTION, compactBreakdowns } from '../lib/store/compact-breakdowns';

const DAY_MS = 86_400_000;

const LABELS: Record<string, string[]> = {
  sources: [
    'Google',
    'Direct / None',
    'Twitter',
    'Bing',
    'DuckDuckGo',
    'Hacker News',
    'Reddit',
    'LinkedIn',
    'GitHub',
    'Newsletter',
  ],
  channels: [
    'Organic Search',
    'Direct',
    'Organic Social',
    'Referral',
    'Email',
    'Paid Search',
    'Paid Social',
    'Display',
    'Affiliates',
    '(other)',
  ],
  campaigns: [
    'spring-sale',
    'newsletter-2026-11',
    'launch-week',
    'retargeting-eu',
    'brand-search',
    'partner-webinar',
    'black-friday',
    'onboarding-drip',
    'product-hunt',
    'podcast-ad',
  ],
  pages: [
    '/',
    '/pricing',
    '/blog/how-we-cut-churn-in-half',
    '/docs/getting-started',
    '/features',
    '/signup',
    '/blog',
    '/about',
    '/changelog',
    '/docs/api/authentication',
  ],
  'entry-pages': [
    '/',
    '/blog/how-we-cut-churn-in-half',
    '/pricing',
    '/docs/getting-started',
    '/features',
    '/blog/kpi-roadmap-planning',
    '/compare/competitor',
    '/signup',
    '/about',
    '/careers',
  ],
  'exit-pages': [
    '/',
    '/pricing',
    '/signup/confirm',
    '/docs/getting-started',
    '/blog',
    '/features',
    '/contact',
    '/about',
    '/changelog',
    '/login',
  ],
  countries: [
    'United States',
    'Germany',
    'United Kingdom',
    'South Korea',
    'India',
    'France',
    'Canada',
    'Netherlands',
    'Japan',
    'Brazil',
  ],
  regions: [
    'California',
    'England',
    'Seoul',
    'Bavaria',
    'New York',
    'Île-de-France',
    'Ontario',
    'Texas',
    'Maharashtra',
    'North Holland',
  ],
  cities: [
    'San Francisco',
    'London',
    'Seoul',
    'Berlin',
    'New York',
    'Paris',
    'Toronto',
    'Munich',
    'Amsterdam',
    'Bengaluru',
  ],
  browsers: [
    'Chrome',
    'Safari',
    'Firefox',
    'Edge',
    'Samsung Internet',
    'Opera',
    'Brave',
    'Chrome Webview',
    'Safari (in-app)',
    'Vivaldi',
  ],
  os: [
    'Windows',
    'Mac',
    'iOS',
    'Android',
    'GNU/Linux',
    'Chrome OS',
    'Ubuntu',
    'iPadOS',
    'Fedora',
    'FreeBSD',
  ],
  devices: [
    'Desktop',
    'Mobile',
    'Tablet',
    'Laptop',
    'Large desktop',
    'Small mobile',
    'Phablet',
    'TV',
    'Console',
    'Unknown',
  ],
};

/** One day's read of the dashboard: last 7 days, visitors, 12 tables of 10 rows. */
function dashboardRead(day: number): PageRead {
  const iso = (d: number) => new Date(d * DAY_MS).toISOString().slice(0, 10);
  return {
    source: 'plausible',
    scope: 'example.com',
    period: { start: iso(day - 7), end: iso(day - 1) },
    figures: [
      {
        key: 'visitors',
        label: 'Unique visitors',
        value: 12_350,
        unit: 'count',
        precision: 50,
        text: '12.3k',
      },
    ],
    breakdowns: Object.entries(LABELS).map(([dimension, labels]) => ({
      dimension: dimension as BreakdownDimension,
      key: 'visitors',
      unit: 'count' as const,
      // Top rows: thousands down to tens, as "4.2k" (± 50) or "87" (± 0.5), varying by day.
      rows: labels.map((label, i) => {
        const v = Math.round(4200 / (i + 1) + ((day * 31 + i * 17) % 97));
        return v >= 1000
          ? { label, value: Math.floor(v / 100) * 100 + 50, precision: 50 }
          : { label, value: v, precision: 0.5 };
      }),
    })),
  };
}

export async function benchBreakdowns(days = 30) {
  const db = await openPacerDb({ name: `bench-breakdowns-${Date.now()}` });
  const last = Math.floor(Date.parse('2026-12-31T12:00:00Z') / DAY_MS);
  let records = 0;
  for (let d = last - days + 1; d <= last; d++) {
    const written = await putBreakdowns(
      db,
      toBreakdowns(dashboardRead(d), new Date(d * DAY_MS + 43_200_000)),
    );
    records += written.length;
  }
  let bytes = 0;
  for (const row of await db.getAll('breakdowns')) bytes += Buffer.byteLength(JSON.stringify(row));
  // Retention: a day past the limit is gone the next morning.
  const later = new Date((last + BREAKDOWN_RETENTION.keepDays - days / 2) * DAY_MS);
  const { deleted } = await compactBreakdowns(db, later);
  db.close();
  const perDay = Math.round(bytes / days);
  return {
    breakdown_bytes_per_dashboard_day: perDay,
    breakdown_bytes_per_dashboard_year_kept: perDay * BREAKDOWN_RETENTION.keepDays,
    records_per_day: records / days,
    bytes_per_record: Math.round(bytes / records),
    retention_days: BREAKDOWN_RETENTION.keepDays,
    retention_deleted_check: deleted,
  };
}
