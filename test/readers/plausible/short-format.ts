/**
 * Plausible's numberShortFormatter (util/number-formatter.ts), re-stated from its source so that
 * tests do not lean on the reader's own reading of it.
 */
/** numberShortFormatter: floor to one decimal below 100 of the unit, ".0" dropped; whole from 100. */
export function shortFormat(num: number): string {
  const units: [number, string][] = [
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'k'],
  ];
  if (num >= 1e12) return String(num);
  for (const [size, suffix] of units) {
    if (num < size) continue;
    const n = num / size;
    if (n === Math.floor(n) || num >= 100 * size) return `${Math.floor(n)}${suffix}`;
    return `${Math.floor(n * 10) / 10}${suffix}`;
  }
  return String(num);
}
