/**
 * One pass over every goal known here or in sync: who wins (winner.ts), what to apply locally,
 * what to push. Pure apart from updating `meta[id].pending` and `seen`, which the caller owns.
 */
import type { Goal } from '../goals/schema';
import { assemble, goalHash, parseKey, SyncIndex } from './sync-layout';
import { winner } from './winner';
import type { SyncEntry } from './state';

export interface Settled {
  /** Remote versions that won, parsed and checked: write them locally. */
  apply: Goal[];
  /** Ids whose tombstone won: delete them locally. */
  remove: string[];
  /** Meta entries to record once `apply`/`remove` succeeded. */
  adopt: [string, SyncEntry][];
  /** Remote items that could not be used, "id: reason". */
  ignored: string[];
}

export function settle(
  meta: Record<string, SyncEntry>,
  snapshot: Record<string, unknown>,
  local: Map<string, Goal>,
  seen: Map<string, number>,
): Settled {
  const out: Settled = { apply: [], remove: [], adopt: [], ignored: [] };
  const remote = new Map<string, SyncIndex>();
  for (const [key, value] of Object.entries(snapshot)) {
    const k = parseKey(key);
    if (!k || k.chunk !== null) continue;
    const r = SyncIndex.safeParse(value);
    if (r.success) remote.set(k.id, r.data);
    else out.ignored.push(`${k.id}: damaged sync index`);
  }
  for (const id of new Set([...Object.keys(meta), ...remote.keys()])) {
    const r = remote.get(id);
    const m = meta[id];
    if (!r) {
      // Gone from sync (cleared, or an old tombstone dropped): ours is all there is.
      if (m && !m.deleted) m.pending = true;
      continue;
    }
    seen.set(id, Math.max(seen.get(id) ?? 0, r.rev));
    const w = m ? winner(m, r) : 'remote';
    if (w !== 'remote') {
      m!.pending = w === 'local';
      continue;
    }
    const version = { rev: r.rev, updatedAt: r.updatedAt, device: r.device, hash: r.hash };
    if (r.deleted) {
      if (local.has(id)) out.remove.push(id);
      out.adopt.push([id, { ...version, localHash: '', deleted: true }]);
      continue;
    }
    const a = assemble(snapshot, id, r);
    if (!a.ok) {
      // Keep the local goal, but do not push it over a newer version either: "incomplete"
      // usually heals when the rest arrives, and the next local edit outranks it (`seen`).
      if (m) m.pending = false;
      out.ignored.push(
        `${id}: ${a.reason === 'incomplete' ? 'incomplete' : 'damaged'} (${a.error})`,
      );
      continue;
    }
    out.apply.push(a.goal);
    // localHash of the parsed goal: parsing may drop fields a newer Pacer wrote.
    out.adopt.push([id, { ...version, localHash: goalHash(a.goal) }]);
  }
  return out;
}
