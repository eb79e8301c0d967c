import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseFigure } from '../../lib/parse';
import { unknownRounding } from '../../lib/locator/rounding';

describe('a tracked figure whose page rounding is unknown', () => {
  it('covers both a floored and a rounded "4.6k"', () => {
    const f = parseFigure('4.6k')!;
    const r = unknownRounding(f.value, f.precision, '4.6k');
    expect(r.value - r.precision).toBe(4550);
    expect(r.value + r.precision).toBe(4700);
  });

  it('leaves exact figures alone', () => {
    expect(unknownRounding(4612, 0, '4,612')).toEqual({ value: 4612, precision: 0 });
    expect(unknownRounding(44, 0.5, '44%')).toEqual({ value: 44, precision: 0.5 });
  });

  it('contains the true value whichever rule the page used (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9_999_999 }), fc.boolean(), (n, floors) => {
        // One decimal of thousands below 1M, of millions above, as compact dashboards show.
        const [div, suffix] = n >= 1e6 ? [1e6, 'M'] : [1e3, 'k'];
        const x = n / div;
        const shown = (floors ? Math.floor(x * 10) : Math.round(x * 10)) / 10;
        const text = `${shown}${suffix}`;
        const f = parseFigure(text)!;
        const r = unknownRounding(f.value, f.precision, text);
        expect(n).toBeGreaterThanOrEqual(r.value - r.precision - 1e-6);
        expect(n).toBeLessThanOrEqual(r.value + r.precision + 1e-6);
      }),
    );
  });
});
