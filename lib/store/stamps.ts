/**
 * A change counter per metric, bumped whenever readings of that metric are stored. Evaluations
 * are cached against it (lib/service/evaluation.ts): opening the side panel over 200 goals must
 * not re-read 100,000 readings when nothing changed since the last look.
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import type { PacerSchema } from './schema';

const KEY = 'metric-stamps';

export interface Stamps {
  counter: number;
  byMetric: Record<string, number>;
}

const EMPTY: Stamps = { counter: 0, byMetric: {} };

function parse(raw: unknown): Stamps {
  const r = raw as Partial<Stamps> | undefined;
  return typeof r?.counter === 'number' && r.byMetric && typeof r.byMetric === 'object'
    ? { counter: r.counter, byMetric: { ...r.byMetric } }
    : { ...EMPTY, byMetric: {} };
}

type SettingsTx = IDBPTransaction<PacerSchema, StoreNames<PacerSchema>[], 'readwrite'>;

/** Bump the stamps of these metrics inside the caller's transaction (all or nothing with it). */
export async function bumpStamps(tx: SettingsTx, metricIds: Iterable<string>): Promise<void> {
  const store = tx.objectStore('settings');
  const stamps = parse(await store.get(KEY));
  let touched = false;
  for (const id of metricIds) {
    stamps.byMetric[id] = ++stamps.counter;
    touched = true;
  }
  if (touched) await store.put(stamps, KEY);
}

export async function getStamps(db: {
  get(store: 'settings', key: string): Promise<unknown>;
}): Promise<Stamps> {
  return parse(await db.get('settings', KEY));
}
