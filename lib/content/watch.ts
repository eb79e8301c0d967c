/**
 * When to read a page. Dashboards render late and animate their numbers, so we read after a
 * quiet window with no DOM changes (or after `maxWaitMs` of constant churn), and send only when
 * what was read differs from what was last sent. Pure DOM: no extension APIs, testable in
 * happy-dom; the content script passes `send` in.
 */
export interface WatchOptions<T> {
  root: Node;
  /** What the page shows now; null when there is nothing worth sending. */
  read: () => T | null;
  /** Equal signatures mean nothing changed since the last send. */
  signature: (report: T) => string;
  send: (report: T) => void | Promise<unknown>;
  quietMs?: number;
  maxWaitMs?: number;
  /** Injectable for tests. */
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (id: unknown) => void;
  now?: () => number;
}

export interface Watcher {
  /** Read again from scratch (SPA navigation): the next read is sent even if unchanged. */
  reset(): void;
  stop(): void;
}

export function watchPage<T>(opts: WatchOptions<T>): Watcher {
  const quietMs = opts.quietMs ?? 700;
  const maxWaitMs = opts.maxWaitMs ?? 4000;
  const setTimer = opts.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = opts.clearTimer ?? ((id) => clearTimeout(id as ReturnType<typeof setTimeout>));
  const now = opts.now ?? (() => Date.now());

  let lastSent: string | null = null;
  let timer: unknown = null;
  let firstChangeAt: number | null = null;
  let stopped = false;

  const flush = () => {
    timer = null;
    firstChangeAt = null;
    if (stopped) return;
    let report: T | null;
    try {
      report = opts.read();
    } catch {
      report = null; // a reader bug must never break the page
    }
    if (report === null) return;
    const sig = opts.signature(report);
    if (sig === lastSent) return;
    lastSent = sig;
    void opts.send(report);
  };

  const schedule = () => {
    if (stopped) return;
    const t = now();
    firstChangeAt ??= t;
    if (timer !== null) clearTimer(timer);
    // Under constant churn (a ticking clock, a live counter) read anyway once maxWait has passed.
    const wait = Math.max(0, Math.min(quietMs, firstChangeAt + maxWaitMs - t));
    timer = setTimer(flush, wait);
  };

  const observer = new MutationObserver(schedule);
  observer.observe(opts.root, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['title', 'data-value', 'aria-label'],
  });
  schedule();

  return {
    reset() {
      lastSent = null;
      schedule();
    },
    stop() {
      stopped = true;
      observer.disconnect();
      if (timer !== null) clearTimer(timer);
    },
  };
}
