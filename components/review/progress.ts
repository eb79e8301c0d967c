/**
 * A review in progress survives the page closing or reloading: the decisions recorded but not yet
 * saved are kept in `browser.storage.local` until "Save review" succeeds or the user starts over.
 * Read back, they are parsed like any stored data, and a decision whose goal changed since (or is
 * gone) is dropped rather than saved over that change (lib/review/history.ts `staleDecisions`).
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { Goal } from '../../lib/goals/schema';
import { staleDecisions } from '../../lib/review/history';
import { Decision } from '../../lib/review/schema';

/** Not `draft:…`: those are the goal editor's drafts (listed by the popup). */
const KEY = 'review:in-progress';

const Recorded = z.object({ decision: Decision, goal: Goal.nullable(), base: Goal });
const Stored = z.record(z.string(), Recorded);
export type Recorded = z.infer<typeof Recorded>;

export async function readProgress(current: Goal[]): Promise<Record<string, Recorded>> {
  const raw = (await browser.storage.local.get(KEY))[KEY];
  if (raw === undefined) return {};
  const parsed = Stored.safeParse(raw);
  if (!parsed.success) {
    await browser.storage.local.remove(KEY);
    return {};
  }
  const stale = new Set(staleDecisions(Object.values(parsed.data), current));
  return Object.fromEntries(Object.entries(parsed.data).filter(([id]) => !stale.has(id)));
}

export function writeProgress(recorded: Record<string, Recorded>): Promise<void> {
  return Object.keys(recorded).length
    ? browser.storage.local.set({ [KEY]: recorded })
    : browser.storage.local.remove(KEY);
}
