import { useEffect, useState } from 'preact/hooks';

/**
 * Render a long list in slices: the first `first` items at once, the rest a slice per frame.
 * With 200 goals the panel shows its first cards in the first frame instead of after building
 * all 200; the items below the fold arrive before anyone scrolls to them.
 */
export function useProgressive<T>(items: readonly T[], first = 12, step = 40): readonly T[] {
  const [count, setCount] = useState(first);
  useEffect(() => {
    if (count >= items.length) return;
    const id = requestAnimationFrame(() => setCount((c) => c + step));
    return () => cancelAnimationFrame(id);
  }, [count, items.length, step]);
  return count >= items.length ? items : items.slice(0, count);
}
