/**
 * Bounds shared by the schemas (lib/goals/schema.ts) and the content script, which must not import
 * zod: a figure beyond them is left out on the page rather than sent and refused with the rest.
 */

/**
 * The largest magnitude a goal's or a reading's number may have: 1e15 (a quadrillion) is beyond
 * any dashboard figure, and keeps every difference, ratio and least-squares sum in the pace engine
 * finite (issue 10: a goal from −1e308 to 1e308 overflowed to Infinity and blanked every page).
 */
export const MAX_MAGNITUDE = 1e15;

/** A number Pacer can store and evaluate. */
export const inBounds = (x: number): boolean => Number.isFinite(x) && Math.abs(x) <= MAX_MAGNITUDE;
