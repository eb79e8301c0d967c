import { describe, expect, it } from 'vitest';
import { byUrgency, type GoalStatus } from '../../lib/goals/status';

const card = (title: string, status: GoalStatus, priority?: number) => ({
  goal: { title, ...(priority === undefined ? {} : { priority }) },
  evaluation: { status },
});

describe('byUrgency', () => {
  it('puts the worst status first, then priority (unset counts as 3), then title', () => {
    const sorted = [
      card('B fine', 'on-track', 1),
      card('Z unset', 'at-risk'),
      card('A p4', 'at-risk', 4),
      card('Late', 'off-track', 5),
      card('A p2', 'at-risk', 2),
      card('A unset', 'at-risk'),
    ].sort(byUrgency);
    expect(sorted.map((c) => c.goal.title)).toEqual([
      'Late',
      'A p2',
      'A unset',
      'Z unset',
      'A p4',
      'B fine',
    ]);
  });
});
