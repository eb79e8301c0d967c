import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import ko from '../../public/_locales/ko/messages.json';
import { translator } from '../../lib/i18n';
import { formatValue } from '../../lib/i18n/format';

const placeholders = (s: string) => [...new Set(s.match(/\$\d/g) ?? [])].sort();
type Catalog = Record<string, { message: string }>;

describe('locales', () => {
  it('English and Korean have the same keys', () => {
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
  });

  it('each message has the same $n placeholders in both languages', () => {
    for (const key of Object.keys(en)) {
      const e = (en as Catalog)[key]!.message;
      const k = (ko as Catalog)[key]?.message ?? '';
      expect({ key, ko: placeholders(k) }).toEqual({ key, ko: placeholders(e) });
    }
  });

  it('no message is empty', () => {
    for (const [key, m] of [...Object.entries(en), ...Object.entries(ko)] as [
      string,
      { message: string },
    ][])
      expect({ key, empty: m.message.trim() === '' }).toEqual({ key, empty: false });
  });

  it('fills placeholders in order', () => {
    expect(translator('en')('figureTrackNamed', 'Visitors')).toBe('Track Visitors');
    expect(translator('ko')('excludedMany', '이유', 3)).toBe('수치 3개 제외: 이유');
  });

  it('formats Korean counts with 만 and 억', () => {
    expect(formatValue(16180, 'count', 'ko')).toBe('1.6만');
    expect(formatValue(230_000_000, 'count', 'ko')).toBe('2.3억');
  });

  it('never shows a floored dashboard figure one step up: the middle of 12.3k is 12.3K', () => {
    // Plausible's "12.3k" is 12,300–12,399, stored as 12,350 ± 50.
    expect(formatValue(12_350, 'count', 'en')).toBe('12.3K');
    expect(formatValue(44.25, 'percent', 'en')).toBe('44.2%');
    expect(formatValue(12_351, 'count', 'en')).toBe('12.4K');
    // Nor invents decimals for a count (a difference of interval middles).
    expect(formatValue(1_824.8, 'count', 'en')).toBe('1,825');
    expect(formatValue(2.72, 'ratio', 'en')).toBe('2.72');
    expect(formatValue(16180, 'count', 'en')).toBe('16.2K');
  });
});
