/**
 * Sites the user enabled (self-hosted Plausible, Umami, Matomo, GoAccess, or any page). Each is an
 * optional host permission granted on the user's click plus a content script registered at
 * runtime; the permission is the source of truth, so revoking it in the browser's settings turns
 * the site off (we unregister the script on `permissions.onRemoved` and on every start).
 */
import { browser } from 'wxt/browser';
import { isKnownDashboard } from '../readers/hosts';

const PREFIX = 'pacer-site:';
const CONTENT_JS = 'content-scripts/sites.js';

/** `https://stats.example.com` → `https://stats.example.com/*`; null for anything not http(s). */
export function originPattern(origin: string): string | null {
  try {
    const u = new URL(origin);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    return `${u.protocol}//${u.host}/*`;
  } catch {
    return null;
  }
}

// Chrome match patterns take no port: permission for `http://127.0.0.1/*` covers every port.
const matchPattern = (pattern: string) => pattern.replace(/:\d+\/\*$/, '/*');

export async function isEnabledSite(url: URL): Promise<boolean> {
  const pattern = originPattern(url.origin);
  if (!pattern) return false;
  return browser.permissions.contains({ origins: [matchPattern(pattern)] }).catch(() => false);
}

/** May the content script run here: a known dashboard, or a site the user enabled. */
export async function isAllowedPage(url: URL): Promise<boolean> {
  return isKnownDashboard(url) || isEnabledSite(url);
}

async function registered(): Promise<{ id: string; matches?: string[] }[]> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return scripts.filter((s) => s.id.startsWith(PREFIX));
}

/** Register the content script on a site whose permission the user just granted; read the tab now. */
export async function enableSite(
  origin: string,
  tabId?: number,
): Promise<{ ok: boolean; error?: string }> {
  const pattern = originPattern(origin);
  if (!pattern) return { ok: false, error: 'Only web pages (http or https) can be enabled.' };
  const match = matchPattern(pattern);
  if (!(await browser.permissions.contains({ origins: [match] })))
    return { ok: false, error: 'Permission for this site was not granted.' };
  const id = `${PREFIX}${match}`;
  if (!(await registered()).some((s) => s.id === id)) {
    await browser.scripting.registerContentScripts([
      {
        id,
        matches: [match],
        js: [CONTENT_JS],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  }
  if (tabId !== undefined) {
    // The page is already open: run the script there now instead of asking for a reload.
    await browser.scripting
      .executeScript({ target: { tabId }, files: [`/${CONTENT_JS}`] })
      .catch(() => {});
  }
  return { ok: true };
}

export async function disableSite(origin: string): Promise<void> {
  const pattern = originPattern(origin);
  if (!pattern) return;
  const match = matchPattern(pattern);
  const ids = (await registered()).filter((s) => s.id === `${PREFIX}${match}`).map((s) => s.id);
  if (ids.length) await browser.scripting.unregisterContentScripts({ ids });
  await browser.permissions.remove({ origins: [match] }).catch(() => false);
}

export async function listSites(): Promise<string[]> {
  return (await registered()).map((s) => s.id.slice(PREFIX.length).replace(/\/\*$/, ''));
}

/** Drop registrations whose permission is gone (revoked while the worker was not running). */
export async function reconcileSites(): Promise<void> {
  const stale: string[] = [];
  for (const s of await registered()) {
    const match = s.id.slice(PREFIX.length);
    if (!(await browser.permissions.contains({ origins: [match] }).catch(() => false)))
      stale.push(s.id);
  }
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale });
}
