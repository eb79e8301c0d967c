/**
 * Sending side, for the content script and extension pages. Type-only imports keep zod out of
 * the content script bundle; the background validates everything anyway.
 */
import { browser } from 'wxt/browser';
import type { BroadcastName, BroadcastOf, MessageName, RequestOf, ResponseOf } from './protocol';

/** Ask the background. Resolves `null` when it refused or could not answer. */
export async function send<N extends MessageName>(
  type: N,
  payload: RequestOf<N>,
): Promise<ResponseOf<N> | null> {
  try {
    return ((await browser.runtime.sendMessage({ type, payload })) as ResponseOf<N> | null) ?? null;
  } catch {
    // The service worker was restarting or the extension reloaded; callers retry or show "not reachable".
    return null;
  }
}

/** From the background to open pages; no page listening is not an error. */
export async function broadcast<N extends BroadcastName>(
  type: N,
  payload: BroadcastOf<N>,
): Promise<void> {
  try {
    await browser.runtime.sendMessage({ type, payload });
  } catch {
    // "Receiving end does not exist": no Pacer page is open.
  }
}
