/**
 * The extension API as browsers give it to content scripts, without webextension-polyfill (3 KB
 * gzip of every content script; issue "Read the figures on real dashboards"): Firefox's
 * `browser`, else Chrome's `chrome`, whose MV3 `runtime.sendMessage` returns a promise too.
 * One difference matters: Chrome does not take a promise returned by an `onMessage` listener as
 * the reply, so listeners answer through `sendResponse`, which both browsers support.
 */
import type { MessageName, RequestOf, ResponseOf } from '../messaging/protocol';

export interface MessageSender {
  id?: string;
  tab?: unknown;
}

export type MessageListener = (
  message: unknown,
  sender: MessageSender,
  sendResponse: (response: unknown) => void,
) => boolean | undefined;

export interface ContentApi {
  runtime: {
    id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: {
      addListener(listener: MessageListener): void;
      removeListener(listener: MessageListener): void;
    };
  };
  i18n: { getMessage(name: string): string };
}

/** The browser's own API object (looked up when called: the extension may have been reloaded). */
export function api(): ContentApi {
  const g = globalThis as { browser?: ContentApi; chrome?: ContentApi };
  return (g.browser?.runtime?.id ? g.browser : g.chrome) as ContentApi;
}

/** Ask the background. Resolves `null` when it refused or could not answer. */
export async function send<N extends MessageName>(
  type: N,
  payload: RequestOf<N>,
): Promise<ResponseOf<N> | null> {
  try {
    return ((await api().runtime.sendMessage({ type, payload })) as ResponseOf<N> | null) ?? null;
  } catch {
    // The service worker was restarting, or the extension was reloaded: callers retry later.
    return null;
  }
}
