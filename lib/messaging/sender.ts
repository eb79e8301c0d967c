/**
 * Who sent a message. Only two kinds are trusted: our own extension pages (their URL is on the
 * extension's origin) and the top frame of a tab whose page the content script is allowed on.
 * Everything else — other extensions, sub-frames, pages we were not injected into — is nobody.
 */
import type { SenderKind } from './protocol';

export interface Sender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number };
}

export interface SenderContext {
  extensionId: string;
  /** e.g. `chrome-extension://abc/`; from `runtime.getURL('')`. */
  extensionOrigin: string;
  /** May the content script run on this page? (known dashboards, sites the user enabled) */
  isAllowedPage(url: URL): boolean | Promise<boolean>;
}

export async function classifySender(
  sender: Sender,
  ctx: SenderContext,
): Promise<SenderKind | null> {
  if (!sender || sender.id !== ctx.extensionId || typeof sender.url !== 'string') return null;
  if (sender.url.startsWith(ctx.extensionOrigin)) return 'extension';
  if (!sender.tab || typeof sender.tab.id !== 'number' || sender.frameId !== 0) return null;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  return (await ctx.isAllowedPage(url)) ? 'content' : null;
}
