/**
 * Figures the user pointed at ("Track this number"): a locator per figure, per site. The locator
 * comes from a page, so it is parsed here like any untrusted input before it is stored or used.
 */
import { z } from 'zod';
import { Unit } from '../goals/schema';
import type { PacerDb } from './db';
import { StoreError, toStoreError } from './errors';

export const LocatorSchema = z.object({
  version: z.literal(1),
  label: z.string().max(200).nullable(),
  relation: z
    .enum([
      'aria',
      'header-cell',
      'row-cell',
      'row-header',
      'same-card',
      'previous-text',
      'next-text',
    ])
    .nullable(),
  path: z.string().min(1).max(2000),
  unit: Unit,
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  sample: z.string().max(200),
});

export const Tracker = z.object({
  id: z.string().min(1).max(100),
  /** `https://stats.example.com` — trackers apply to one site. */
  origin: z.string().max(300),
  /** Metric key of the figure (`custom/<host>/<key>`). */
  key: z.string().min(1).max(120),
  label: z.string().max(200),
  locator: LocatorSchema,
  createdAt: z.string(),
});
export type Tracker = z.infer<typeof Tracker>;

export async function trackersFor(db: PacerDb, origin: string): Promise<Tracker[]> {
  const rows = await db.getAllFromIndex('trackers', 'byOrigin', origin);
  return rows.filter((r) => Tracker.safeParse(r).success);
}

export async function putTracker(db: PacerDb, tracker: unknown): Promise<Tracker> {
  const r = Tracker.safeParse(tracker);
  if (!r.success) throw new StoreError('invalid', r.error.issues[0]?.message);
  try {
    await db.put('trackers', r.data);
  } catch (err) {
    throw toStoreError(err);
  }
  return r.data;
}

export async function deleteTracker(db: PacerDb, id: string): Promise<void> {
  try {
    await db.delete('trackers', id);
  } catch (err) {
    throw toStoreError(err);
  }
}
