/**
 * The report as Markdown that pastes cleanly into Slack and Notion: `#` headings, one bullet list
 * per goal (tables do not survive a paste into Slack), status as emoji + word, numbers through
 * Intl in the report's language (Korean compacts to 만/억).
 */
import { formatDate, formatPercent } from '../i18n/format';
import { figure, signedChange } from './figures';
import { localeOf } from '../i18n';
import { decisionParts, decisionTitle } from './decisions';
import {
  DECISION_WORDS,
  fill,
  SINCE,
  STATUS_EMOJI,
  statusWord,
  TITLE,
  WORDS,
  type ReportLang,
} from './strings';
import type { GoalReport, Report } from './types';
import { STATUSES, TIER } from './build-report';

const TIERS = [
  { tiers: [0], word: WORDS.tierSuccess },
  { tiers: [1], word: WORDS.tierWaiting },
  { tiers: [2, 3, 4], word: WORDS.tierAttention },
];

export function toMarkdown(report: Report, lang: ReportLang): string {
  const lines = [`# ${TITLE[report.kind][lang]} · ${dateRange(report.period, lang)}`, ''];
  const counts = STATUSES.filter((s) => report.summary.byStatus[s] > 0).map(
    (s) => `${STATUS_EMOJI[s]} ${statusWord(s, lang)} ${report.summary.byStatus[s]}`,
  );
  const total = fill(WORDS.goalCount[lang], { n: report.summary.total });
  lines.push(counts.length ? `**${total}** — ${counts.join(' · ')}` : WORDS.none[lang]);
  for (const { tiers, word } of TIERS) {
    const goals = report.goals.filter((g) => tiers.includes(TIER[g.status]));
    if (!goals.length) continue;
    lines.push('', `## ${word[lang]}`);
    for (const g of goals) lines.push('', ...goalLines(g, report, lang));
  }
  lines.push(...decisionLines(report, lang));
  return lines.join('\n') + '\n';
}

/** The period's reviews, each with its decisions: the adjustments and why (article ch. 5). */
function decisionLines(report: Report, lang: ReportLang): string[] {
  if (!report.decisions.length) return [];
  const out = ['', `## ${DECISION_WORDS.heading[lang]}`];
  let review: string | null = null;
  for (const d of report.decisions) {
    if (d.reviewId !== review) {
      review = d.reviewId;
      out.push(
        '',
        `### ${fill(DECISION_WORDS.reviewOf[lang], { date: formatDate(d.date, lang) })}`,
      );
    }
    out.push(`- **${decisionTitle(d)}** — ${decisionParts(d, lang).join(' · ')}`);
  }
  return out;
}

function goalLines(g: GoalReport, report: Report, lang: ReportLang): string[] {
  const v = (x: number) => figure(x, g.unit, lang, g.currency);
  const d = (iso: string) => formatDate(iso, lang);
  const out = [
    `### ${STATUS_EMOJI[g.status]} ${statusWord(g.status, lang)} · ${oneLine(g.title, 200)}`,
  ];
  const hand = g.currentByHand ? `, ${WORDS.byHand[lang]}` : '';
  const now =
    g.current === null ? WORDS.unknown[lang] : `${v(g.current)} (${d(g.currentDate!)}${hand})`;
  out.push(
    `- ${WORDS.trail[lang]}: ${v(g.baseline.value)} (${d(g.baseline.date)}) → ${now} → ${v(g.target)}`,
  );
  const was = g.previous?.value;
  out.push(
    `- ${SINCE[report.kind][lang]}: ` +
      (g.change === null || was == null
        ? WORDS.unknown[lang]
        : `${signedChange(g.change, g.unit, lang, g.currency)} (${WORDS.was[lang]} ${v(was)})`),
  );
  if (g.progress !== null) {
    const expected =
      g.expectedProgress === null
        ? ''
        : ` (${WORDS.expected[lang]} ${formatPercent(g.expectedProgress, lang)})`;
    out.push(`- ${WORDS.progress[lang]}: ${formatPercent(g.progress, lang)}${expected}`);
  }
  const who = [
    g.owner ? `${WORDS.owner[lang]}: ${oneLine(g.owner, 100)}` : '',
    `${WORDS.deadline[lang]}: ${d(g.deadline)}`,
  ];
  out.push(`- ${who.filter(Boolean).join(' · ')}`);
  if (g.actionsDone.length)
    out.push(
      `- ${WORDS.actionsDone[lang]}: ${g.actionsDone.map((a) => oneLine(a.title, 120)).join('; ')}`,
    );
  if (g.actionsOverdue.length)
    out.push(
      `- ${WORDS.actionsOverdue[lang]}: ` +
        g.actionsOverdue
          .map((a) => `${oneLine(a.title, 120)} (${WORDS.due[lang]} ${d(a.due!)})`)
          .join('; '),
    );
  if (g.notes.length) {
    out.push(`- ${WORDS.notes[lang]}:`);
    for (const n of g.notes) out.push(`  - ${d(n.date)}: ${oneLine(n.text, 280)}`);
  }
  if (g.checkins.length)
    out.push(
      `- ${WORDS.checkins[lang]}: ` +
        g.checkins
          .map((c) => `${d(c.date)} ${v(c.value)}${c.note ? ` (${oneLine(c.note, 120)})` : ''}`)
          .join('; '),
    );
  if (g.anomalies.length)
    out.push(
      `- ${WORDS.anomalies[lang]}: ${g.anomalies.map((a) => `${d(a.date)} (${v(a.value)})`).join('; ')}`,
    );
  return out;
}

/**
 * User text on one line: a title or note with a newline or a leading "#" must not open a new
 * heading or bullet. Markdown escapes are not added because Slack prints backslashes literally.
 */
function oneLine(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function dateRange(p: { start: string; end: string }, lang: ReportLang): string {
  const f = new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium', timeZone: 'UTC' });
  return f.formatRange(new Date(`${p.start}T00:00:00Z`), new Date(`${p.end}T00:00:00Z`));
}
