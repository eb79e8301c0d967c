/**
 * User settings. Read back from storage they are parsed field by field: a bad field falls back
 * to its default (and is reported), so one corrupt value never resets everything.
 */
import { z } from 'zod';
import { ReviewCadence } from '../review/schema';
import type { PacerDb } from './db';
import { toStoreError } from './errors';

export const Settings = z.object({
  language: z.enum(['auto', 'en', 'ko']).default('auto'),
  tolerance: z.number().min(0).max(1).default(0.1),
  staleDays: z.number().int().min(1).max(60).default(3),
  notifications: z.boolean().default(false),
  // Opt-in: goal titles and notes would travel through the browser vendor's sync servers, and
  // Pacer promises that nothing leaves the browser unless the user chooses it. Readings never sync.
  syncGoals: z.boolean().default(false),
  /** How often a review is due (issue 13; lib/review/due.ts). `off`: never reminded. */
  reviewCadence: z.enum(['off', ...ReviewCadence.options]).default('monthly'),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});

/**
 * A change to some settings. Built from the fields without their defaults: `Settings.partial()`
 * would still fill every absent field with its default, so changing the language would quietly
 * reset tolerance, notifications and sync.
 */
export const SettingsPatch = z
  .object(
    Object.fromEntries(
      Object.entries(Settings.shape).map(([k, f]) => [k, f.unwrap().optional()]),
    ) as {
      [K in keyof typeof Settings.shape]: z.ZodOptional<
        ReturnType<(typeof Settings.shape)[K]['unwrap']>
      >;
    },
  )
  .strict();
export type SettingsPatch = z.infer<typeof SettingsPatch>;

export function validateSettings(raw: unknown): { settings: Settings; reset: string[] } {
  const input = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  const reset: string[] = [];
  for (const [key, field] of Object.entries(Settings.shape)) {
    const r = field.safeParse(input[key]);
    if (r.success) out[key] = r.data;
    else {
      out[key] = DEFAULT_SETTINGS[key as keyof Settings];
      reset.push(key);
    }
  }
  return { settings: out as Settings, reset };
}

export async function getSettings(db: PacerDb): Promise<Settings> {
  const raw = await db.get('settings', 'settings');
  const { settings, reset } = validateSettings(raw);
  // A fresh profile has no record: nothing was reset, so nothing to report.
  if (raw !== undefined && reset.length)
    console.warn(`Pacer: settings reset to defaults: ${reset.join(', ')}`);
  return settings;
}

export async function putSettings(db: PacerDb, patch: SettingsPatch): Promise<Settings> {
  const next = Settings.parse({ ...(await getSettings(db)), ...patch });
  try {
    await db.put('settings', next, 'settings');
  } catch (err) {
    throw toStoreError(err);
  }
  return next;
}
