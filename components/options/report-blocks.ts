/**
 * The report's Markdown (lib/report/markdown.ts) read back into blocks for the print page, so it
 * is rendered as elements from text and never as HTML. Only the shapes that module writes are
 * recognised; any other line stays a plain paragraph.
 */
import type { GoalStatus } from '../../lib/goals/types';
import { STATUS_EMOJI } from '../../lib/report/strings';

export interface Item {
  text: string;
  children: string[];
}
export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'para'; text: string }
  | { kind: 'goal'; heading: string; status: GoalStatus | null; title: string; items: Item[] };

/** The status a heading's emoji stands for (markdown.ts puts it first). */
const statusOf = (heading: string): GoalStatus | null =>
  (Object.entries(STATUS_EMOJI) as [GoalStatus, string][]).find(([, e]) =>
    heading.startsWith(`${e} `),
  )?.[0] ?? null;

export function reportBlocks(markdown: string): Block[] {
  const out: Block[] = [];
  let goal: Extract<Block, { kind: 'goal' }> | null = null;
  for (const line of markdown.split('\n')) {
    if (!line.trim()) continue;
    const sub = /^ {2,}- (.*)$/.exec(line);
    const item = /^- (.*)$/.exec(line);
    if (goal && sub && goal.items.length) goal.items.at(-1)!.children.push(sub[1]!);
    else if (goal && item) goal.items.push({ text: item[1]!, children: [] });
    else if (line.startsWith('### ')) {
      const heading = line.slice(4);
      // "🔴 Off track · Title": the status word never contains " · ", the title may.
      const at = heading.indexOf(' · ');
      const title = at < 0 ? heading : heading.slice(at + 3);
      goal = { kind: 'goal', heading, status: statusOf(heading), title, items: [] };
      out.push(goal);
    } else {
      goal = null;
      if (line.startsWith('## ')) out.push({ kind: 'heading', text: line.slice(3) });
      else if (line.startsWith('# ')) out.push({ kind: 'title', text: line.slice(2) });
      else out.push({ kind: 'para', text: line });
    }
  }
  return out;
}

/** `**bold**` spans, the only inline markup the report uses. */
export function boldParts(text: string): { text: string; bold: boolean }[] {
  return text
    .split(/\*\*(.+?)\*\*/)
    .map((part, i) => ({ text: part, bold: i % 2 === 1 }))
    .filter((p) => p.text);
}

/**
 * The goal a heading names. The report flattens whitespace and may cut a long title with "…",
 * so compare the same way; ambiguous titles get no chart rather than the wrong one.
 */
export function matchTitle<T extends { title: string }>(heading: string, goals: T[]): T | null {
  const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
  const cut = heading.endsWith('…') ? heading.slice(0, -1) : null;
  const hits = goals.filter((g) =>
    cut === null ? flat(g.title) === heading : flat(g.title).startsWith(cut),
  );
  return hits.length === 1 ? hits[0]! : null;
}
