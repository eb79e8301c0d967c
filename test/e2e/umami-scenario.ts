/**
 * The end-to-end tests' main scenario, shared by Chromium and Firefox: the real Umami 3.1
 * capture at Umami Cloud's address, and a visitors goal meant to grow from 15k to 30k over 90
 * days that, 40 days in, has barely moved (off track), with 20 days of history.
 */
import { resolve } from 'node:path';
import type { Goal, Reading } from '../../lib/goals/schema';
import { dayFromToday } from './harness';

export const UMAMI_SITE = '756bbf38-42a5-4b11-b3b2-b16527e8b530';
export const UMAMI_DASHBOARD = `https://cloud.umami.is/websites/${UMAMI_SITE}?date=30day`;
export const UMAMI_PAGE = {
  url: UMAMI_DASHBOARD,
  file: resolve('test/fixtures/umami/dashboard-30d.en.html'),
};
export const visitorsMetric = { source: 'umami', scope: UMAMI_SITE, key: 'visitors' };

export const visitorsGoal: Goal = {
  id: 'visitors-30k',
  title: 'Grow monthly visitors to 30k',
  objective: 'More people discover the product',
  metric: { ...visitorsMetric, label: 'Visitors' },
  direction: 'increase',
  accumulation: 'level',
  baseline: { value: 15000, date: dayFromToday(-40) },
  target: { value: 30000 },
  start: dayFromToday(-40),
  deadline: dayFromToday(50),
  actions: [],
  notes: [],
  revisions: [],
};

export const visitorsHistory: Reading[] = Array.from({ length: 20 }, (_, i) => ({
  metric: visitorsMetric,
  value: 15000 + i * 60,
  unit: 'count',
  precision: 50,
  period: null,
  observedAt: `${dayFromToday(-20 + i)}T09:00:00.000Z`,
}));

/** An export file with these readings and no goals, for `data.import` (merge). */
export const historyFile = (readings: Reading[] = visitorsHistory) => ({
  format: 'pacer' as const,
  version: 1 as const,
  exportedAt: new Date().toISOString(),
  goals: [],
  readings,
});
