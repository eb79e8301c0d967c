/**
 * Goal definitions (not readings) synced through `storage.sync`, so the same goals appear
 * wherever the user signs in to the browser.
 *
 * Layout (sync-layout.ts): per goal an index item `g:<id>` = { rev, chunks, updatedAt, device,
 * hash, deleted? } and its canonical JSON split over `g:<id>:0…n-1`, each item under the 8 KB
 * QUOTA_BYTES_PER_ITEM (key + JSON.stringify(value), in UTF-8 bytes). Index and chunks go in one
 * `set`, but other devices may receive them one by one: the hash tells a torn version, which is
 * skipped until the rest arrives. A write that would pass 100 KB / 512 items is refused whole.
 *
 * Protocol: every sync reads the whole area (≤ 100 KB, reads are free) and local goals, notes
 * local edits (a goal whose hash changed since it last synced gets rev + 1; a goal gone locally
 * gets a tombstone with rev + 1), then settles each goal with `winner` (winner.ts). Remote
 * winners are parsed with the Goal schema and handed to `applyRemote`; anything damaged is listed
 * in `status().ignored` and never applied. Local winners are written after `debounceMs` of quiet
 * (coalescing a burst of saves into one write) and within the write-rate budget (budget.ts).
 * A failed write (quota, sync disabled, no storage.sync) leaves the goals safe in IndexedDB,
 * flips the status to local-only with the reason, and is retried on the next change.
 */
import type { Goal } from '../goals/schema';
import { writeBudget } from './budget';
import { goalHash, parseKey } from './sync-layout';
import { planWrite, quotaProblem } from './write-plan';
import { settle } from './settle';
import { explain, LocalSyncError, NO_SYNC_AREA, SyncQuotaError } from './messages';
import { memoryState, parseMeta, type SyncEntry } from './state';
import type { GoalSync, GoalSyncOptions, SyncResult, SyncStatus } from './types';

/** Marks failures of Pacer's own storage, so the notice does not blame browser sync. */
const ownDb = <T>(p: Promise<T>): Promise<T> =>
  p.catch((err: unknown) => {
    throw new LocalSyncError((err as Error)?.message ?? String(err));
  });

