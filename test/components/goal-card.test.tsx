// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { GoalCard } from '../../components/card/GoalCard';
import { toGoalView } from '../../lib/service/views';
import { goal, mount, TODAY, view } from './helpers';

afterEach(() => document.body.replaceChildren());

describe('GoalCard', () => {
  it('a goal closed at a review shows how it ended and its lesson, no pace, no verdict chip', () => {
    const g = goal({
      closed: {
        date: '2026-11-20',
        outcome: 'abandoned',
        lesson: 'Paid ads doubled visits, not signups',
      },
    });
    const { root, text } = mount(<GoalCard view={view({}, g)} today={TODAY} />);
    const card = root.querySelector('[data-goal-id="g1"]')!;
    expect(card.getAttribute('data-closed')).toBe('abandoned');
    expect(card.querySelector('.chip')!.textContent).toBe('Closed: abandoned on Nov 20');
    expect(text()).toContain('Lesson: “Paid ads doubled visits, not signups”');
    expect(text()).not.toContain('Off track');
    expect(root.querySelector('[role="progressbar"]')).toBeNull();
  });

  it('shows the status as text and carries data-goal-id and data-status', () => {
    const { root, text } = mount(<GoalCard view={view()} today={TODAY} />);
    const card = root.querySelector('[data-goal-id="g1"]')!;
    expect(card.getAttribute('data-status')).toBe('off-track');
    expect(card.querySelector('.chip')!.textContent).toContain('Off track');
    expect(card.querySelector('.chip [aria-hidden="true"]')!.textContent).toBe('✕');
    expect(text()).toContain('Now 12.3K · target 20K');
  });

  it('draws progress with a pace marker and names both', () => {
    const { root } = mount(<GoalCard view={view()} today={TODAY} />);
    const bar = root.querySelector('[role="progressbar"]')!;
    expect(bar.getAttribute('aria-valuenow')).toBe('25');
    expect(bar.getAttribute('aria-label')).toBe('Progress 25% (pace says 50%)');
    expect((root.querySelector('.bar-pace') as HTMLElement).style.left).toBe('50%');
  });

  it('says the required rate and the projection in words', () => {
    const { text } = mount(<GoalCard view={view()} today={TODAY} />);
    expect(text()).toContain('Needs 170 more unique visitors a day until Jan 11, 2027');
    expect(text()).toContain('On this trend: 15.2K by Jan 11, 2027');
  });

  it('says when the trend reaches the target, and when there are too few readings', () => {
    const reaches = mount(
      <GoalCard
        view={view({ projected: { value: 21000, reachDate: '2026-12-20', method: 'trend' } })}
        today={TODAY}
      />,
    );
    expect(reaches.text()).toContain('On this trend, reaches 20K on Dec 20');
    const few = mount(
      <GoalCard
        view={view({ projected: null, projectionNote: 'too-few-readings' })}
        today={TODAY}
      />,
    );
    expect(few.text()).toContain('Too few readings for a projection yet');
  });

  it('says a decrease goal needs the figure down, in points for percentages', () => {
    const g = goal({
      direction: 'decrease',
      metric: { ...goal().metric, key: 'bounce', label: 'Bounce rate' },
    });
    const v = {
      ...view({ requiredPerDay: -0.3, current: 44, target: 35 }, g),
      unit: 'percent' as const,
    };
    const { text } = mount(<GoalCard view={v} today={TODAY} />);
    expect(text()).toContain('Needs bounce rate down by 0.3 pts a day until Jan 11, 2027');
  });

  it('says nothing about a rate once the goal is achieved', () => {
    const { text } = mount(
      <GoalCard view={view({ status: 'achieved', requiredPerDay: 0 })} today={TODAY} />,
    );
    expect(text()).not.toContain('Needs');
  });

  it('says when a goal is slipping', () => {
    const { text } = mount(<GoalCard view={view({ previousStatus: 'on-track' })} today={TODAY} />);
    expect(text()).toContain('Slipping: was on track');
  });

  it('does not call a first verdict slipping or recovering', () => {
    for (const prev of ['no-data', 'early', 'stale'] as const) {
      const { text } = mount(<GoalCard view={view({ previousStatus: prev })} today={TODAY} />);
      expect(text()).not.toMatch(/Slipping|Recovering/);
    }
  });

  it('lists overdue actions, not done or future ones', () => {
    const g = goal({
      actions: [
        {
          id: 'a',
          title: 'Fix slow product pages',
          owner: 'Joon',
          due: '2026-11-24',
          status: 'todo',
        },
        { id: 'b', title: 'Old but done', due: '2026-11-01', status: 'done' },
        { id: 'c', title: 'Later', due: '2026-12-24', status: 'doing' },
      ],
    });
    const { root } = mount(<GoalCard view={view({}, g)} today={TODAY} />);
    const overdue = root.querySelector('ul[aria-label="Overdue actions"]')!;
    expect(overdue.querySelectorAll('li')).toHaveLength(1);
    expect(overdue.textContent).toContain('Overdue: Fix slow product pages (due Nov 24) · Joon');
  });

  it('explains readings left out of the verdict', () => {
    const v = view({ excluded: { 'period-mismatch': 3, 'before-start': 12, 'unit-mismatch': 1 } });
    const { text } = mount(<GoalCard view={v} today={TODAY} />);
    expect(text()).toContain('3 readings left out: their period does not start with the goal');
    expect(text()).toContain('1 reading left out: they are in another unit or currency');
    // History before the start is what trends are made of, not a problem to report.
    expect(text()).not.toContain('12 readings');
  });

  it('marks anomalies', () => {
    const { text } = mount(
      <GoalCard
        view={view({ anomalies: [{ date: '2026-11-26', value: 14000, z: 5 }] })}
        today={TODAY}
      />,
    );
    expect(text()).toContain('Unusual change on Nov 26 (14K)');
  });

  it('speaks Korean, with 만 for large counts', () => {
    const { root, text } = mount(
      <GoalCard view={view({ previousStatus: 'on-track' })} today={TODAY} />,
      'ko',
    );
    expect(root.querySelector('.chip')!.textContent).toContain('뒤처짐');
    expect(text()).toContain('현재 1.2만 · 목표 2만');
    expect(text()).toContain('하락: 이전에는 ‘순항 중’');
  });

  it('keeps room for the chart while readings load, so nothing jumps', () => {
    const { root } = mount(<GoalCard view={view()} today={TODAY} chart />);
    expect((root.querySelector('.chart') as HTMLElement).style.height).toBe('120px');
  });

  it('renders page text as text', () => {
    const g = goal({ title: '<img src=x onerror=alert(1)>' });
    const { root } = mount(<GoalCard view={view({}, g)} today={TODAY} />);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.card-title')!.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('says why this status in one line, from the evaluation the background sent', () => {
    const g = goal();
    // First reading on TODAY, 45 days into the 90-day window: 12.3K of 9.8K → 20K.
    const v = toGoalView(
      g,
      [
        {
          metric: g.metric,
          value: 12_300,
          unit: 'count',
          period: null,
          observedAt: `${TODAY}T09:00:00.000Z`,
        },
      ],
      new Date(`${TODAY}T12:00:00.000Z`),
    );
    const { root } = mount(<GoalCard view={v} today={TODAY} />);
    const line = root.querySelector('.reason')!;
    expect(line.getAttribute('data-reason')).toBe('far-behind');
    expect(line.textContent).toMatch(/^Off track: 24\.5% done vs 50% expected by today, /);
    expect(root.querySelector('.goal-card')!.getAttribute('data-status')).toBe('off-track');
  });

  it('shows no reason line when the view has none', () => {
    const { root } = mount(<GoalCard view={view()} today={TODAY} />);
    expect(root.querySelector('.reason')).toBeNull();
  });
});
