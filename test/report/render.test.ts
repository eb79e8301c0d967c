/** Markdown and CSV output: the lines a team pastes, CSV that parses back, injection guarded. */
import { describe, expect, it } from 'vitest';
import { buildReport, guardCell, toCsv, toMarkdown } from '../../lib/report';
import { daily } from '../support/factories';
import { allGoals, allReadings, goal, M } from './cases';

const report = (goals = allGoals, readings = allReadings()) =>
  buildReport({ goals, readings, period: 'month', end: new Date('2026-03-02T08:00:00Z') });

/** RFC 4180 in a dozen lines: quoted fields, doubled quotes, CRLF between records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let cell = '';
    if (text[i] === '"') {
      for (i++; i < text.length; i++) {
        if (text[i] === '"' && text[i + 1] === '"') cell += text[i++];
        else if (text[i] === '"') break;
        else cell += text[i];
      }
      i++; // closing quote
    } else while (i < text.length && !/[,\r]/.test(text[i]!)) cell += text[i++];
    row.push(cell);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i) || i >= text.length) {
      rows.push(row);
      row = [];
      i += 2;
    } else throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
  }
  return rows;
}

describe('toMarkdown', () => {
  const r = report();
  const en = toMarkdown(r, 'en');
  const lines = en.split('\n');

  it('opens with a heading and a one-line summary', () => {
    // Intl's range format puts thin spaces around the dash.
    expect(lines[0]).toBe('# Monthly KPI report · Feb 1\u2009–\u200928, 2026');
    expect(lines[2]).toBe(
      '**6 goals** — ✅ Achieved 1 · 🟢 On track 2 · ⚪ No data 1 · 🔴 Off track 1 · ❌ Missed 1',
    );
  });

  it('shares successes first, each goal as a heading with emoji and word, then bullets', () => {
    const at = (s: string) => lines.indexOf(s);
    expect(at('## Successes')).toBeGreaterThan(0);
    expect(at('## Successes')).toBeLessThan(at('## Waiting for data'));
    expect(at('## Waiting for data')).toBeLessThan(at('## Needs attention'));
    const heads = lines.filter((l) => l.startsWith('### '));
    expect(heads).toEqual([
      '### 🟢 On track · Grow quarterly online sales 30% over Q1 last year',
      '### 🟢 On track · Grow followers by 50% in six months',
      '### ✅ Achieved · Reach 15% market share within three months of launch',
      '### ⚪ No data · Monthly sign-ups +20%',
      '### 🔴 Off track · Raise the engagement rate by 20% in six months',
      '### ❌ Missed · Launch buzz: 500 mentions',
    ]);
    expect(en).toContain(
      '- Start → now → target: ₩100M (Jan 1, 2025) → ₩92.3M (Feb 28, 2026) → ₩130M',
    );
    expect(en).toContain('- Since last month: +₩43.8M (was ₩48.5M)');
    expect(en).toContain('- Progress: 71% (expected 66%)');
    expect(en).toContain('- Owner: Mina · Deadline: Mar 31, 2026');
    expect(en).toContain('- Done: Launch spring campaign\n');
    expect(en).toContain('- Overdue: Fix checkout bug (due Feb 20, 2026)\n');
    // A note's line break does not start a new Markdown block.
    expect(en).toContain('  - Feb 12, 2026: Campaign went live; first orders look good\n');
    expect(en).toContain('- Unusual changes: Feb 14, 2026 (13.5K)');
    expect(en).toMatch(/- Since last month: \+5\.63 pts \(was 11%\)/);
    expect(en).toContain('- Start → now → target: 100 (Jan 1, 2026) → unknown → 110');
  });

  it('keeps hostile titles on their heading line', () => {
    const evil = goal({ id: 'x', title: 'Evil\n# Fake heading\n- fake bullet', metric: M.sales });
    const md = toMarkdown(report([evil], []), 'en');
    expect(md).toContain('### ⚪ No data · Evil # Fake heading - fake bullet\n');
    expect(md.split('\n').filter((l) => l.startsWith('#'))).toHaveLength(3);
  });

  it('speaks Korean: Korean words, dates, and 만/억 figures', () => {
    const ko = toMarkdown(r, 'ko');
    expect(ko.split('\n')[0]).toBe('# 월간 KPI 보고서 · 2026. 2. 1. ~ 2026. 2. 28.');
    expect(ko).toContain(
      '**목표 6개** — ✅ 달성 1 · 🟢 순항 중 2 · ⚪ 데이터 없음 1 · 🔴 뒤처짐 1 · ❌ 미달성 1',
    );
    expect(ko).toContain('## 성과');
    expect(ko).toContain('## 조치 필요');
    expect(ko).toContain(
      '- 시작 → 현재 → 목표: ₩1억 (2025. 1. 1.) → ₩9226만 (2026. 2. 28.) → ₩1.3억',
    );
    expect(ko).toContain('- 지난달 대비: +₩4376만 (이전 ₩4850만)');
    expect(ko).toContain('1.4만 (2026. 2. 28.) → 1.5만');
    expect(ko).toContain('- 지난달 대비: +5.63%p');
    expect(ko).toContain('- 기한 지남: Fix checkout bug (기한 2026. 2. 20.)');
    for (const word of ['On track', 'Achieved', 'Since last', 'Progress', 'Deadline'])
      expect(ko).not.toContain(word);
  });
});

describe('toCsv', () => {
  it('is RFC 4180: quoted fields, CRLF, a header, one row per goal, raw numbers, ISO dates', () => {
    const r = report();
    const csv = toCsv(r, 'en');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/"[^"]*"/g, '').replace(/\r\n/g, '')).toMatch(/^,*$/); // only CRLF outside quotes
    const [header, ...rows] = parseCsv(csv);
    expect(header).toHaveLength(27);
    expect(rows).toHaveLength(r.goals.length);
    const col = (name: string) => header!.indexOf(name);
    for (const [i, g] of r.goals.entries()) {
      const row = rows[i]!;
      expect(row).toHaveLength(27);
      expect(row[col('Goal ID')]).toBe(g.id);
      expect(row[col('Title')]).toBe(g.title);
      const raw = (name: string, v: number | null | undefined) =>
        v == null
          ? expect(row[col(name)]).toBe('')
          : expect(Number(row[col(name)])).toBeCloseTo(v, 6);
      raw('Current', g.current);
      raw('Target', g.target);
      raw('Change', g.change);
      raw('Progress', g.progress);
      raw('Baseline', g.baseline.value);
      expect(row[col('Deadline')]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(row[col('Period start')]).toBe('2026-02-01');
    }
    const sales = rows[0]!;
    expect(sales[col('Status')]).toBe('On track');
    expect(sales[col('Current')]).not.toMatch(/[₩,]/);
    expect(sales[col('Notes')]).toBe('2026-02-12 Campaign went live;\nfirst orders look good');
  });

  it('guards formula-looking user text with an apostrophe, and leaves raw numbers alone', () => {
    const titles = [
      '=HYPERLINK("http://evil.example","x")',
      '+1+1',
      '-2+3',
      '@SUM(A1:A9)',
      '\tcmd',
    ];
    const goals = titles.map((title, i) =>
      goal({ id: `t${i}`, title, owner: '=cmd|"/C calc"!A0', metric: M.buzz, priority: 1 }),
    );
    // Falling mentions make the change negative: a number cell that starts with "-".
    const readings = daily('2026-01-01', '2026-02-28', (i) => 1000 - 3 * i, { metric: M.buzz });
    const [header, ...rows] = parseCsv(toCsv(report(goals, readings), 'en'));
    const t = header!.indexOf('Title');
    expect(rows.map((row) => row[t]).sort()).toEqual(titles.map((s) => `'${s}`).sort());
    expect(rows[0]![header!.indexOf('Owner')]).toBe(`'=cmd|"/C calc"!A0`);
    expect(rows[0]![header!.indexOf('Change')]).toMatch(/^-\d/);
    expect(guardCell('Grow sales 30%')).toBe('Grow sales 30%');
    expect(guardCell('')).toBe('');
  });

  it('writes a Korean header and status words for a Korean report', () => {
    const [header, first] = parseCsv(toCsv(report(), 'ko'));
    expect(header!.slice(0, 4)).toEqual(['목표 ID', '제목', '목적', '상태']);
    expect(first![3]).toBe('순항 중');
    expect(first![header!.indexOf('현재 값')]).toMatch(/^\d+(\.\d+)?$/);
  });
});
