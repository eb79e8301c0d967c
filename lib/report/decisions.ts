/**
 * The decisions of a report's period (issue 13, the article's ch. 5: what was adjusted and why):
 * every decision of every review dated within the period, oldest review first, and each in words
 * for the Markdown and CSV renderers.
 */
import { formatDate } from '../i18n/format';
import type { Target, Unit } from '../goals/schema';
import type { Decision, Review } from '../review/schema';
import { figure } from './figures';
import type { DayRange } from './period';
import {
  DECISION_KIND,
  DECISION_WORDS as W,
  fill,
  OUTCOME,
  statusWord,
  type ReportLang,
} from './strings';

export interface ReportDecision {
  reviewId: string;
  /** The review's day. */
  date: string;
  decision: Decision;
  /** The goal's unit in the report (to write a revised target), 'count' when it is not there. */
  unit: Unit;
  currency: string | undefined;
  /** The goal's target and deadline now, when it is in the report: "now 18k by Apr 30". */
  now: { target: number; deadline: string } | null;
}

type GoalFacts = { unit: Unit; currency: string | undefined; target: number; deadline: string };

/** Every decision of the reviews dated within `period`: by review day, save time, then order. */
export function decisionsIn(
  reviews: readonly Review[],
  period: DayRange,
  goals: ReadonlyMap<string, GoalFacts>,
): ReportDecision[] {
  return reviews
    .filter((r) => period.start <= r.date && r.date <= period.end)
    .sort((a, b) => a.date.localeCompare(b.date) || a.savedAt.localeCompare(b.savedAt))
    .flatMap((r) =>
      r.decisions.map((decision) => {
        const g = goals.get(decision.goalId);
        return {
          reviewId: r.id,
          date: r.date,
          decision,
          unit: g?.unit ?? 'count',
          currency: g?.currency,
          now: g ? { target: g.target, deadline: g.deadline } : null,
        };
      }),
    );
}

/** User text on one line (no heading or bullet opened by a newline or a leading "#"). */
const oneLine = (s: string, max: number): string => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

function targetText(target: Target, d: ReportDecision, lang: ReportLang): string {
  if ('value' in target) return figure(target.value, d.unit, lang, d.currency);
  const p = target.changePercent;
  return `${p > 0 ? '+' : p < 0 ? '−' : '±'}${Math.abs(p)}%`;
}

/**
 * One decision in words, without its goal's title: the kind, then what it changed — priority,
 * the target and deadline it replaced (and what they are now), the actions, the outcome and
 * lesson — then the user's note. Parts are joined by the caller's separator.
 */
export function decisionParts(d: ReportDecision, lang: ReportLang): string[] {
  const x = d.decision;
  const date = (iso: string) => formatDate(iso, lang);
  const parts = [
    `${DECISION_KIND[x.kind][lang]} (${W.status[lang]}: ${statusWord(x.status, lang)})`,
  ];
  if (x.priority)
    parts.push(
      fill(W.priority[lang], { from: x.priority.from ?? W.unset[lang], to: x.priority.to }),
    );
  if (x.revision) {
    const was = fill(W.revisedFrom[lang], {
      target: targetText(x.revision.target, d, lang),
      deadline: date(x.revision.deadline),
    });
    const now = d.now
      ? `; ${fill(W.now[lang], { target: figure(d.now.target, d.unit, lang, d.currency), deadline: date(d.now.deadline) })}`
      : '';
    parts.push(`${was}${now}`, `${W.reason[lang]}: ${oneLine(x.revision.reason, 300)}`);
  }
  if (x.actions?.length)
    parts.push(`${W.actions[lang]}: ${x.actions.map((a) => oneLine(a, 120)).join('; ')}`);
  if (x.closure) {
    parts.push(OUTCOME[x.closure.outcome][lang]);
    if (x.closure.lesson.trim()) parts.push(`${W.lesson[lang]}: ${oneLine(x.closure.lesson, 500)}`);
  }
  if (x.note?.trim()) parts.push(`${W.note[lang]}: ${oneLine(x.note, 500)}`);
  return parts;
}

/** The goal's title at the time of the review, on one line. */
export const decisionTitle = (d: ReportDecision): string => oneLine(d.decision.title, 200);
