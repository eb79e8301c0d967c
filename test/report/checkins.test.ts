/** Check-ins in the report: said as typed by hand, in Markdown and CSV, in English and Korean. */
import { describe, expect, it } from 'vitest';
import { manualMetric } from '../../lib/checkins';
import type { Reading } from '../../lib/goals/schema';
import { buildReport, toCsv, toMarkdown } from '../../lib/report';
import { makeGoal, makeReading } from '../support/factories';

const metric = manualMetric('share', 'percent', 'Market share');
const goal = makeGoal({
  id: 'share',
  title: 'Reach 15% market share',
  metric,
  baseline: { value: 8, date: '2026-02-01' },
  target: { value: 15 },
  start: '2026-02-01',
  deadline: '2026-04-30',
});
const checkin = (day: string, value: number, note?: string): Reading =>
  makeReading(
    { source: metric.source, scope: metric.scope, key: metric.key },
    value,
    `${day}T12:00:00.000Z`,
    {
      unit: 'percent',
      precision: 0.05,
      origin: 'check-in',
      ...(note ? { note } : {}),
    },
  );
const readings = [
  checkin('2026-02-20', 9.1, 'Panel survey'),
  checkin('2026-03-02', 10.1),
  checkin('2026-03-03', 10.6),
  checkin('2026-03-04', 11.2, 'Q1 "partner" report'),
];
// Week of Mon 2 – Sun 8 March 2026, made on Monday 9 March.
const report = buildReport({
  goals: [goal],
  readings,
  period: 'week',
  end: new Date('2026-03-09T08:00:00Z'),
});

describe('check-ins in the report', () => {
  it('lists the period’s check-ins and marks the current value as checked in by hand', () => {
    const g = report.goals[0]!;
    expect(g.checkins).toEqual([
      { date: '2026-03-02', value: 10.1 },
      { date: '2026-03-03', value: 10.6 },
      { date: '2026-03-04', value: 11.2, note: 'Q1 "partner" report' },
    ]);
    expect(g.currentByHand).toBe(true);
    expect(g.current).toBe(11.2);
  });

  it('Markdown, English and Korean', () => {
    const en = toMarkdown(report, 'en').split('\n');
    expect(en).toContain(
      '- Start → now → target: 8% (Feb 1, 2026) → 11.2% (Mar 4, 2026, checked in by hand) → 15%',
    );
    expect(en).toContain(
      '- Checked in by hand: Mar 2, 2026 10.1%; Mar 3, 2026 10.6%; Mar 4, 2026 11.2% (Q1 "partner" report)',
    );
    const ko = toMarkdown(report, 'ko').split('\n');
    expect(ko).toContain(
      '- 직접 입력한 값: 2026. 3. 2. 10.1%; 2026. 3. 3. 10.6%; 2026. 3. 4. 11.2% (Q1 "partner" report)',
    );
    expect(ko.some((l) => l.includes('(2026. 3. 4., 직접 입력)'))).toBe(true);
  });

  it('CSV: one column, one check-in a line', () => {
    const [header, row] = toCsv(report, 'en').split('\r\n');
    const cols = header!.split(',');
    const at = cols.indexOf('"Checked in by hand"');
    expect(at).toBeGreaterThan(0);
    // The cell is quoted and holds line breaks: find it by content instead of splitting on commas.
    expect(row).toContain(
      '"2026-03-02 10.1\n2026-03-03 10.6\n2026-03-04 11.2 Q1 ""partner"" report"',
    );
    expect(toCsv(report, 'ko').split('\r\n')[0]).toContain('"직접 입력한 값"');
  });

  it('a goal on a figure entered by hand is in its own unit even before its first check-in', () => {
    const empty = buildReport({
      goals: [goal],
      readings: [],
      period: 'week',
      end: new Date('2026-03-09T08:00:00Z'),
    });
    expect(empty.goals[0]!.unit).toBe('percent');
    expect(toMarkdown(empty, 'en')).toContain('→ unknown → 15%');
  });

  it('a goal without check-ins prints no such line', () => {
    const page = buildReport({
      goals: [goal],
      readings: readings.map(({ origin: _o, note: _n, ...r }) => r),
      period: 'week',
      end: new Date('2026-03-09T08:00:00Z'),
    });
    expect(page.goals[0]!.currentByHand).toBe(false);
    expect(toMarkdown(page, 'en')).not.toContain('by hand');
  });
});
