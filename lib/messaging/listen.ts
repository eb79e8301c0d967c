/**
 * Extension pages listening for the background's broadcasts. Only our own extension's
 * broadcasts, in the shape the table says, get through; everything else is ignored (and not
 * answered, so other listeners are unaffected).
 */
import { browser } from 'wxt/browser';
import { BROADCASTS, type BroadcastName, type BroadcastOf } from './protocol';

type Handlers = { [N in BroadcastName]?: (payload: BroadcastOf<N>) => void };

export function onBroadcast(handlers: Handlers): () => void {
  const listener = (message: unknown, sender: { id?: string; url?: string }) => {
    if (sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL('/')))
      return;
    const { type, payload } = (message ?? {}) as { type?: unknown; payload?: unknown };
    if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(BROADCASTS, type)) return;
    const name = type as BroadcastName;
    const parsed = BROADCASTS[name].safeParse(payload);
    if (!parsed.success) return;
    (handlers[name] as ((p: unknown) => void) | undefined)?.(parsed.data);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
