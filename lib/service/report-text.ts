/**
 * The periodic report, built in the background where the readings are: each metric's history
 * is read once, from 90 days before the earlier of the goal's start and the previous period.
 */
import { metricId, type Reading } from '../goals/schema';
import { buildReport, reportPeriods, toCsv, toMarkdown, type PeriodKind } from '../report';
import { getSettings, listGoals, readingsFor } from '../store';
import { listReviews } from '../store/reviews';
import type { ServiceDeps } from './deps';

const minusDays = (iso: string, days: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString();
};

export async function buildReportText(
  deps: ServiceDeps,
  req: { period: PeriodKind; format: 'markdown' | 'csv'; lang: 'en' | 'ko'; date?: string },
) {
  const db = await deps.db();
  const now = deps.now();
  const end = req.date ? new Date(req.date) : now;
  const [{ goals }, settings, reviews] = await Promise.all([
    listGoals(db),
    getSettings(db),
    listReviews(db),
  ]);
  const { previous } = reportPeriods(req.period, end);
  const from = new Map<string, { metric: (typeof goals)[number]['metric']; start: string }>();
  for (const g of goals) {
    const start = minusDays(g.start < previous.start ? g.start : previous.start, 90);
    const id = metricId(g.metric);
    const known = from.get(id);
    if (!known || start < known.start) from.set(id, { metric: g.metric, start });
  }
  const readings: Reading[] = (
    await Promise.all([...from.values()].map((m) => readingsFor(db, m.metric, m.start)))
  ).flat();
  const report = buildReport({
    goals,
    readings,
    period: req.period,
    end,
    now,
    tolerance: settings.tolerance,
    staleDays: settings.staleDays,
    reviews,
  });
  const text = req.format === 'markdown' ? toMarkdown(report, req.lang) : toCsv(report, req.lang);
  const ext = req.format === 'markdown' ? 'md' : 'csv';
  return {
    ok: true as const,
    text,
    filename: `pacer-${req.period}-${report.period.start}.${ext}`,
    period: report.period,
  };
}
