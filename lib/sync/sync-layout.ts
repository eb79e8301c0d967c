/**
 * How goals are laid out in `storage.sync` (see goal-sync.ts for the protocol). Pure: keys,
 * sizes measured the way browsers measure them, splitting a goal's JSON into items, and reading
 * it back with every piece checked.
 */
import { z } from 'zod';
import { Goal, IsoDateTime, parseOrExplain } from '../goals/schema';

/** chrome.storage.sync limits (Firefox has the same). */
export const QUOTA = {
  BYTES_PER_ITEM: 8192,
  BYTES: 102_400,
  MAX_ITEMS: 512,
  WRITES_PER_MINUTE: 120,
  WRITES_PER_HOUR: 1800,
} as const;

/** The small item that says which version of a goal the chunks hold. */
export const SyncIndex = z.object({
  rev: z.number().int().min(1),
  chunks: z.number().int().min(0).max(QUOTA.MAX_ITEMS),
  updatedAt: IsoDateTime,
  device: z.string().min(1).max(100),
  /** Hash of the reassembled JSON: catches chunks from two different versions. */
  hash: z.string().max(32),
  deleted: z.literal(true).optional(),
});
export type SyncIndex = z.infer<typeof SyncIndex>;

/**
 * Ids are user-visible strings and may contain ":" (or a lone surrogate, which
 * encodeURIComponent throws on): each code unit outside [A-Za-z0-9_.~-] becomes "%xxxx", so
 * "g:<id>:<n>" stays unambiguous, ASCII and reversible.
 */
const encodeId = (id: string) =>
  id.replace(/[^A-Za-z0-9_.~-]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const decodeId = (s: string) =>
  s.replace(/%([0-9a-f]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

export const indexKey = (id: string) => `g:${encodeId(id)}`;
export const chunkKey = (id: string, n: number) => `${indexKey(id)}:${n}`;

export function parseKey(key: string): { id: string; chunk: number | null } | null {
  const m = /^g:((?:[A-Za-z0-9_.~-]|%[0-9a-f]{4})+)(?::(\d+))?$/.exec(key);
  if (!m) return null; // not ours
  return { id: decodeId(m[1]!), chunk: m[2] === undefined ? null : Number(m[2]) };
}

/**
 * UTF-8 length: Chrome counts bytes of key + JSON.stringify(value), not UTF-16 units. A lone
 * surrogate is encoded as U+FFFD (3 bytes), as TextEncoder and Chrome's converter do.
 */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4; // a surrogate pair: one 4-byte code point
      i++;
    } else n += 3;
  }
  return n;
}

export const itemBytes = (key: string, value: unknown): number =>
  utf8Length(key) + utf8Length(JSON.stringify(value) ?? '');

/** Bytes one code point costs inside a JSON string literal. */
function escapedCost(cp: number): number {
  if (cp === 0x22 || cp === 0x5c) return 2; // \" \\
  if (cp < 0x20) return [8, 9, 10, 12, 13].includes(cp) ? 2 : 6; // \n … or \u00XX
  if (cp >= 0xd800 && cp <= 0xdfff) return 6; // a lone surrogate is written \uDXXX
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/** Splits `json` so each `chunkKey(id, n)` item fits QUOTA_BYTES_PER_ITEM; never splits a pair. */
export function splitJson(id: string, json: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  let used = 0;
  let budget = QUOTA.BYTES_PER_ITEM - utf8Length(chunkKey(id, 0)) - 2; // 2: the quotes
  for (let i = 0; i < json.length;) {
    const cp = json.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const cost = escapedCost(cp);
    if (used + cost > budget) {
      pieces.push(json.slice(start, i));
      start = i;
      used = 0;
      // Later chunk numbers may have more digits: size the budget for this one.
      budget = QUOTA.BYTES_PER_ITEM - utf8Length(chunkKey(id, pieces.length)) - 2;
    }
    used += cost;
    i += width;
  }
  pieces.push(json.slice(start));
  return pieces;
}

/** JSON with sorted keys: the same goal hashes the same on every device. */
export function canonicalJson(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : x,
  );
}

/** cyrb53: a fast 53-bit string hash. Detects torn or mixed chunks; not a security measure. */
export function hashOf(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

export const goalHash = (goal: Goal): string => hashOf(canonicalJson(goal));

/** The items that store one goal version (index + chunks). */
export function encodeGoal(goal: Goal, version: Omit<SyncIndex, 'chunks' | 'hash'>) {
  const json = canonicalJson(goal);
  const pieces = splitJson(goal.id, json);
  const items: Record<string, unknown> = {
    [indexKey(goal.id)]: { ...version, chunks: pieces.length, hash: hashOf(json) },
  };
  pieces.forEach((p, n) => (items[chunkKey(goal.id, n)] = p));
  return items;
}

export type Assembled =
  { ok: true; goal: Goal } | { ok: false; reason: 'incomplete' | 'corrupt'; error: string };

/**
 * A goal back from its chunks. Missing or mismatched chunks are `incomplete` (sync may deliver
 * items one by one, so the rest may still be on its way); data that is whole but not a valid
 * goal is `corrupt` and must never be applied.
 */
export function assemble(
  snapshot: Record<string, unknown>,
  id: string,
  index: SyncIndex,
): Assembled {
  let json = '';
  for (let n = 0; n < index.chunks; n++) {
    const piece = snapshot[chunkKey(id, n)];
    if (typeof piece !== 'string')
      return { ok: false, reason: 'incomplete', error: `chunk ${n} missing` };
    json += piece;
  }
  if (hashOf(json) !== index.hash)
    return { ok: false, reason: 'incomplete', error: 'chunks do not match their index' };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, reason: 'corrupt', error: 'not JSON' };
  }
  const r = parseOrExplain(Goal, data);
  if (!r.ok) return { ok: false, reason: 'corrupt', error: r.error };
  if (r.value.id !== id)
    return { ok: false, reason: 'corrupt', error: `holds goal "${r.value.id}"` };
  return { ok: true, goal: r.value };
}
