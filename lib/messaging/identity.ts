/**
 * What a page may write. The content script says which source, scope and figures it read; none of
 * that is trusted. The sender's own address decides (issue 10, defect 1):
 *
 * - a known dashboard host (plausible.io, analytics.google.com, …) may write only the sources
 *   whose readers match that host; on a multi-tenant host (`*.matomo.cloud`: every customer has
 *   site 1) the scope is qualified with the host, so two tenants never share a metric;
 * - a site the user enabled may write only the self-hosted readers' sources, always under a
 *   scope qualified with its own host (`plausible/stats.example.com/mysite.com`), and the generic
 *   reader's `custom` source only for its own host name;
 * - anything else is refused (and counted by the caller).
 *
 * A page on an enabled `stats.evil.test` can therefore never write `plausible/mysite.com/…`, the
 * metric of the user's Plausible Cloud site, whatever markup it serves.
 */
import { HOSTED_MATCHES, SELF_HOSTED_IDS, matchesPattern } from '../readers/hosts';
import type { PageRead } from './schemas';

export type Refusal = 'source-not-allowed' | 'scope-not-allowed';

export type Authorized = { ok: true; read: PageRead } | { ok: false; reason: Refusal };

/**
 * The sources a site the user enabled may write: the readers whose file gives a `sites` rank
 * (entrypoints/sites.content.ts carries their detectors).
 */
export const SELF_HOSTED_SOURCES: ReadonlySet<string> = new Set(SELF_HOSTED_IDS);
/** The generic label-anchored reader's source (lib/readers/generic.ts). */
export const GENERIC_SOURCE = 'custom';

/** `stats.example.com:8000` + `mysite.com` → `stats.example.com:8000/mysite.com`. */
export function qualifyScope(host: string, scope: string): string {
  return `${host}/${scope}`;
}

/** The known-dashboard patterns that match `url`, with the reader each belongs to. */
function hostedMatches(url: URL): { source: string; multiTenant: boolean }[] {
  return Object.entries(HOSTED_MATCHES).flatMap(([source, patterns]) =>
    patterns
      .filter((p) => matchesPattern(p, url))
      .map((p) => ({ source, multiTenant: p.includes('://*.') })),
  );
}

/** The read as it may be stored for a page at `url`, or why not. */
export function authorizeRead(url: URL, read: PageRead): Authorized {
  const hosted = hostedMatches(url);
  if (hosted.length) {
    const match = hosted.find((m) => m.source === read.source);
    if (!match) return { ok: false, reason: 'source-not-allowed' };
    return match.multiTenant
      ? { ok: true, read: { ...read, scope: qualifyScope(url.host, read.scope) } }
      : { ok: true, read };
  }
  // Not a known dashboard: the router let the message through, so this is a site the user enabled.
  if (read.source === GENERIC_SOURCE) {
    return read.scope === url.hostname
      ? { ok: true, read }
      : { ok: false, reason: 'scope-not-allowed' };
  }
  if (!SELF_HOSTED_SOURCES.has(read.source)) return { ok: false, reason: 'source-not-allowed' };
  return { ok: true, read: { ...read, scope: qualifyScope(url.host, read.scope) } };
}
