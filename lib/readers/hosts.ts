/**
 * The SaaS dashboards Pacer reads without asking: the content script's fixed matches and the
 * manifest's only required host permissions. Self-hosted dashboards are enabled one site at a
 * time through an optional permission, never by widening this list.
 *
 * Keyed by source (the reader id): the background decides from this table which sources a page
 * on a known host may write (lib/messaging/identity.ts) without loading the readers themselves.
 * Each reader's `matches` must equal its entry (test/readers/meta.test.ts).
 */
export const HOSTED_MATCHES: Readonly<Record<string, readonly string[]>> = {
  ga4: ['https://analytics.google.com/*'],
  // Search Console: only its own path, not the rest of search.google.com (issue 10, defect 9).
  'search-console': ['https://search.google.com/search-console/*'],
  plausible: ['https://plausible.io/*'], // Plausible Cloud
  umami: ['https://cloud.umami.is/*'], // Umami Cloud
  matomo: ['https://*.matomo.cloud/*'], // Matomo Cloud: one subdomain per customer
  posthog: ['https://us.posthog.com/*', 'https://eu.posthog.com/*'],
  youtube: ['https://studio.youtube.com/*'],
  shopify: ['https://admin.shopify.com/*'],
  stripe: ['https://dashboard.stripe.com/*'],
};

export const KNOWN_DASHBOARD_MATCHES: readonly string[] = Object.values(HOSTED_MATCHES).flat();

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