export function createGoalSync(o: GoalSyncOptions): GoalSync {
  const now = o.now ?? (() => new Date());
  const store = o.state ?? memoryState();
  const enabled = async () => {
    try {
      return (await (o.enabled?.() ?? true)) !== false;
    } catch {
      return false; // settings unreadable: do not send anything anywhere
    }
  };
  const budget = writeBudget();
  /** Highest remote rev seen per goal, readable or not: a new local save must outrank it. */
  const seen = new Map<string, number>();
  let meta: Record<string, SyncEntry> = {};
  let device = '';
  const ready = Promise.all([
    store.load().then(
      (raw) => void (meta = parseMeta(raw)),
      () => {}, // unreadable: start over (state.ts)
    ),
    Promise.resolve(o.deviceId).then(
      (id) => void (device = id),
      () => void (device = crypto.randomUUID()), // unstored: only tie-breaks would differ
    ),
  ]);
  let current: Omit<SyncStatus, 'pending'> = o.area
    ? { mode: 'synced', ignored: [] }
    : { mode: 'local-only', error: NO_SYNC_AREA, ignored: [] };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let chain: Promise<unknown> = Promise.resolve();
  let disposed = false;

  const queue = <T>(fn: () => Promise<T>): Promise<T> => {
    const p = chain.then(fn);
    chain = p.catch(() => {});
    return p;
  };
  const schedule = (ms = o.debounceMs ?? 2000) => {
    if (!o.area || disposed) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void queue(() => sync(true));
    }, ms);
  };
  const pending = () => Object.values(meta).filter((m) => m.pending).length;
  const status = (): SyncStatus => ({ ...current, pending: pending() });
  const setStatus = (s: Omit<SyncStatus, 'pending'>) => {
    current = s;
    o.onStatus?.(status());
  };
  const unsubscribe = o.area
    ? (o.onChanged?.((changes) => {
        if (Object.keys(changes).some((k) => parseKey(k))) void queue(() => sync(false));
      }) ?? (() => {}))
    : () => {};

  /**
   * A local change becomes a new version: rev above anything seen, stamped now (the edit time is
   * what breaks ties between equal revs). False when nothing changed, e.g. a goal that was just
   * applied from sync coming back through goal.save.
   */
  function recordEdit(id: string, goal: Goal | undefined): boolean {
    const m = meta[id];
    const h = goal ? goalHash(goal) : '';
    if (goal ? m && !m.deleted && m.localHash === h : !m || m.deleted) return false;
    meta[id] = {
      rev: Math.max(m?.rev ?? 0, seen.get(id) ?? 0) + 1,
      updatedAt: now().toISOString(),
      device,
      hash: h,
      localHash: h,
      pending: true,
      ...(goal ? {} : { deleted: true }),
    };
    return true;
  }

  /** Changes that did not come through goalSaved/goalDeleted (an import, a missed call). */
  function noteLocalEdits(local: Map<string, Goal>) {
    for (const [id, goal] of local) recordEdit(id, goal);
    for (const id of Object.keys(meta)) if (!local.has(id)) recordEdit(id, undefined);
  }

  /** Serialised with syncs, so an edit never lands between a sync's read and its write. */
  const edit = (id: string, goal: Goal | undefined) =>
    queue(async () => {
      await ready;
      // While switched off nothing is recorded; turning it on diffs everything (noteLocalEdits).
      if (!o.area || disposed || !(await enabled()) || !recordEdit(id, goal)) return;
      await store.save({ goals: meta }).catch(() => {});
      schedule();
    });

  async function sync(write: boolean): Promise<SyncResult> {
    const result = { applied: 0, deleted: 0, pushed: 0 };
    await ready;
    if (!o.area || disposed) return result;
    if (!(await enabled())) {
      setStatus({ mode: 'local-only', off: true, ignored: [] });
      return result;
    }
    try {
      const [goals, snapshot] = await Promise.all([ownDb(o.loadLocal()), o.area.get(null)]);
      const local = new Map(goals.map((g) => [g.id, g]));
      noteLocalEdits(local);
      const { apply, remove, adopt, ignored } = settle(meta, snapshot, local, seen);
      if (apply.length || remove.length) await ownDb(o.applyRemote(apply, remove));
      for (const [id, entry] of adopt) meta[id] = entry;
      Object.assign(result, { applied: apply.length, deleted: remove.length });
      if (write) result.pushed = await push(snapshot, local);
      else if (pending() && !timer) schedule(); // a remote change does not delay a queued write
      await store.save({ goals: meta });
      if (write || current.mode === 'synced' || current.off)
        setStatus({ mode: 'synced', lastSyncedAt: now().toISOString(), ignored });
      else setStatus({ ...current, ignored });
    } catch (err) {
      await store.save({ goals: meta }).catch(() => {});
      setStatus({ ...current, mode: 'local-only', error: explain(err) });
    }
    return result;
  }

  async function push(snapshot: Record<string, unknown>, local: Map<string, Goal>) {
    const ids = Object.keys(meta).filter((id) => meta[id]!.pending);
    if (!ids.length) return 0;
    const plan = planWrite(
      snapshot,
      ids.map((id) => ({ id, entry: meta[id]!, goal: local.get(id) })),
      now(),
    );
    const titles = new Map([...local].map(([id, g]) => [id, g.title]));
    const problem = quotaProblem(snapshot, plan, titles);
    if (problem) throw new SyncQuotaError(problem);
    const ops = plan.remove.length ? 2 : 1;
    const wait = budget.wait(ops, now().getTime());
    if (wait > 0) {
      schedule(wait);
      return 0;
    }
    budget.record(ops, now().getTime());
    await o.area!.set(plan.set);
    if (plan.remove.length) await o.area!.remove(plan.remove);
    for (const id of ids) meta[id]!.pending = false;
    return ids.length;
  }

  return {
    goalSaved: (goal) => edit(goal.id, goal),
    goalDeleted: (id) => edit(id, undefined),
    async localChanged() {
      schedule();
    },
    pullAll: () => queue(() => sync(true)),
    flush() {
      clearTimeout(timer);
      return queue(() => sync(true));
    },
    status,
    async idle() {
      for (let last = chain; ; last = chain) {
        await last;
        if (last === chain) return;
      }
    },
    dispose() {
      disposed = true;
      clearTimeout(timer);
      unsubscribe();
    },
  };
}
