/**
 * A tracked figure's honest interval when Pacer does not know the page's rounding rule. A
 * dashboard reader knows its formatter (Plausible floors "4.6k" to mean 4,600–4,699; Umami rounds
 * it to mean 4,550–4,649), but "Track this number" works on any page, where "4.6k" may be either.
 * Shortened figures (k, M, B, 천, 만, 억) get the union of both readings: 4,550–4,699, stored as
 * its middle with that half-width. Exact figures (a raw value, or digits shown in full) keep the
 * precision they have.
 */
const SHORTENED = /\d\s*(?:[kKmMbB](?![a-z])|천|만|억)/;

export function unknownRounding(
  value: number,
  precision: number,
  text: string,
): { value: number; precision: number } {
  if (!(precision > 0) || !SHORTENED.test(text)) return { value, precision };
  // Rounded: [v − p, v + p). Floored: [v, v + 2p). Both: [v − p, v + 2p).
  return { value: value + precision / 2, precision: (3 * precision) / 2 };
}
