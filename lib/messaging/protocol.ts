/**
 * The one protocol table: every message Pacer sends, its request and response schemas, who may
 * send it, and the most bytes its payload may have. The background refuses anything else.
 */
import { z } from 'zod';
import { Export, Goal, Reading } from '../goals/schema';
import { Settings } from '../store/settings';
import { GoalView, PageRead, PageView } from './schemas';

/** `content`: a dashboard tab's top frame. `extension`: our own pages and service worker. */
export type SenderKind = 'content' | 'extension';

interface Entry<Req extends z.ZodType, Res extends z.ZodType> {
  request: Req;
  response: Res;
  from: readonly SenderKind[];
  maxBytes: number;
}

const entry = <Req extends z.ZodType, Res extends z.ZodType>(e: Entry<Req, Res>) => e;

const Saved = z.union([
  z.object({ ok: z.literal(true), goal: Goal }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

export const PROTOCOL = {
  /** The content script read a page. The URL and tab come from the sender, never the payload. */
  'page.read': entry({
    request: z.object({ read: PageRead }),
    response: z.object({ stored: z.number().int() }),
    from: ['content'],
    maxBytes: 64 * 1024,
  }),
  /** What the side panel shows for one tab. */
  'page.get': entry({
    request: z.object({ tabId: z.number().int().nonnegative() }),
    response: PageView,
    from: ['extension'],
    maxBytes: 1024,
  }),
  'goals.list': entry({
    request: z.object({}),
    response: z.object({ goals: z.array(GoalView), errors: z.array(z.string()) }),
    from: ['extension'],
    maxBytes: 1024,
  }),
  /** A metric's readings in time order (for charts and the SMART check's achievability). */
  'readings.get': entry({
    request: z.object({
      metric: z.object({
        source: z.string().max(40),
        scope: z.string().max(200),
        key: z.string().max(120),
      }),
      from: z.string().max(40).optional(),
    }),
    response: z.object({ readings: z.array(Reading) }),
    from: ['extension'],
    maxBytes: 1024,
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
  'settings.get': entry({
    request: z.object({}),
    response: Settings,
    from: ['extension'],
    maxBytes: 1024,
  }),
  'settings.set': entry({
    request: z.object({ patch: Settings.partial() }),
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
  'data.export': entry({
    request: z.object({}),
    response: Export,
    from: ['extension'],
    maxBytes: 1024,
  }),
  /** Validated whole before anything is written; applied in one transaction. */
  'data.import': entry({
    request: z.object({ data: Export, mode: z.enum(['merge', 'replace']) }),
    response: z.union([
      z.object({
        ok: z.literal(true),
        goals: z.number(),
        readings: z.number(),
        skippedReadings: z.number(),
      }),
      z.object({ ok: z.literal(false), error: z.string() }),
    ]),
    from: ['extension'],
    maxBytes: 32 * 1024 * 1024,
  }),
} as const;

/** Broadcasts from the background to open extension pages; pages ignore any other sender. */
export const BROADCASTS = {
  'page.updated': z.object({ tabId: z.number().int() }),
  'goals.changed': z.object({}),
} as const;

export type Protocol = typeof PROTOCOL;
export type MessageName = keyof Protocol;
export type RequestOf<N extends MessageName> = z.infer<Protocol[N]['request']>;
export type ResponseOf<N extends MessageName> = z.infer<Protocol[N]['response']>;
export type BroadcastName = keyof typeof BROADCASTS;
export type BroadcastOf<N extends BroadcastName> = z.infer<(typeof BROADCASTS)[N]>;
