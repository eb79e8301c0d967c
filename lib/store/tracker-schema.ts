/**
 * What a tracked figure is: a locator per figure, per site. Apart from the database functions
 * (trackers.ts) so the database's own schema (schema.ts) and the protocol can name it without an
 * import cycle.
 */
import { z } from 'zod';
import { Unit } from '../goals/schema';

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
