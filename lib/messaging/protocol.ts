/**
 * The one protocol table: every message Pacer sends, its request and response schemas, who may
 * send it, and the most bytes its payload may have. The background refuses anything else.
 */
import { z } from 'zod';
import { MAX_VALUE_TEXT } from '../checkins/value';
import { Goal, IsoDate, IsoDateTime, MAX_GOALS, Reading } from '../goals/schema';
import { Export, ExportVersion } from '../goals/export';
import { Review } from '../review/schema';
import { SyncStatus } from '../sync/types';
import { STORE_ERROR_CODES } from '../store/errors';
import { Settings, SettingsPatch } from '../store/settings';
import { LocatorSchema } from '../store/tracker-schema';
import {
  IMPORT_CHUNK,
  MAX_IMPORT_GOALS,
  MAX_IMPORT_READINGS,
  MAX_IMPORT_REVIEWS,
} from '../store/transfer-limits';
import { ReviewPrepared, ReviewState } from './review-schemas';
import { GoalsListed, PageFigure, PageRead, PageView, TrackedResult } from './schemas';

/** `content`: a dashboard tab's top frame. `extension`: our own pages and service worker. */
export type SenderKind = 'content' | 'extension';

interface Entry<Req extends z.ZodType, Res extends z.ZodType> {
  request: Req;
  response: Res;
  from: readonly SenderKind[];
  maxBytes: number;
}

const entry = <Req extends z.ZodType, Res extends z.ZodType>(e: Entry<Req, Res>) => e;

/** Why a check-in was refused: the UI says each in words (components/checkin/errors.ts). */
export const CheckinError = z.enum([
  'goal-not-found',
  'empty',
  'not-a-figure',
  'unit',
  'currency',
  'bare-duration',
  'date-invalid',
  'date-future',
  'date-too-early',
  'date-after-deadline',
  'store',
]);
export type CheckinError = z.infer<typeof CheckinError>;

/** Most readings one history import may carry: 50 years of days, with room. */
export const MAX_HISTORY_READINGS = 20_000;

/** An imported reading says so, and is of one day or a range that ends that day. */
const ImportedReading = Reading.extend({ origin: z.literal('import') }).refine(
  (r) => r.period !== null && r.observedAt.slice(0, 10) === r.period.end,
  { message: 'an imported reading is dated on the last day it covers', path: ['observedAt'] },
);

/** Which readings to send: one metric's, from an instant on (all when absent). */
const ReadingsQuery = z.object({
  metric: z.object({
    source: z.string().max(40),
    scope: z.string().max(200),
    key: z.string().max(300),
  }),
  from: z.string().max(40).optional(),
});

/** Most series one `readings.many` may ask for (the side panel charts at most this many goals). */
export const MAX_SERIES = 200;

/** A write that failed: the message, and the StoreError code for pages to say it in their words. */
const Failed = z.object({
  ok: z.literal(false),
  error: z.string(),
  code: z.enum(STORE_ERROR_CODES).optional(),
});

const Saved = z.union([z.object({ ok: z.literal(true), goal: Goal }), Failed]);

/** An import's outcome: what was added, or why nothing was. */
const Imported = z.union([
  z.object({
    ok: z.literal(true),
    goals: z.number(),
    readings: z.number(),
    skippedReadings: z.number(),
    /** Reviews in the file (export v2; 0 from a v1 file). */
    reviews: z.number(),
  }),
  Failed,
]);

/** An export file without its goals, readings and reviews (which are streamed in chunks). */
const ExportHeader = z.object({
  format: z.literal('pacer'),
  version: ExportVersion,
  exportedAt: IsoDateTime,
  settings: z.record(z.string(), z.unknown()).optional(),
});

/** Goals by id, then readings by store key, then (export v2) reviews by id. */
const ExportCursor = z.union([
  z.object({ part: z.literal('goals'), after: z.string().max(100).nullable() }),
  z.object({ part: z.literal('readings'), after: z.number().int().nonnegative() }),
  z.object({ part: z.literal('reviews'), after: z.string().max(100).nullable() }),
]);

