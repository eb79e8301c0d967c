import { describe, expect, it } from 'vitest';
import { evaluate } from '../../lib/goals';
import type { Reading } from '../../lib/goals/schema';
import { goal, metric, NOW } from './helpers';

const at = (value: number, observedAt: string): Reading => ({
  metric,
  value,
  unit: 'count',
  period: null,
  observedAt,
});

describe('readings observed at the same instant', () => {
  // Found by the order property test: two figures stamped with one time used to give a verdict
  // that depended on which arrived first.
  it('count as their mean, whatever the order and the direction', () => {
    const a = at(1400, '2026-02-14T09:00:00.000Z');
    const b = at(1600, '2026-02-14T09:00:00.000Z');
    const earlier = at(1200, '2026-02-10T09:00:00.000Z');
    const one = evaluate(goal(), [earlier, a, b], NOW);
    const other = evaluate(goal(), [b, earlier, a], NOW);
    expect(one.current).toBe(1500);
    expect(other).toEqual(one);
  });

  it('a later observation on the same day still wins outright', () => {
    const e = evaluate(
      goal(),
      [at(1400, '2026-02-14T09:00:00.000Z'), at(1900, '2026-02-14T18:00:00.000Z')],
      NOW,
    );
    expect(e.current).toBe(1900);
  });
});
