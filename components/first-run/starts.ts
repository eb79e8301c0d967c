/**
 * What the first-run page and the empty side panel and popup offer: the dashboards Pacer reads
 * (a link to each one's usual address), and the article's cases as templates to follow with
 * check-ins. A test checks every link against the reader matches (lib/readers/hosts.ts).
 */
import { TEMPLATES } from '../../lib/goals/templates';
import type { Lang } from '../../lib/i18n';

export interface Dashboard {
  name: string;
  /** Where a user of it usually lands; null when every account has its own address. */
  url: string | null;
  /** For those without one address: what the address looks like. */
  pattern?: string;
}

/** The dashboards of KNOWN_DASHBOARD_MATCHES, by product name (names are not translated). */
export const DASHBOARDS: Dashboard[] = [
  { name: 'Google Analytics 4', url: 'https://analytics.google.com/' },
  { name: 'Google Search Console', url: 'https://search.google.com/search-console/' },
  { name: 'Plausible', url: 'https://plausible.io/sites' },
  { name: 'Umami Cloud', url: 'https://cloud.umami.is/' },
  { name: 'Matomo Cloud', url: null, pattern: 'https://<name>.matomo.cloud' },
  { name: 'PostHog (US)', url: 'https://us.posthog.com/' },
  { name: 'PostHog (EU)', url: 'https://eu.posthog.com/' },
  { name: 'YouTube Studio', url: 'https://studio.youtube.com/' },
  { name: 'Shopify', url: 'https://admin.shopify.com/' },
  { name: 'Stripe', url: 'https://dashboard.stripe.com/' },
];

/** The seed article's three cases (chapter 6), one start per goal they make. */
export const ARTICLE_TEMPLATES = ['quarterly-sales-yoy', 'social-growth', 'market-share-launch'];

export interface TemplateStart {
  id: string;
  slot: number;
  label: string;
}

export function templateStarts(lang: Lang): TemplateStart[] {
  return ARTICLE_TEMPLATES.flatMap((id) => {
    const tpl = TEMPLATES.find((x) => x.id === id);
    if (!tpl) return [];
    return tpl.slots.map((slot, i) => ({
      id,
      slot: i,
      label: tpl.slots.length > 1 ? `${tpl.title[lang]} — ${slot.label[lang]}` : tpl.title[lang],
    }));
  });
}

/** The options page opens the editor on this template (`options.html#template=ID&slot=N`). */
export const templateHash = (s: { id: string; slot: number }): string =>
  `template=${encodeURIComponent(s.id)}&slot=${s.slot}`;

export function parseTemplateHash(hash: string): { id: string; slot: number } | null {
  const q = new URLSearchParams(hash.replace(/^#/, ''));
  const id = q.get('template');
  const slot = Number(q.get('slot') ?? '0');
  const tpl = id ? TEMPLATES.find((x) => x.id === id) : undefined;
  return tpl && Number.isInteger(slot) && tpl.slots[slot] ? { id: tpl.id, slot } : null;
}

/**
 * The options page's history import. Another part of Pacer builds that section (`#history`); a
 * hash with no such section simply opens the options page at its top, so the link is never dead.
 */
export const IMPORT_SECTION = 'history';
