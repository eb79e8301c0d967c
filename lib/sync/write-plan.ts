/**
 * Turning pending versions into one `set` and at most one `remove`, and refusing a write that
 * would break storage.sync's quotas — before the browser does, with a message a person can act on.
 */
import type { Goal } from '../goals/schema';
import { encodeGoal, indexKey, itemBytes, parseKey, QUOTA, SyncIndex } from './sync-layout';
import type { SyncEntry } from './state';

/** Tombstones older than this are dropped; a device offline longer may bring the goal back. */
export const TOMBSTONE_DAYS = 90;

export interface WritePlan {
  set: Record<string, unknown>;
  remove: string[];
}

export interface Push {
  id: string;
  entry: SyncEntry;
  goal: Goal | undefined;
}

export function planWrite(snapshot: Record<string, unknown>, pushes: Push[], now: Date): WritePlan {
  const set: Record<string, unknown> = {};
  const keep = new Map<string, number>(); // id → chunks its new version uses
  for (const { id, entry, goal } of pushes) {
    const version = { rev: entry.rev, updatedAt: entry.updatedAt, device: entry.device };
    if (entry.deleted || !goal) {
      set[indexKey(id)] = { ...version, chunks: 0, hash: '', deleted: true };
      keep.set(id, 0);
    } else {
      const items = encodeGoal(goal, version);
      Object.assign(set, items);
      keep.set(id, Object.keys(items).length - 1);
    }
  }
  const remove: string[] = [];
  const cutoff = now.getTime() - TOMBSTONE_DAYS * 86_400_000;
  for (const key of Object.keys(snapshot)) {
    const k = parseKey(key);
    if (!k) continue;
    const chunks = keep.get(k.id);
    if (chunks !== undefined) {
      if (k.chunk !== null && k.chunk >= chunks) remove.push(key); // left over from a longer version
      continue;
    }
    const index = k.chunk === null ? SyncIndex.safeParse(snapshot[key]) : null;
    if (index?.success && index.data.deleted && Date.parse(index.data.updatedAt) < cutoff)
      remove.push(key);
  }
  return { set, remove };
}

const kb = (bytes: number) => `${Math.ceil(bytes / 1024)} KB`;

/** Null when the area after `plan` fits every quota, else what to tell the user. */
export function quotaProblem(
  snapshot: Record<string, unknown>,
  plan: WritePlan,
  titles: Map<string, string>,
): string | null {
  const next = { ...snapshot };
  for (const key of plan.remove) delete next[key];
  Object.assign(next, plan.set);
  let total = 0;
  const perGoal = new Map<string, number>();
  for (const [key, value] of Object.entries(next)) {
    const bytes = itemBytes(key, value);
    if (bytes > QUOTA.BYTES_PER_ITEM)
      return `A sync item (${key}) is over the browser's 8 KB limit.`;
    total += bytes;
    const id = parseKey(key)?.id;
    if (id !== undefined) perGoal.set(id, (perGoal.get(id) ?? 0) + bytes);
  }
  const count = Object.keys(next).length;
  if (total <= QUOTA.BYTES && count <= QUOTA.MAX_ITEMS) return null;
  const [id, bytes] = [...perGoal].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  const largest = id ? ` The largest is “${titles.get(id) ?? id}” (${kb(bytes)}).` : '';
  const need = total > QUOTA.BYTES ? `${kb(total)} of` : `${count} items in`;
  return (
    `Your goals need ${need} browser sync storage, more than the ${kb(QUOTA.BYTES)} / ` +
    `${QUOTA.MAX_ITEMS} items it allows.${largest} Delete or shorten some goals (long notes ` +
    `take the most room) to sync again.`
  );
}
