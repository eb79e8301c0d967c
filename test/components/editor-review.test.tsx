// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formFromGoal, newForm } from '../../components/editor/form';
import { GoalEditor, type EditorProps } from '../../components/editor/GoalEditor';
import type { Goal } from '../../lib/goals/schema';
import type { Review } from '../../lib/review/schema';
import { button, click, goal, mount, settle, TODAY } from './helpers';

afterEach(() => document.body.replaceChildren());

const metric = { source: 'plausible', scope: 'acme.example', key: 'visitors', label: 'Visitors' };
const closure = {
  date: '2026-09-30',
  outcome: 'abandoned' as const,
  lesson: 'Paid ads doubled visits but not signups',
};

async function open(over: Partial<EditorProps>) {
  const onSave = vi.fn(async (_g: Goal) => ({ ok: true as const }));
  const props: EditorProps = {
    draftKey: `k-${Math.random()}`,
    initial: () => newForm({ today: TODAY, metric, baseline: 12300 }),
    choices: [{ metric, value: 12300, unit: 'count' }],
    today: TODAY,
    onSave,
    onDone: vi.fn(),
    ...over,
  };
  const m = mount(<GoalEditor {...props} />);
  await settle();
  return { ...m, onSave };
}

describe('the editor and reviews (issue 13)', () => {
  it('shows a new goal the lessons of closed goals on the same figure, not of others', async () => {
    const pastGoals = [
      goal({ id: 'old', title: 'Visitors via ads', closed: closure }),
      goal({
        id: 'elsewhere',
        title: 'Other site',
        metric: { ...metric, scope: 'other.example' },
        closed: { ...closure, lesson: 'not this one' },
      }),
      goal({ id: 'open', title: 'Still open' }),
    ];
    const { root } = await open({ pastGoals });
    const lessons = root.querySelector('.lessons');
    expect(lessons?.textContent).toContain(
      'Visitors via ads — Last time: abandoned on Sep 30 — “Paid ads doubled visits but not signups”',
    );
    expect(root.textContent).not.toContain('not this one');
    expect(root.textContent).not.toContain('Still open');
  });

  it('shows an edited goal its review decisions, dated, and keeps its closure on save', async () => {
    const g = goal({ closed: closure });
    const review: Review = {
      id: 'r1',
      date: '2026-10-31',
      savedAt: '2026-10-31T10:00:00.000Z',
      cadence: 'monthly',
      decisions: [
        {
          goalId: g.id,
          title: g.title,
          kind: 'revise',
          status: 'off-track',
          previousStatus: 'on-track',
          revision: {
            date: '2026-10-31',
            reason: 'Ads paused',
            target: { value: 25000 },
            deadline: '2026-12-31',
          },
        },
      ],
    };
    const loadDecisions = vi.fn(async () => [review]);
    const { root, onSave } = await open({
      initial: () => formFromGoal(g),
      original: g,
      loadDecisions,
    });
    expect(loadDecisions).toHaveBeenCalledWith(g.id);
    expect(root.querySelector('.decision-history')?.textContent).toContain(
      'Review of Oct 31: revised the target or deadline (was 25K by Dec 31) because: “Ads paused”.',
    );
    expect(root.querySelector('.lessons')).toBeNull();
    click(button(root, 'Save goal'));
    await settle();
    expect(onSave.mock.calls[0]![0].closed).toEqual(closure);
  });
});

describe('ActionsField re-ordering', () => {
  it('moves a step up or down', async () => {
    const { ActionsField } = await import('../../components/editor/ActionsField');
    const a = { id: 'a', title: 'Write posts', status: 'todo' as const };
    const b = { id: 'b', title: 'Fix signup', status: 'todo' as const };
    const onChange = vi.fn();
    const { root } = mount(<ActionsField actions={[a, b]} onChange={onChange} />);
    expect(() => button(root, 'Move up Write posts')).toThrow();
    click(button(root, 'Move down Write posts'));
    expect(onChange).toHaveBeenLastCalledWith([b, a]);
    click(button(root, 'Move up Fix signup'));
    expect(onChange).toHaveBeenLastCalledWith([b, a]);
  });
});
