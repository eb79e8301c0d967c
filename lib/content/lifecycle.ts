/**
 * The content script's own lifecycle, instead of WXT's ContentScriptContext. WXT's context
 * announces every start to the page (`<extensionId>:<script>:wxt:content-script-started`, as a
 * DOM event and a window message) and stops an older copy when it hears one; a page can hear and
 * re-dispatch that announcement, switching Pacer off and learning the extension id (issue 10,
 * defect 6). Here nothing the page can send matters: the script lives while the extension's
 * runtime does, checked before every read and send, and stops for good once it is gone (an
 * extension reload or update leaves the old copy orphaned in the page).
 */
export interface Lifecycle {
  /** True while the runtime is there; the first time it is not, everything is stopped. */
  alive(): boolean;
  /** Run `fn` when the script stops (disconnect observers, remove listeners). */
  onStop(fn: () => void): void;
  /** `addEventListener` that is removed when the script stops. */
  listen<K extends string>(
    target: EventTarget,
    type: K,
    handler: (e: Event) => void,
    options?: AddEventListenerOptions,
  ): void;
  /** `setInterval` whose handler runs only while alive; cleared when the script stops. */
  every(ms: number, fn: () => void): void;
  stop(): void;
}

export function createLifecycle(runtimeAlive: () => boolean): Lifecycle {
  let stopped = false;
  const cleanups: (() => void)[] = [];
  const life: Lifecycle = {
    alive() {
      if (stopped) return false;
      let ok: boolean;
      try {
        ok = runtimeAlive();
      } catch {
        ok = false; // Firefox: a dead wrapper of an unloaded extension throws
      }
      if (!ok) life.stop();
      return ok;
    },
    onStop(fn) {
      if (stopped) fn();
      else cleanups.push(fn);
    },
    listen(target, type, handler, options) {
      target.addEventListener(type, handler, options);
      life.onStop(() => target.removeEventListener(type, handler, options));
    },
    every(ms, fn) {
      const id = setInterval(() => {
        if (life.alive()) fn();
      }, ms);
      life.onStop(() => clearInterval(id));
    },
    stop() {
      if (stopped) return;
      stopped = true;
      for (const fn of cleanups.splice(0)) {
        try {
          fn();
        } catch {
          // An API of the gone runtime may throw on removal; the rest must still stop.
        }
      }
    },
  };
  return life;
}
