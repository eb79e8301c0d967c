/** Small numeric helpers shared by projection, anomalies and the SMART check. */

export function median(xs: ArrayLike<number>): number {
  // A typed array sorts numerically without a comparator callback: several times faster, and
  // anomaly detection takes two medians per goal on every evaluation.
  const s = Float64Array.from(xs).sort();
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Least-squares line through (x, y) points: y = intercept + slope × (x − x0). */
export interface Line {
  slope: number;
  intercept: number;
  x0: number;
}

/**
 * Fit over `xs[from..to)`; null with fewer than two distinct x. x is centred on `x0` so day numbers
 * in the 20 000s don't cost precision in the sums.
 */
export function fitLine(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  from: number,
  to: number,
  x0: number,
): Line | null {
  const n = to - from;
  if (n < 2) return null;
  let sx = 0;
  let sy = 0;
  for (let i = from; i < to; i++) {
    sx += xs[i]! - x0;
    sy += ys[i]!;
  }
  const mx = sx / n;
  const my = sy / n;
  let sxx = 0;
  let sxy = 0;
  for (let i = from; i < to; i++) {
    const dx = xs[i]! - x0 - mx;
    sxx += dx * dx;
    sxy += dx * (ys[i]! - my);
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  return { slope, intercept: my - slope * mx, x0 };
}