export const PROTOCOL = {
  /** The content script read a page. The URL and tab come from the sender, never the payload. */
  'page.read': entry({
    request: z.object({
      read: PageRead.nullable(),
      tracked: z.array(TrackedResult).max(50).default([]),
    }),
    response: z.object({ stored: z.number().int() }),
    from: ['content'],
    maxBytes: 96 * 1024,
  }),
  /** The figures the user tracks on the sender's site (the site comes from the sender). */
  'trackers.forPage': entry({
    request: z.object({}),
    response: z.object({ trackers: z.array(z.object({ id: z.string(), locator: LocatorSchema })) }),
    from: ['content'],
    maxBytes: 256,
  }),
  /**
   * The content script needs one of its on-demand parts (lib/content/parts.ts): the background
   * injects it into the sender's tab, top frame. `ok`: the part's script ran there.
   */
  'content.part': entry({
    request: z.object({
      part: z.enum(['locator', 'generic', 'umami', 'plausible', 'matomo', 'goaccess']),
    }),
    response: z.object({ ok: z.boolean() }),
    from: ['content'],
    maxBytes: 256,
  }),
  /** The user clicked a number in pick mode (the site comes from the sender). */
  'tracker.picked': entry({
    request: z.object({ locator: LocatorSchema, figure: PageFigure }),
    response: z.object({ ok: z.boolean() }),
    from: ['content'],
    maxBytes: 8 * 1024,
  }),
  /** From the side panel: start pick mode in that tab. */
  'track.start': entry({
    request: z.object({ tabId: z.number().int().nonnegative() }),
    response: z.object({ ok: z.boolean() }),
    from: ['extension'],
    maxBytes: 256,
  }),
  'tracker.delete': entry({
    request: z.object({ id: z.string().min(1).max(100) }),
    response: z.object({ ok: z.boolean() }),
    from: ['extension'],
    maxBytes: 1024,
  }),
  /** What the side panel shows for one tab. */
  'page.get': entry({
    request: z.object({
      tabId: z.number().int().nonnegative(),
      /** `page`: evaluate only the goals on the tab's figures, for a fast first screen. */
      goals: z.enum(['all', 'page']).default('all'),
    }),
    response: PageView,
    from: ['extension'],
    maxBytes: 1024,
  }),
  'goals.list': entry({
    request: z.object({}),
    response: GoalsListed,
    from: ['extension'],
    maxBytes: 1024,
  }),
  /**
   * Can the background open Pacer's storage now? Pages ask when another message got no answer, to
   * tell "storage unavailable: <code>" from "the background is not answering" (no answer to this
   * either). Each ask tries to open the database again: nothing caches a failure.
   */
  'storage.status': entry({
    request: z.object({}),
    response: z.union([
      z.object({ ok: z.literal(true) }),
      z.object({ ok: z.literal(false), code: z.enum(STORE_ERROR_CODES) }),
    ]),
    from: ['extension'],
    maxBytes: 256,
  }),
  /** A metric's readings in time order (for charts and the SMART check's achievability). */
  'readings.get': entry({
    request: ReadingsQuery,
    response: z.object({ readings: z.array(Reading) }),
    from: ['extension'],
    maxBytes: 1024,
  }),
  /** Several metrics' readings at once: a page's charts in one round trip, in the order asked. */
  'readings.many': entry({
    request: z.object({ series: z.array(ReadingsQuery).max(MAX_SERIES) }),
    response: z.object({ series: z.array(z.array(Reading)) }),
    from: ['extension'],
    maxBytes: MAX_SERIES * 1024,
  }),
  'goal.save': entry({
    request: z.object({ goal: Goal }),
    response: Saved,
    from: ['extension'],
    maxBytes: 512 * 1024,
  }),
  'goal.delete': entry({
    request: z.object({ id: z.string().min(1).max(100) }),
    response: z.object({ ok: z.boolean(), error: z.string().optional() }),
    from: ['extension'],
    maxBytes: 1024,
  }),
  /** Is a review due (issue 13), since when, and how many open goals need attention. */
  'review.state': entry({
    request: z.object({}),
    response: ReviewState,
    from: ['extension'],
    maxBytes: 256,
  }),
  /** What a review walks through: the open goals, needs-attention first, with what is new. */
  'review.prepare': entry({
    request: z.object({}),
    response: ReviewPrepared,
    from: ['extension'],
    maxBytes: 256,
  }),
  /**
   * A finished review and the goals its decisions changed, written in one transaction: every
   * decision's goal must exist (or be among `goals`), every goal in `goals` must have a decision.
   */
  'review.save': entry({
    request: z.object({ review: Review, goals: z.array(Goal).max(MAX_GOALS) }),
    response: z.union([z.object({ ok: z.literal(true), review: Review }), Failed]),
    from: ['extension'],
    maxBytes: 16 * 1024 * 1024,
  }),
  /** Past reviews, newest first; with `goalId`, those with a decision for that goal. */
  'review.list': entry({
    request: z.object({ goalId: z.string().min(1).max(100).optional() }),
    response: z.object({ reviews: z.array(Review) }),
    from: ['extension'],
    maxBytes: 1024,
  }),
  /**
   * A value entered by hand for a goal on a day. The background parses the text (so the unit is
   * checked against the stored metric, not taken from the page) and replaces that day's check-in,
   * and `replaces`' when an edit moved it to another day.
   */
  'checkin.save': entry({
    request: z.object({
      goalId: z.string().min(1).max(100),
      date: IsoDate,
      value: z.string().min(1).max(MAX_VALUE_TEXT),
      lang: z.enum(['en', 'ko']),
      note: z.string().max(500).optional(),
      replaces: IsoDate.optional(),
    }),
    response: z.union([
      z.object({ ok: z.literal(true), reading: Reading, replaced: z.number().int() }),
      z.object({ ok: z.literal(false), error: CheckinError, detail: z.string().optional() }),
    ]),
    from: ['extension'],
    maxBytes: 4096,
  }),
  'checkin.delete': entry({
    request: z.object({ goalId: z.string().min(1).max(100), date: IsoDate }),
    response: z.union([
      z.object({ ok: z.literal(true), deleted: z.number().int() }),
      z.object({ ok: z.literal(false), error: CheckinError, detail: z.string().optional() }),
    ]),
    from: ['extension'],
    maxBytes: 1024,
  }),
  'settings.get': entry({
    request: z.object({}),
    response: Settings,
    from: ['extension'],
    maxBytes: 1024,
  }),
  'settings.set': entry({
    request: z.object({ patch: SettingsPatch }),
    response: Settings,
    from: ['extension'],
    maxBytes: 4096,
  }),
  /** After the user granted the host permission in a page (it needs the click's gesture). */
  'site.enable': entry({
    request: z.object({
      origin: z.string().max(300),
      tabId: z.number().int().nonnegative().optional(),
    }),
    response: z.object({ ok: z.boolean(), error: z.string().optional() }),
    from: ['extension'],
    maxBytes: 1024,
  }),
  'site.disable': entry({
    request: z.object({ origin: z.string().max(300) }),
    response: z.object({ ok: z.boolean() }),
    from: ['extension'],
    maxBytes: 1024,
  }),
  'sites.list': entry({
    request: z.object({}),
    response: z.object({ sites: z.array(z.string()) }),
    from: ['extension'],
    maxBytes: 1024,
  }),
  /** A periodic report as Markdown or CSV, in the language asked for. */
  'report.build': entry({
    request: z.object({
      period: z.enum(['week', 'month', 'quarter']),
      format: z.enum(['markdown', 'csv']),
      lang: z.enum(['en', 'ko']),
      date: IsoDateTime.optional(),
    }),
    response: z.union([
      z.object({
        ok: z.literal(true),
        text: z.string(),
        filename: z.string(),
        period: z.object({ start: IsoDate, end: IsoDate }),
      }),
      z.object({ ok: z.literal(false), error: z.string() }),
    ]),
    from: ['extension'],
    maxBytes: 1024,
  }),
  'sync.status': entry({
    request: z.object({}),
    response: SyncStatus,
    from: ['extension'],
    maxBytes: 256,
  }),
  /** "Retry now" after a failed sync. */
  'sync.now': entry({
    request: z.object({}),
    response: SyncStatus,
    from: ['extension'],
    maxBytes: 256,
  }),
  /** The whole export in one answer: for small data (tests, the demo); pages use the stream. */
  'data.export': entry({
    request: z.object({}),
    response: Export,
    from: ['extension'],
    maxBytes: 1024,
  }),
  /**
   * A streamed export (one answer could pass Chrome's 64 MiB message limit): the header and
   * counts, then `data.export.chunk` from `cursor` until `next` is null. Readings stored after
   * the begin (`until`) are not part of it.
   */
  'data.export.begin': entry({
    request: z.object({}),
    response: z.object({
      header: ExportHeader,
      goals: z.number().int(),
      readings: z.number().int(),
      reviews: z.number().int(),
      until: z.number().int(),
      cursor: ExportCursor,
    }),
    from: ['extension'],
    maxBytes: 256,
  }),
  'data.export.chunk': entry({
    request: z.object({ cursor: ExportCursor, until: z.number().int().nonnegative() }),
    response: z.object({
      goals: z.array(Goal),
      readings: z.array(Reading),
      reviews: z.array(Review),
      next: ExportCursor.nullable(),
    }),
    from: ['extension'],
    maxBytes: 1024,
  }),
  /** The whole import in one message: for small data (tests, the demo); pages use the stream. */
  'data.import': entry({
    request: z.object({ data: Export, mode: z.enum(['merge', 'replace']) }),
    response: Imported,
    from: ['extension'],
    maxBytes: 32 * 1024 * 1024,
  }),
  /**
   * A streamed import: `begin` announces the header and counts, `chunk`s carry goals, readings
   * and reviews (each validated here), and `commit` applies it all in one transaction. Nothing is
   * written before the commit, and a failure anywhere writes nothing.
   */
  'data.import.begin': entry({
    request: z.object({
      mode: z.enum(['merge', 'replace']),
      header: ExportHeader,
      goals: z.number().int().nonnegative().max(MAX_IMPORT_GOALS),
      readings: z.number().int().nonnegative().max(MAX_IMPORT_READINGS),
      /** Export v2; a v1 file has none. */
      reviews: z.number().int().nonnegative().max(MAX_IMPORT_REVIEWS).default(0),
    }),
    response: z.union([z.object({ ok: z.literal(true), id: z.string() }), Failed]),
    from: ['extension'],
    maxBytes: 256 * 1024,
  }),
  'data.import.chunk': entry({
    request: z.object({
      id: z.string().max(100),
      goals: z.array(Goal).default([]),
      readings: z.array(Reading).max(IMPORT_CHUNK.readings).default([]),
      reviews: z.array(Review).max(IMPORT_CHUNK.reviews).default([]),
    }),
    response: z.object({ ok: z.boolean(), error: z.string().optional() }),
    from: ['extension'],
    maxBytes: 24 * 1024 * 1024,
  }),
  'data.import.commit': entry({
    request: z.object({ id: z.string().max(100) }),
    response: Imported,
    from: ['extension'],
    maxBytes: 256,
  }),
  /**
   * Past values of one goal's metric from a dashboard's CSV export (lib/history), planned and
   * previewed in the options page. Written in one transaction; a day that already has a reading
   * of the metric over the same period keeps it (`skipped`).
   */
  'history.import': entry({
    request: z.object({
      readings: z.array(ImportedReading).min(1).max(MAX_HISTORY_READINGS),
    }),
    response: z.union([
      z.object({ ok: z.literal(true), added: z.number(), skipped: z.number() }),
      z.object({ ok: z.literal(false), error: z.string() }),
    ]),
    from: ['extension'],
    // 20,000 readings (55 years of days) of ~250 bytes each.
    maxBytes: 6 * 1024 * 1024,
  }),
} as const;

