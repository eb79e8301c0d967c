import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { KNOWN_DASHBOARD_MATCHES, isKnownDashboard, matchesPattern } from '../../lib/readers/hosts';

describe('host permissions are no wider than the dashboards (issue 10, defect 9)', () => {
  it('asks for Search Console’s path, not all of search.google.com', () => {
    expect(KNOWN_DASHBOARD_MATCHES).toContain('https://search.google.com/search-console/*');
    expect(KNOWN_DASHBOARD_MATCHES).not.toContain('https://search.google.com/*');
    expect(isKnownDashboard(new URL('https://search.google.com/'))).toBe(false);
    expect(isKnownDashboard(new URL('https://search.google.com/test/rich-results'))).toBe(false);
    expect(
      isKnownDashboard(
        new URL(
          'https://search.google.com/search-console/performance/search-analytics?resource_id=x',
        ),
      ),
    ).toBe(true);
  });

  it('path patterns: `*` is a wildcard, everything else literal', () => {
    const p = 'https://search.google.com/search-console/*';
    expect(matchesPattern(p, new URL('https://search.google.com/search-console/'))).toBe(true);
    expect(matchesPattern(p, new URL('https://search.google.com/search-consoleX/'))).toBe(false);
    expect(matchesPattern('https://*.matomo.cloud/*', new URL('https://a.matomo.cloud/x'))).toBe(
      true,
    );
    expect(matchesPattern('https://*.matomo.cloud/*', new URL('https://matomo.cloud.evil/'))).toBe(
      false,
    );
  });
});

describe('zod runs jitless in every page and the background (addons-linter, DANGEROUS_EVAL)', () => {
  const entries = [
    'entrypoints/background.ts',
    'entrypoints/popup/main.tsx',
    'entrypoints/sidepanel/main.tsx',
    'entrypoints/options/main.tsx',
    'entrypoints/report/main.tsx',
  ];
  it.each(entries)('%s imports lib/zod-setup before anything else', (file) => {
    const text = readFileSync(join(__dirname, '../..', file), 'utf8');
    const first = /^import\s+(?:.* from\s+)?['"]([^'"]+)['"]/m.exec(text);
    expect(first?.[1]).toMatch(/lib\/zod-setup$/);
  });

  it('lib/zod-setup switches zod to jitless', async () => {
    await import('../../lib/zod-setup');
    expect(z.config().jitless).toBe(true);
  });
});
