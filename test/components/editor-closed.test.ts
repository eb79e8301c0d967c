/** Editing a closed goal keeps its closure (issue 13): only a review closes or reopens a goal. */
import { describe, expect, it } from 'vitest';
import { formFromGoal } from '../../components/editor/form';
import { buildGoal } from '../../components/editor/validate';
import { translator } from '../../lib/i18n';
import { makeGoal } from '../support/factories';

describe('the goal editor and a closed goal', () => {
  it('keeps the closure and its lesson through an edit', () => {
    const closed = {
      date: '2026-02-01',
      outcome: 'achieved' as const,
      lesson: 'Posts on launch day',
    };
    const goal = makeGoal({ closed });
    const form = { ...formFromGoal(goal), owner: 'Mina' };
    const built = buildGoal(form, goal, '2026-02-10', translator('en'), 'en');
    expect(built).toMatchObject({ ok: true, goal: { owner: 'Mina', closed } });
    // An open goal stays open.
    const open = buildGoal(
      formFromGoal(makeGoal()),
      makeGoal(),
      '2026-02-10',
      translator('en'),
      'en',
    );
    expect(open.ok && 'closed' in open.goal).toBe(false);
  });
});
