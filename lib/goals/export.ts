/**
 * The export file (docs/architecture.md, "Contracts"), versioned:
 * - v1: goals, readings, settings;
 * - v2 (issue 13): adds `reviews` (goals already carry `closed`, an optional field v1 readers
 *   never saw set).
 * Pacer writes v2 and reads both; a v1 file imports with no reviews. A version it does not know
 * (a newer Pacer's file) is refused by name, never read as the nearest one it knows.
 * Kept out of schema.ts: the Review schema builds on the Goal schema, so the file format that
 * holds both sits above them (no import cycle).
 */
import { z } from 'zod';
import { Review } from '../review/schema';
import { Goal, IsoDateTime, Reading } from './schema';

/** The version Pacer writes. */
export const EXPORT_VERSION = 2;
export const EXPORT_VERSIONS = [1, 2] as const;

/** Why a file's version is refused, in words a user can act on. */
export function versionProblem(version: unknown): string {
  const known = EXPORT_VERSIONS.join(' or ');
  return typeof version === 'number' && Number.isInteger(version) && version > EXPORT_VERSION
    ? `this file is export version ${version}, from a newer Pacer; update Pacer to import it (this one reads versions ${known})`
    : `expected export version ${known}`;
}

/** The version field alone: the streamed export's header carries it too (protocol.ts). */
export const ExportVersion = z.union([z.literal(1), z.literal(2)], {
  error: (issue) => versionProblem(issue.input),
});

/** Two records with one id would silently collapse into one on import: refuse the file instead. */
function noDuplicates(items: readonly { id: string }[], part: string, ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id))
      ctx.addIssue({
        code: 'custom',
        path: [part, i, 'id'],
        message: `duplicate ${part === 'goals' ? 'goal' : 'review'} id "${item.id}"`,
      });
    seen.add(item.id);
  });
}

/**
 * One shape for both versions (consumers need not branch): `reviews` is absent in v1 and may only
 * appear in v2, where Pacer always writes it.
 */
export const Export = z
  .object({
    format: z.literal('pacer'),
    version: ExportVersion,
    exportedAt: IsoDateTime,
    goals: z.array(Goal),
    readings: z.array(Reading),
    reviews: z.array(Review).optional(),
    settings: z.record(z.string(), z.unknown()).optional(),
  })
  .superRefine((d, ctx) => {
    if (d.version === 1 && d.reviews !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['reviews'],
        message: 'reviews need export version 2; this file says version 1',
      });
    noDuplicates(d.goals, 'goals', ctx);
    if (d.reviews) noDuplicates(d.reviews, 'reviews', ctx);
  });

export type Export = z.infer<typeof Export>;
export type ExportVersion = z.infer<typeof ExportVersion>;

/** A file's reviews: none in v1. */
export const reviewsOf = (data: Export): Review[] => data.reviews ?? [];
