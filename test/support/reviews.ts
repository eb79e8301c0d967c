/** Reviews for tests: one decision per goal, `keep` unless overridden. */
import type { Decision, Review } from '../../lib/review/schema';

export function makeDecision(over: Partial<Decision> = {}): Decision {
  return {
    goalId: 'g1',
    title: 'Grow monthly visitors to 20k',
    kind: 'keep',
    status: 'on-track',
    previousStatus: null,
    ...over,
  };
}

export function makeReview(over: Partial<Review> = {}): Review {
  const date = over.date ?? '2026-02-01';
  return {
    id: `r-${date}`,
    date,
    savedAt: `${date}T10:00:00.000Z`,
    cadence: 'monthly',
    decisions: [makeDecision()],
    ...over,
  };
}
