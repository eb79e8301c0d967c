/**
 * "Does this stay linear?" without a wall-clock budget (timed tests fail on a busy machine; the
 * real budgets live in `npm run bench`): time the work and one plain TreeWalker pass over the
 * same document in the same run, and return the ratio. A quadratic pass over 20,000 nodes is
 * thousands of times one walk; linear work is a small multiple of it.
 */
export function ratioToOneWalk(doc: Document, work: () => unknown): number {
  const walk = () => {
    const w = doc.createTreeWalker(doc.body, 0xffffffff);
    let n = 0;
    while (w.nextNode()) n++;
    return n;
  };
  const time = (fn: () => unknown) => {
    const t0 = performance.now();
    fn();
    return performance.now() - t0;
  };
  walk(); // warm up, so the walk pays no first-call costs
  // The best of a few runs: the least disturbed by other work on the machine.
  const walkMs = Math.min(time(walk), time(walk), time(walk));
  return Math.min(time(work), time(work)) / Math.max(walkMs, 0.05);
}