/**
 * From the background to the content script of one tab (`tabs.sendMessage`): describe the figure
 * the user just right-clicked. The answer is parsed like any page data.
 */
export { PICK_REQUEST } from './names';
export const PickResponse = z.object({ locator: LocatorSchema, figure: PageFigure }).nullable();
export type Picked = NonNullable<z.infer<typeof PickResponse>>;

/** Broadcasts from the background to open extension pages; pages ignore any other sender. */
export const BROADCASTS = {
  /**
   * The tab's page changed. `view` is what `page.get` would answer, already built for the badge:
   * a panel shows it instead of asking again. Absent when only a notice changed (pick mode).
   */
  'page.updated': z.object({ tabId: z.number().int(), view: PageView.optional() }),
  'goals.changed': z.object({}),
  'sync.status': SyncStatus,
} as const;

export type Protocol = typeof PROTOCOL;
export type MessageName = keyof Protocol;
/** What a sender passes (defaults may be left out)… */
export type RequestOf<N extends MessageName> = z.input<Protocol[N]['request']>;
/** …and what a handler receives once it is parsed. */
export type ParsedRequestOf<N extends MessageName> = z.output<Protocol[N]['request']>;
export type ResponseOf<N extends MessageName> = z.infer<Protocol[N]['response']>;
export type BroadcastName = keyof typeof BROADCASTS;
export type BroadcastOf<N extends BroadcastName> = z.infer<(typeof BROADCASTS)[N]>;
