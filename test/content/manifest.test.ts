/**
 * The manifest's hosts are the readers' (wxt.config.ts builds them from the reader catalog): every
 * reader's `matches` is a required host permission in both builds, and nothing else is.
 */
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import { KNOWN_DASHBOARD_MATCHES } from '../../lib/readers/hosts';
import { READERS } from '../support/read-page';

const manifestFor = async (browser: string, manifestVersion: 2 | 3) => {
  const m = config.manifest;
  if (typeof m !== 'function') throw new Error('wxt.config.ts: manifest is built per browser');
  return m({ browser, manifestVersion, mode: 'production', command: 'build' });
};

describe('manifest hosts', () => {
  // The first call evaluates the reader files (scripts/readers-catalog.mjs), as a build does.
  it.each([
    ['chrome', 3],
    ['firefox', 2],
  ] as const)(
    '%s: every reader’s matches, and only those',
    async (browser, version) => {
      const hosts = (await manifestFor(browser, version)).host_permissions ?? [];
      const readers = READERS.flatMap((r) => r.matches);
      expect([...hosts].sort()).toEqual([...readers].sort());
      expect([...hosts].sort()).toEqual([...KNOWN_DASHBOARD_MATCHES].sort());
      expect(new Set(hosts).size).toBe(hosts.length);
    },
    60_000,
  );
});
