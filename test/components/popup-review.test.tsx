// @vitest-environment happy-dom
/** The popup and the review loop (issue 13): closed goals never need attention; a due review shows. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { act } from 'preact/test-utils';
import { render } from 'preact';
import { PopupApp } from '../../entrypoints/popup/App';
import { translator } from '../../lib/i18n';
import { fakeBackground } from './messages';
import { click, settle, view } from './helpers';
import { makeGoal } from '../support/factories';

const en = translator('en');

beforeEach(() => {
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([] as never);
});

async function mountPopup() {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<PopupApp />, root));
  await settle();
  return { root, text: () => root.textContent ?? '', unmount: () => act(() => render(null, root)) };
}

const closedGoal = makeGoal({
  id: 'done',
  title: 'Old goal',
  closed: { date: '2026-02-01', outcome: 'abandoned', lesson: 'Wrong metric' },
});
const goals = [
  view({ status: 'off-track' }, makeGoal({ id: 'open', title: 'Open goal' })),
  view({ status: 'off-track' }, closedGoal),
];

const state = (due: boolean) => ({
  cadence: 'monthly',
  due,
  dueSince: due ? '2026-02-01' : null,
  lastReview: null,
  attention: 1,
});

describe('popup', () => {
  it('counts only open goals as needing attention, and shows a closed goal as closed', async () => {
    fakeBackground({
      'goals.list': () => ({ goals, broken: [], skippedReadings: 0 }),
      'review.state': () => state(false),
    });
    const p = await mountPopup();
    expect(p.text()).toContain(en('popupSummary', 2, 1));
    const row = p.root.querySelector('[data-goal-id="done"]')!;
    expect(row.getAttribute('data-closed')).toBe('abandoned');
    expect(row.textContent).toContain('Closed: abandoned on');
    expect(row.textContent).not.toContain(en('statusOffTrack'));
    expect(p.root.querySelector('.review-due')).toBeNull();
    p.unmount();
  });

  it('says when a review is due, linking to the options page’s review', async () => {
    fakeBackground({
      'goals.list': () => ({ goals, broken: [], skippedReadings: 0 }),
      'review.state': () => state(true),
    });
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    vi.spyOn(window, 'close').mockImplementation(() => {});
    const p = await mountPopup();
    const link = p.root.querySelector<HTMLAnchorElement>('.review-due a')!;
    expect(link.textContent).toBe(en('popupReviewDue', 'Feb 1, 2026'));
    expect(link.getAttribute('href')).toMatch(/options\.html#review$/);
    click(link);
    await settle();
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/options\.html#review$/) });
    p.unmount();
  });
});
