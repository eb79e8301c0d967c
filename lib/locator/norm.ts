/** Label text as locators store and compare it. */
import { parseDateRangeText } from '../parse';
import type { Scan } from './scan';

const NOW = new Date();

/** Trimmed, collapsed, lowercased, without list bullets or a trailing ":" / ",". */
export function normLabel(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .replace(/^[•·|]\s*/, '')
    .replace(/\s*[:：,;•·|]+$/, '')
    .toLowerCase();
}

/** A label fit to name a figure, normalised; null for dates. */
export function usable(s: Scan, text: string): string | null {
  // An absolute date ("1 May – 14 May 2024") changes with the picker: never a figure's name.
  // "Last 30 days" is kept: it is as stable as any title.
  if (
    /\d/.test(text) &&
    !/\b(?:last|past)\b/i.test(text) &&
    parseDateRangeText(text, NOW, s.locale)
  ) {
    return null;
  }
  return normLabel(text) || null;
}
