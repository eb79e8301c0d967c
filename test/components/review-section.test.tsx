// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ReviewSection } from '../../components/review/ReviewSection';
import type { GoalStatus } from '../../lib/goals/status';
import type { ReviewItem } from '../../lib/messaging/review-schemas';
import { Review } from '../../lib/review/schema';
import { button, byLabel, click, goal, mount, settle, type, view } from './helpers';
import { fakeBackground } from './messages';

const item = (id: string, title: string, status: GoalStatus, over: Partial<ReviewItem> = {}) => ({
  ...view({ status }, goal({ id, title })),
  previousStatus: null,
  overdueActions: [],
  notesSince: [],
  ...over,
});

const STATE = {
  cadence: 'monthly',
  due: true,
  dueSince: '2026-10-31',
  lastReview: null,
  attention: 1,
};

function background(items: ReturnType<typeof item>[], save?: (p: never) => unknown) {
  return fakeBackground({
    'review.state': () => STATE,
    'review.prepare': () => ({ since: null, items }),
    'review.list': () => ({ reviews: [] }),
    'review.save': save ?? ((p: { review: unknown }) => ({ ok: true, review: p.review })),
  });
}

const submit = (root: Element) => click(button(root, 'Record decision'));

describe('ReviewSection', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.replaceChildren();
  });

  it('lists goals needing attention first, then the rest', async () => {
    background([
      item('fine', 'A fine goal', 'on-track'),
      item('bad', 'Slipping goal', 'off-track', { previousStatus: 'on-track' }),
    ]);
    const ui = mount(<ReviewSection />);
    await settle();
    const ids = [...ui.root.querySelectorAll('[data-goal-id]')].map((e) =>
      e.getAttribute('data-goal-id'),
    );
    expect(ids).toEqual(['bad', 'fine']);
    expect(ui.text()).toContain('Needs attention (1)');
    expect(ui.text()).toContain('Slipped: was On track at the last review.');
    expect(ui.text()).toContain('Your monthly review is due since Oct 31.');
  });

  it('asks no movers for a figure entered by hand: it has no dashboard, so no tables', async () => {
    const byHand = item('typed', 'Signups', 'off-track');
    byHand.goal = { ...byHand.goal, metric: { source: 'manual', scope: 'count', key: 'typed' } };
    background([byHand, item('fine', 'Fine', 'on-track')]);
    const loadMovers = vi.fn(async (_ids: string[]) => ({}));
    mount(<ReviewSection loadMovers={loadMovers} />);
    await settle();
    expect(loadMovers).toHaveBeenCalledWith(['fine']);
  });

  it('shows each goal’s movers when they are wired, asked once for all goals', async () => {
    background([item('bad', 'Slipping goal', 'off-track'), item('fine', 'Fine', 'on-track')]);
    const loadMovers = vi.fn(async (_ids: string[]) => ({
      bad: { status: 'none' as const, reason: 'no-breakdowns' as const },
    }));
    const ui = mount(
      <ReviewSection
        loadMovers={loadMovers}
        renderMovers={(r, i) => <p class="movers-probe">{`${i.goal.id}:${r.status}`}</p>}
      />,
    );
    await settle();
    expect(loadMovers).toHaveBeenCalledTimes(1);
    expect(loadMovers).toHaveBeenCalledWith(['bad', 'fine']);
    click(button(ui.root, 'Start the review (2 goals)'));
    await settle();
    expect(ui.root.querySelector('.movers-probe')?.textContent).toBe('bad:none');
  });

  it('says when there is no open goal', async () => {
    background([]);
    const ui = mount(<ReviewSection />);
    await settle();
    expect(ui.text()).toContain('No open goals to review');
  });

  it('refuses a revision without a reason, then saves it with an action as one review', async () => {
    const bg = background([
      item('bad', 'Slipping goal', 'off-track', { previousStatus: 'on-track' }),
    ]);
    const ui = mount(<ReviewSection />);
    await settle();
    click(button(ui.root, 'Start the review (1 goals)'));
    await settle();
    const li = ui.root.querySelector('[data-goal-id="bad"]')!;
    expect(document.activeElement?.textContent).toContain('Slipping goal');
    click(li.querySelector('input[value="revise"]'));
    type(byLabel(li, 'New target'), '16k');
    submit(li);
    expect(li.textContent).toContain('Say why the target or deadline changes.');
    expect(li.getAttribute('data-decision')).toBeNull();
    expect(document.activeElement?.getAttribute('name')).toBe('reason');

    type(byLabel(li, 'Reason for the change'), 'Paid ads paused');
    expect(li.textContent).not.toContain('Say why the target or deadline changes.');
    type(li.querySelector('[aria-label="New action"]'), 'Restart the newsletter');
    click(button(li as HTMLElement, 'Add action'));
    submit(li);
    await settle();
    expect(li.getAttribute('data-decision')).toBe('revise');
    expect(ui.text()).toContain('Decision recorded for “Slipping goal” (1 of 1 goals).');

    click(button(ui.root, 'Save review (1 decided)'));
    await settle();
    const [sent] = bg.of('review.save') as {
      payload: { review: unknown; goals: { target: unknown; actions: { title: string }[] }[] };
    }[];
    const review = Review.parse(sent!.payload.review);
    expect(review.decisions).toMatchObject([
      {
        goalId: 'bad',
        kind: 'revise',
        status: 'off-track',
        previousStatus: 'on-track',
        revision: { reason: 'Paid ads paused', target: { value: 20000 } },
        actions: ['Restart the newsletter'],
      },
    ]);
    expect(review.cadence).toBe('monthly');
    expect(sent!.payload.goals[0]!.target).toEqual({ value: 16000 });
    expect(sent!.payload.goals[0]!.actions.map((a) => a.title)).toEqual(['Restart the newsletter']);
    expect(ui.text()).toContain('saved with 1 decisions');
    expect(await fakeBrowser.storage.local.get('review:in-progress')).toEqual({});
  });

  it('a closure needs a lesson; a failed save says why and keeps the decisions', async () => {
    background([item('bad', 'Slipping goal', 'off-track')], () => ({
      ok: false,
      error: 'storage is full',
    }));
    const ui = mount(<ReviewSection />);
    await settle();
    click(button(ui.root, 'Start the review (1 goals)'));
    await settle();
    const li = ui.root.querySelector('[data-goal-id="bad"]')!;
    click(li.querySelector('input[value="close"]'));
    click(li.querySelector('input[value="abandoned"]'));
    submit(li);
    expect(li.textContent).toContain('Write what was learned');
    type(byLabel(li, 'Lesson learned'), 'Paid ads doubled visits but not signups');
    submit(li);
    await settle();
    click(button(ui.root, 'Save review (1 decided)'));
    await settle();
    expect(ui.root.querySelector('[role="alert"]')?.textContent).toContain(
      'The review was not saved: storage is full.',
    );
    expect(li.getAttribute('data-decision')).toBe('close');
    expect(button(ui.root, 'Save review (1 decided)').disabled).toBe(false);
  });

  it('does not save a decision on a goal that changed meanwhile, and says so', async () => {
    const before = item('bad', 'Slipping goal', 'off-track');
    const after = {
      ...before,
      goal: { ...before.goal, notes: [{ date: '2026-11-27', text: 'x' }] },
    };
    let calls = 0;
    const bg = fakeBackground({
      'review.state': () => STATE,
      'review.prepare': () => ({ since: null, items: [calls++ === 0 ? before : after] }),
      'review.list': () => ({ reviews: [] }),
      'review.save': () => ({ ok: true }),
    });
    const ui = mount(<ReviewSection />);
    await settle();
    click(button(ui.root, 'Start the review (1 goals)'));
    await settle();
    const li = ui.root.querySelector('[data-goal-id="bad"]')!;
    click(li.querySelector('input[value="reprioritise"]'));
    act(() => {
      const sel = byLabel(li, 'Priority') as HTMLSelectElement;
      sel.value = '1';
      sel.dispatchEvent(new Event('change', { bubbles: true }));
    });
    submit(li);
    await settle();
    click(button(ui.root, 'Save review (1 decided)'));
    await settle();
    expect(bg.of('review.save')).toHaveLength(0);
    expect(ui.root.querySelector('[role="alert"]')?.textContent).toContain(
      'Not saved: “Slipping goal” changed since you decided',
    );
    expect(button(ui.root, 'Save review (0 decided)').disabled).toBe(true);
  });

  it('keeps recorded decisions across a reload until saved, unless their goal changed', async () => {
    const bad = item('bad', 'Slipping goal', 'off-track');
    background([bad]);
    const first = mount(<ReviewSection />);
    await settle();
    click(button(first.root, 'Start the review (1 goals)'));
    await settle();
    const li = first.root.querySelector('[data-goal-id="bad"]')!;
    type(byLabel(li, 'Note (optional)'), 'Wait for the campaign');
    submit(li);
    await settle();
    first.unmount();

    const again = mount(<ReviewSection />);
    await settle();
    expect(again.text()).toContain('1 decisions from a review you had not saved are back');
    expect(again.root.querySelector('[data-goal-id="bad"]')!.getAttribute('data-decision')).toBe(
      'keep',
    );
    again.unmount();

    vi.restoreAllMocks();
    const changed = { ...bad, goal: { ...bad.goal, title: 'Renamed goal' } };
    background([changed]);
    const third = mount(<ReviewSection />);
    await settle();
    // A keep decision changes no goal, so a rename does not make it stale.
    expect(third.root.querySelector('[data-goal-id="bad"]')!.getAttribute('data-decision')).toBe(
      'keep',
    );
    click(button(third.root, 'Start over'));
    await settle();
    expect(
      third.root.querySelector('[data-goal-id="bad"]')!.getAttribute('data-decision'),
    ).toBeNull();
    expect(await fakeBrowser.storage.local.get('review:in-progress')).toEqual({});
  });

  it('reads in Korean', async () => {
    background([item('bad', '방문자 늘리기', 'off-track', { previousStatus: 'on-track' })]);
    const ui = mount(<ReviewSection />, 'ko');
    await settle();
    expect(ui.text()).toContain('주의 필요 (1)');
    expect(ui.text()).toContain('나빠짐: 지난 점검 때는 ‘순항 중’ 상태였습니다.');
  });
});
