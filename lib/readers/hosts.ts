/**
 * The SaaS dashboards Pacer reads without asking: the content scripts' fixed matches and the
 * manifest's only required host permissions. Self-hosted dashboards are enabled one site at a
 * time through an optional permission, never by widening this list.
 *
 * Built from the readers' own registrations (`matches`, `sites` in lib/readers/<id>.ts, as data:
 * scripts/readers-catalog.mjs), so the background decides which sources a page on a known host
 * may write (lib/messaging/identity.ts) without loading the readers themselves.
 */
import { REGISTRATIONS } from 'virtual:pacer-readers';

/** Each hosted reader's match patterns, keyed by source (the reader id). */
export const HOSTED_MATCHES: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  REGISTRATIONS.filter((r) => r.matches.length).map((r) => [r.id, r.matches]),
);

export const KNOWN_DASHBOARD_MATCHES: readonly string[] = Object.values(HOSTED_MATCHES).flat();

/**
 * The readers that know a dashboard by its markup on any host, in the sites script's detection
 * order: the sources a site the user enabled may write, and the sites script's on-demand parts.
 */
export const SELF_HOSTED_IDS: readonly string[] = REGISTRATIONS.filter(
  (r) => r.sites !== undefined,
).map((r) => r.id);

/**
 * Match-pattern test for patterns of the form above: scheme, host with optional `*.`, and a path
 * in which `*` matches anything (the path is matched with its query, as browsers do).
 */
export function matchesPattern(pattern: string, url: URL): boolean {
  const m = /^(https?):\/\/(\*\.)?([^/*]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  if (url.protocol !== `${m[1]}:`) return false;
  const host = m[3]!;
  const hostOk = m[2]
    ? url.hostname === host || url.hostname.endsWith(`.${host}`)
    : url.hostname === host;
  const path = new RegExp(
    `^${m[4]!
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return hostOk && path.test(url.pathname + url.search);
}

export function isKnownDashboard(url: URL): boolean {
  return KNOWN_DASHBOARD_MATCHES.some((p) => matchesPattern(p, url));
}
