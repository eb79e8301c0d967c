/**
 * Issue 10, defect 1: a page writes only its own site's metrics. For every reader, a tab on one
 * host reporting another source (or another site's scope) is refused or kept apart.
 */
import { describe, expect, it } from 'vitest';
import { detectors } from 'virtual:pacer-readers/sites';
import { READERS } from '../support/read-page';
import type { PageRead } from '../../lib/messaging/schemas';
import { GENERIC_SOURCE, SELF_HOSTED_SOURCES, authorizeRead } from '../../lib/messaging/identity';

const readOf = (source: string, scope: string): PageRead => ({
  source,
  scope,
  period: null,
  figures: [
    { key: 'visitors', label: 'Visitors', value: 1, unit: 'count', precision: 0, text: '1' },
  ],
});

/** A concrete address for a match pattern (`*.` gets a tenant). */
const urlFor = (pattern: string, tenant = 'acme') =>
  new URL(pattern.replace('*.', `${tenant}.`).replace(/\/\*$/, '/some/page'));

const ALL_SOURCES = [...READERS.map((r) => r.id), GENERIC_SOURCE];

describe('a tab on a known dashboard host', () => {
  // The readers' own matches: the background's table (lib/readers/hosts.ts) is built from them.
  for (const { id: source, matches } of READERS) {
    for (const pattern of matches) {
      it(`${pattern} may write ${source} and no other source`, () => {
        const url = urlFor(pattern);
        for (const other of ALL_SOURCES) {
          const got = authorizeRead(url, readOf(other, 'mysite.com'));
          if (other === source) expect(got.ok).toBe(true);
          else expect(got).toEqual({ ok: false, reason: 'source-not-allowed' });
        }
      });
    }
  }

  it('knows each dashboard by its host: only its own reader may write there', () => {
    const cases: [string, string][] = [
      ['https://analytics.google.com/analytics/web/#/p1/reports', 'ga4'],
      ['https://search.google.com/search-console/performance?resource_id=x', 'search-console'],
      ['https://plausible.io/mysite.com', 'plausible'],
      ['https://cloud.umami.is/websites/1', 'umami'],
      ['https://acme.matomo.cloud/index.php?idSite=1', 'matomo'],
      ['https://eu.posthog.com/project/1/web', 'posthog'],
      ['https://us.posthog.com/project/1/web', 'posthog'],
      ['https://studio.youtube.com/channel/UC1/analytics', 'youtube'],
      ['https://admin.shopify.com/store/shop/analytics', 'shopify'],
      ['https://dashboard.stripe.com/dashboard', 'stripe'],
    ];
    for (const [u, source] of cases) {
      const allowed = ALL_SOURCES.filter((s) => authorizeRead(new URL(u), readOf(s, 'x')).ok);
      expect(allowed, u).toEqual([source]);
    }
  });

  it('keeps a single-tenant dashboard scope as the dashboard names it', () => {
    const got = authorizeRead(
      new URL('https://plausible.io/mysite.com'),
      readOf('plausible', 'mysite.com'),
    );
    expect(got.ok && got.read.scope).toBe('mysite.com');
  });

  it('keeps two Matomo Cloud customers with the same site id apart', () => {
    const a = authorizeRead(
      new URL('https://a.matomo.cloud/index.php?idSite=1'),
      readOf('matomo', '1'),
    );
    const b = authorizeRead(
      new URL('https://b.matomo.cloud/index.php?idSite=1'),
      readOf('matomo', '1'),
    );
    expect(a.ok && a.read.scope).toBe('a.matomo.cloud/1');
    expect(b.ok && b.read.scope).toBe('b.matomo.cloud/1');
  });
});

describe('a tab on a site the user enabled', () => {
  const evil = new URL('https://stats.evil.test/mysite.com');

  it('cannot write a Plausible Cloud metric: its scope always carries its own host', () => {
    const got = authorizeRead(evil, readOf('plausible', 'mysite.com'));
    expect(got.ok && got.read.scope).toBe('stats.evil.test/mysite.com');
  });

  it('keeps the port: two dashboards on one host are two sites', () => {
    const got = authorizeRead(new URL('http://127.0.0.1:8000/x'), readOf('umami', 'site-1'));
    expect(got.ok && got.read.scope).toBe('127.0.0.1:8000/site-1');
  });

  it('may write only the self-hosted sources and the generic reader', () => {
    for (const source of ALL_SOURCES) {
      const got = authorizeRead(evil, readOf(source, 'stats.evil.test'));
      expect(got.ok).toBe(SELF_HOSTED_SOURCES.has(source) || source === GENERIC_SOURCE);
    }
  });

  it('may write generic figures only under its own host name', () => {
    expect(authorizeRead(evil, readOf(GENERIC_SOURCE, 'stats.evil.test')).ok).toBe(true);
    expect(authorizeRead(evil, readOf(GENERIC_SOURCE, 'mysite.com'))).toEqual({
      ok: false,
      reason: 'scope-not-allowed',
    });
  });

  it('can never produce the scope of a hosted dashboard, whatever scope it claims', () => {
    for (const source of SELF_HOSTED_SOURCES) {
      for (const claimed of ['mysite.com', '', '../mysite.com', 'stats.evil.test', '/']) {
        const got = authorizeRead(evil, readOf(source, claimed));
        expect(got.ok && got.read.scope.startsWith('stats.evil.test/')).toBe(true);
      }
    }
  });
});

it('the sources an enabled site may write are exactly the readers its script carries', () => {
  expect([...SELF_HOSTED_SOURCES].sort()).toEqual(detectors.map((r) => r.id).sort());
  expect([...SELF_HOSTED_SOURCES].sort()).toEqual(['goaccess', 'matomo', 'plausible', 'umami']);
});
