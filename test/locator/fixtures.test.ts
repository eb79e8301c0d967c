// @vitest-environment happy-dom
/**
 * Saved dashboards (test/fixtures): a locator built from any figure and resolved on the same page
 * gives back that figure's value, or refuses. Never another number.
 */
import { readFileSync } from 'node:fs';
import { buildLocator, resolveLocator } from '../../lib/locator';
import { scan } from '../../lib/locator/scan';
import { parseHtml } from '../readers/happy-dom';

const FIXTURES = [
  'plausible/dashboard-30d.en.html',
  'matomo/visits-overview-cards.en.html',
  'posthog/web-us.html',
  'stripe/home-test-eur.html',
  'youtube/overview-en.html',
  'shopify/dashboard-krw.html',
  'search-console/performance-ko.html',
];

it.each(FIXTURES)('%s: every pickable figure resolves to itself or is refused', (file) => {
  const doc = parseHtml(readFileSync(`test/fixtures/${file}`, 'utf8'));
  const s = scan(doc);
  let byLabel = 0;
  for (const i of s.figures) {
    const el = s.items[i]!.el;
    const loc = buildLocator(el);
    if (!loc) continue;
    const r = resolveLocator(doc, loc);
    if (!r.ok) {
      expect(r.reason).toBe('ambiguous');
      continue;
    }
    if (r.via === 'label') byLabel++;
    // A copy elsewhere (a legend repeating a card) may answer, but only with the same figure.
    expect([r.text, r.unit, r.currency]).toEqual([loc.sample, loc.unit, loc.currency]);
  }
  expect(byLabel).toBeGreaterThanOrEqual(3);
});
