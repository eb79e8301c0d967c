/**
 * storage.sync allows 120 writes a minute and 1,800 an hour (each set/remove call is one). The
 * 2 s debounce alone keeps a burst under the per-minute limit but not a long editing session
 * under the hourly one, so writes are also counted here. Limits leave headroom for other
 * storage.sync users (settings) in the same extension.
 */
import { QUOTA } from './sync-layout';

const MINUTE = 60_000;
const HOUR = 3_600_000;
const LIMITS = [
  { window: MINUTE, max: QUOTA.WRITES_PER_MINUTE - 20 },
  { window: HOUR, max: QUOTA.WRITES_PER_HOUR - 300 },
];

export function writeBudget() {
  let stamps: number[] = [];
  return {
    /** 0 if `ops` writes may go now, else how many ms to wait. */
    wait(ops: number, now: number): number {
      stamps = stamps.filter((t) => now - t < HOUR);
      let wait = 0;
      for (const { window, max } of LIMITS) {
        const recent = stamps.filter((t) => now - t < window);
        const over = recent.length + ops - max;
        // The write may go once the `over` oldest writes in the window have aged out of it.
        if (over > 0) wait = Math.max(wait, recent[over - 1]! + window - now);
      }
      return wait;
    },
    record(ops: number, now: number): void {
      for (let i = 0; i < ops; i++) stamps.push(now);
    },
  };
}
