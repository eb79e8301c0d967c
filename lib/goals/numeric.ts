/**
 * Float-safe comparisons. Sums, fits and ratios of decimal figures carry rounding noise
 * (a projection of 14.999999999999996 for a line that ends at 15): no verdict may hinge on it.
 */

/** Relative size of the noise we ignore: far below any figure a dashboard shows. */
export const REL_EPS = 1e-9;

/** Noise allowance when comparing `a` with `b`: relative to the larger, with a floor near 0. */
export const noiseOf = (a: number, b: number): number =>
  REL_EPS * Math.max(1, Math.abs(a), Math.abs(b));

/** a ≥ b, up to noise. */
export const atLeast = (a: number, b: number): boolean => a >= b - noiseOf(a, b);

/** a ≤ b, up to noise. */
export const atMost = (a: number, b: number): boolean => a <= b + noiseOf(a, b);

/** a > b by more than noise. */
export const above = (a: number, b: number): boolean => !atMost(a, b);
