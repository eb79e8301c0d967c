import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCheckinValue } from '../../lib/checkins';

const en = 'en-US';
const ko = 'ko-KR';

describe('parseCheckinValue: the figure parser, checked against the metric’s unit', () => {
  it('reads what dashboards show, in either language', () => {
    expect(parseCheckinValue('1.2만', ko, { unit: 'count' })).toEqual({
      ok: true,
      value: 12000,
      unit: 'count',
      precision: 500,
    });
    expect(parseCheckinValue(' 15% ', en, { unit: 'percent' })).toEqual({
      ok: true,
      value: 15,
      unit: 'percent',
      precision: 0.5,
    });
    expect(parseCheckinValue('₩1,234', ko, { unit: 'currency', currency: 'KRW' })).toEqual({
      ok: true,
      value: 1234,
      unit: 'currency',
      currency: 'KRW',
      precision: 0.5,
    });
    expect(parseCheckinValue('3m 20s', en, { unit: 'duration' })).toMatchObject({
      ok: true,
      value: 200,
    });
  });

  it('reads a plain number in the metric’s unit (15 on a share goal is 15%)', () => {
    expect(parseCheckinValue('9.1', en, { unit: 'percent' })).toEqual({
      ok: true,
      value: 9.1,
      unit: 'percent',
      precision: 0.05,
    });
    expect(parseCheckinValue('1,200,000', en, { unit: 'currency', currency: 'KRW' })).toEqual({
      ok: true,
      value: 1_200_000,
      unit: 'currency',
      currency: 'KRW',
      precision: 0.5,
    });
  });

  it('takes the currency typed when the metric has none yet', () => {
    expect(parseCheckinValue('$5', en, { unit: 'currency' })).toMatchObject({
      ok: true,
      currency: 'USD',
    });
  });

  it('refuses what does not fit, saying why', () => {
    expect(parseCheckinValue('', en, { unit: 'count' })).toEqual({ ok: false, error: 'empty' });
    expect(parseCheckinValue('   ', en, null)).toEqual({ ok: false, error: 'empty' });
    expect(parseCheckinValue('about ten', en, null)).toEqual({
      ok: false,
      error: 'not-a-figure',
    });
    expect(parseCheckinValue('15%', en, { unit: 'count' })).toEqual({ ok: false, error: 'unit' });
    expect(parseCheckinValue('$5', en, { unit: 'currency', currency: 'KRW' })).toEqual({
      ok: false,
      error: 'currency',
    });
    expect(parseCheckinValue('200', en, { unit: 'duration' })).toEqual({
      ok: false,
      error: 'bare-duration',
    });
    expect(parseCheckinValue('9'.repeat(101), en, null)).toEqual({
      ok: false,
      error: 'not-a-figure',
    });
  });

  it('with no unit known yet, the first check-in says it', () => {
    expect(parseCheckinValue('12%', en, null)).toMatchObject({ ok: true, unit: 'percent' });
    expect(parseCheckinValue('12', en, null)).toMatchObject({ ok: true, unit: 'count' });
  });

  it('never throws, and a value it accepts is a finite number in the expected unit', () => {
    const units = fc.constantFrom('count', 'percent', 'currency', 'ratio', 'duration' as const);
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), units, fc.constantFrom(en, ko), (s, unit, loc) => {
        const r = parseCheckinValue(s, loc, { unit });
        if (r.ok) {
          expect(Number.isFinite(r.value)).toBe(true);
          expect(r.unit).toBe(unit);
        }
      }),
      { numRuns: 500 },
    );
  });
});
