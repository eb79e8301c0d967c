/**
 * The report as CSV (RFC 4180): every field quoted, quotes doubled, CRLF line ends, a header row,
 * one row per goal. Numbers are raw (`1300000`, `0.87`) and dates ISO so a spreadsheet can compute
 * with them; words (header, status) follow the report's language. A caller saving a file for
 * Excel may prepend a BOM ("\uFEFF") so Korean text opens as UTF-8.
 */
import { metricId } from '../goals/schema';
import { decisionParts } from './decisions';
import { CSV_HEADER, statusWord, type ReportLang } from './strings';
import type { Report } from './types';

/**
 * A text cell a spreadsheet would run as a formula (OWASP "CSV injection": = + - @, and tab/CR
 * which some spreadsheets strip first) gets a leading apostrophe. Only text cells: goal titles,
 * notes and owners are user text; our own numbers are written raw so "-12" stays a number.
 */
export function guardCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
/** 15 significant digits: what a double holds reliably, so 0.708 is not written 0.7080000000000001. */
const num = (x: number | null | undefined) =>
  x === null || x === undefined ? '' : String(Number(x.toPrecision(15)));

export function toCsv(report: Report, lang: ReportLang): string {
  const rows: string[][] = [CSV_HEADER.map((h) => h[lang])];
  for (const g of report.goals) {
    const text = (s: string | undefined) => guardCell(s ?? '');
    rows.push([
      text(g.id),
      text(g.title),
      text(g.objective),
      statusWord(g.status, lang),
      num(g.priority),
      text(g.owner),
      text(metricId(g.metric)),
      g.unit,
      g.currency ?? '',
      num(g.baseline.value),
      g.baseline.date,
      num(g.previous?.value),
      num(g.change),
      num(g.current),
      g.currentDate ?? '',
      num(g.target),
      g.deadline,
      num(g.progress),
      num(g.expectedProgress),
      // Lists in one cell, one item a line (a quoted field may hold line breaks).
      text(g.actionsDone.map((a) => a.title).join('\n')),
      text(g.actionsOverdue.map((a) => `${a.due} ${a.title}`).join('\n')),
      text(g.notes.map((n) => `${n.date} ${n.text}`).join('\n')),
      num(g.anomalies.length),
      // One check-in a line: date, raw value, note.
      text(g.checkins.map((c) => [c.date, num(c.value), c.note ?? ''].join(' ').trim()).join('\n')),
      // One decision a line: the review's day, then the decision in words.
      text(
        report.decisions
          .filter((d) => d.decision.goalId === g.id)
          .map((d) => `${d.date} ${decisionParts(d, lang).join('; ')}`)
          .join('\n'),
      ),
      report.period.start,
      report.period.end,
    ]);
  }
  // Rows end in CRLF (RFC 4180); breaks inside user text become LF so CR never appears alone.
  return (
    rows.map((r) => r.map((c) => quote(c.replace(/\r\n?/g, '\n'))).join(',')).join('\r\n') + '\r\n'
  );
}
