/**
 * The write budget (issue 10, defect 2): a page that changes a figure every 750 ms must not store
 * 80 readings a minute. Per tab and per metric, readings are stored at a rate of at most ONE per
 * `WRITE_WINDOW_MS` (10 minutes), with a burst of `WRITE_BURST` (3), and the latest value wins.
 * It is a token bucket: 3 tokens, one more every 10 minutes, each stored reading spends one.
 *
 * - A reading with a token to spend is stored at once: after a quiet 10 minutes there always is
 *   one, so a real change is never delayed; the burst lets a user who reloads a dashboard a couple
 *   of times see each new figure stored.
 * - Without a token, the reading becomes the tab's one pending reading for that metric (a newer
 *   one replaces it: the latest wins).
 * - The pending reading is stored as soon as a token is back (within 10 minutes): by the
 *   background's budget alarm, or by the next message from that tab, whichever comes first.
 *   So a figure flickering for an hour stores at most 3 + 6 = 9 readings, then at most 6 an hour
 *   (≤ 147 a day), and a genuine change waits at most 10 minutes (plus the alarm's latency).
 * - When the tab closes its pending readings are flushed (stored), not dropped: they are values
 *   the user saw. A navigation keeps the budget, so a page that reloads itself cannot reset it.
 *
 * Pure: state in, state out. The background keeps the state in `storage.session`
 * (write-budget-session.ts), so a stopped service worker loses nothing; a browser restart clears
 * `storage.session` and drops at most one pending reading per metric per tab, knowingly.
 */
import { metricId, type Reading } from '../goals/schema';

export const WRITE_WINDOW_MS = 10 * 60_000;
export const WRITE_BURST = 3;

export interface BudgetEntry<T = Reading> {
  /** Tokens left (fractional while refilling), as of `at`. */
  tokens: number;
  /** Epoch ms when `tokens` was last brought up to date. */
  at: number;
  /** The newest reading seen without a token, not stored yet. */
  pending?: T;
}

/**
 * One tab's budget: metric id → entry. Entries with nothing left to say are removed. The same
 * bucket serves other records written from a page read (issue 13: breakdowns, keyed by their
 * record id), each kind in its own budget.
 */
export type TabBudget<T = Reading> = Record<string, BudgetEntry<T>>;

export interface Admitted<T = Reading> {
  /** Readings to store now (this message's admitted ones plus any pending ones now due). */
  store: T[];
  budget: TabBudget<T>;
}

export interface BudgetRule {
  windowMs: number;
  burst: number;
}

export const BUDGET: BudgetRule = { windowMs: WRITE_WINDOW_MS, burst: WRITE_BURST };

/** One token, less float noise: a token refilled "exactly" by nextDue() must count as one. */
const ONE = 1 - 1e-9;

/** The entry's tokens as of `nowMs`. */
function refill<T>(e: BudgetEntry<T> | undefined, nowMs: number, rule: BudgetRule): BudgetEntry<T> {
  if (!e) return { tokens: rule.burst, at: nowMs };
  const tokens = Math.min(rule.burst, e.tokens + Math.max(0, nowMs - e.at) / rule.windowMs);
  return { tokens, at: nowMs, ...(e.pending ? { pending: e.pending } : {}) };
}

/** Stores the pending reading if a token is there; drops an entry that is back to a full bucket. */
function settle<T>(e: BudgetEntry<T>, store: T[], rule: BudgetRule): BudgetEntry<T> | null {
  if (e.pending && e.tokens >= ONE) {
    store.push(e.pending);
    return { tokens: Math.max(0, e.tokens - 1), at: e.at };
  }
  return !e.pending && e.tokens >= rule.burst ? null : e;
}

/** Take a message's readings through the tab's budget. */
export function admit(
  budget: TabBudget,
  readings: readonly Reading[],
  nowMs: number,
  rule: BudgetRule = BUDGET,
): Admitted {
  return admitKeyed(budget, readings, (r) => metricId(r.metric), nowMs, rule);
}

/** Take a message's records through the tab's budget, one bucket per `keyOf` key. */
export function admitKeyed<T>(
  budget: TabBudget<T>,
  items: readonly T[],
  keyOf: (item: T) => string,
  nowMs: number,
  rule: BudgetRule = BUDGET,
): Admitted<T> {
  const next: TabBudget<T> = {};
  const store: T[] = [];
  const incoming = new Map<string, T>();
  // Two readings of one metric in one message: the later one is the page's latest.
  for (const r of items) incoming.set(keyOf(r), r);
  for (const [id, entry] of Object.entries(budget)) {
    if (incoming.has(id)) continue;
    // The tab's other metrics: a pending reading whose token is back rides along.
    const e = settle(refill(entry, nowMs, rule), store, rule);
    if (e) next[id] = e;
  }
  for (const [id, reading] of incoming) {
    const e = refill(budget[id], nowMs, rule);
    if (e.tokens >= ONE) {
      // Stored at once; an older pending value is superseded by this newer one.
      store.push(reading);
      next[id] = { tokens: Math.max(0, e.tokens - 1), at: nowMs };
    } else next[id] = { tokens: e.tokens, at: nowMs, pending: reading };
  }
  return { store, budget: next };
}

/** Store what is due: pending readings whose token is back; forget entries with a full bucket. */
export function flushDue<T>(
  budget: TabBudget<T>,
  nowMs: number,
  rule: BudgetRule = BUDGET,
): Admitted<T> {
  const next: TabBudget<T> = {};
  const store: T[] = [];
  for (const [id, entry] of Object.entries(budget)) {
    const e = settle(refill(entry, nowMs, rule), store, rule);
    if (e) next[id] = e;
  }
  return { store, budget: next };
}

/** The tab is gone: every pending reading is stored now. */
export function flushAll<T>(budget: TabBudget<T>): T[] {
  return Object.values(budget).flatMap((e) => (e.pending ? [e.pending] : []));
}

/** When the earliest pending reading gets its token (epoch ms), or null when nothing is pending. */
export function nextDue<T>(budget: TabBudget<T>, rule: BudgetRule = BUDGET): number | null {
  let due: number | null = null;
  for (const e of Object.values(budget)) {
    if (!e.pending) continue;
    const at = e.at + Math.max(0, 1 - e.tokens) * rule.windowMs;
    if (due === null || at < due) due = at;
  }
  return due === null ? null : Math.ceil(due);
}
