/**
 * The SaaS dashboards Pacer reads without asking: the content script's fixed matches and the
 * manifest's only required host permissions. Self-hosted dashboards are enabled one site at a
 * time through an optional permission, never by widening this list.
 */
export const KNOWN_DASHBOARD_MATCHES = [
  'https://analytics.google.com/*', // GA4
  // Search Console: only its own path, not the rest of search.google.com (issue 10, defect 9).
  'https://search.google.com/search-console/*',
  'https://plausible.io/*', // Plausible Cloud
  'https://cloud.umami.is/*', // Umami Cloud
  'https://*.matomo.cloud/*', // Matomo Cloud
  'https://us.posthog.com/*', // PostHog Cloud (US)
  'https://eu.posthog.com/*', // PostHog Cloud (EU)
  'https://studio.youtube.com/*', // YouTube Studio
  'https://admin.shopify.com/*', // Shopify admin
  'https://dashboard.stripe.com/*', // Stripe dashboard
];

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
