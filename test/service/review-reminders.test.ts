import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { translator } from '../../lib/i18n';
import type { GoalStatus, GoalView } from '../../lib/messaging/schemas';
import { badgeFor } from '../../lib/service/badge';
import { listenForClicks, notifyReviewDue } from '../../lib/service/notify';
import { remindReview, reviewDueNow } from '../../lib/service/review-due';
import { advanceStates } from '../../lib/service/status-changes';
import { openPacerDb, putGoal, putSettings } from '../../lib/store';
import { saveReview } from '../../lib/store/reviews';
import { DEFAULT_SETTINGS } from '../../lib/store/settings';
import { makeGoal } from '../support/factories';
import { makeReview } from '../support/reviews';

const en = translator('en');
const closure = { date: '2026-02-01', outcome: 'abandoned' as const, lesson: 'Wrong metric' };
const view = (id: string, status: GoalStatus, closed = false, anomalies: string[] = []) =>
  ({
    goal: makeGoal({ id, title: `Goal ${id}`, ...(closed ? { closed: closure } : {}) }),
    evaluation: { status, anomalies: anomalies.map((date) => ({ date, value: 1, z: 5 })) },
  }) as unknown as GoalView;

describe('closed goals do not count', () => {
  it('the badge counts and names only open goals', () => {
    const b = badgeFor([view('a', 'off-track', true), view('b', 'at-risk')], en);
    expect(b).toMatchObject({ text: '1', color: '#b7791f' });
    expect(b.title).not.toContain('Goal a');
    expect(badgeFor([view('a', 'missed', true)], en)).toMatchObject({ text: '', title: 'Pacer' });
  });

  it('a closed goal is followed but never alerts (worse, achieved or anomaly)', () => {
    const prev = {
      a: { status: 'on-track' as const, since: '2026-01-01', previous: null, anomalies: [] },
      b: { status: 'on-track' as const, since: '2026-01-01', previous: null, anomalies: [] },
    };
    const r = advanceStates(
      prev,
      [view('a', 'off-track', true, ['2026-02-02']), view('b', 'off-track', false, ['2026-02-02'])],
      '2026-02-03',
    );
    expect(r.alerts.map((a) => [a.kind, a.goalId])).toEqual([
      ['worse', 'b'],
      ['anomaly', 'b'],
    ]);
    // Its state still moved, so reopening it later does not alert about this change.
    expect(r.states.a).toMatchObject({ status: 'off-track', anomalies: ['2026-02-02'] });
    const achieved = advanceStates(r.states, [view('a', 'achieved', true)], '2026-02-04');
    expect(achieved.alerts).toEqual([]);
  });
});

describe('a due review', () => {
  it('is said on the badge title in the user’s language, the number unchanged', () => {
    const b = badgeFor([view('b', 'at-risk')], en, true);
    expect(b.text).toBe('1');
    expect(b.title).toBe('Pacer — 1 at risk:\n• Goal b\nA review of your goals is due');
    expect(badgeFor([], translator('ko'), true).title).toBe('Pacer\n목표를 점검할 때입니다');
    expect(badgeFor([], en, false).title).toBe('Pacer');
  });

  it('reviewDueNow reads the cadence, last review and goals from storage', async () => {
    const db = await openPacerDb({ name: `due-${Math.random()}` });
    await putGoal(db, makeGoal({ start: '2026-01-01' }));
    const now = new Date(2026, 1, 10, 9); // local 2026-02-10
    expect(await reviewDueNow(db, now)).toMatchObject({ due: true, dueSince: '2026-02-01' });
    await saveReview(db, makeReview({ date: '2026-02-05' }), []);
    expect(await reviewDueNow(db, now)).toMatchObject({
      due: false,
      lastReview: { id: 'r-2026-02-05' },
    });
    await putSettings(db, { reviewCadence: 'weekly' });
    expect(await reviewDueNow(db, new Date(2026, 1, 12, 9))).toMatchObject({
      due: true,
      dueSince: '2026-02-12',
    });
  });

  it('notifies once per due review, and only once something was shown', async () => {
    const db = await openPacerDb({ name: `remind-${Math.random()}` });
    await putGoal(db, makeGoal({ start: '2026-01-01' }));
    const send = vi.fn(async () => false);
    const day = (d: number) => new Date(2026, 1, d, 9);
    // Notifications off: nothing shown, so nothing remembered.
    expect(await remindReview(db, day(2), send)).toBe(false);
    expect(send).toHaveBeenCalledWith('2026-02-01');
    send.mockResolvedValue(true);
    expect(await remindReview(db, day(3), send)).toBe(true);
    expect(await remindReview(db, day(4), send)).toBe(false);
    expect(send).toHaveBeenCalledTimes(2);
    // The next due review (a month after the one done on Feb 5) notifies again.
    await saveReview(db, makeReview({ date: '2026-02-05' }), []);
    expect(await remindReview(db, day(20), send)).toBe(false);
    expect(await remindReview(db, new Date(2026, 2, 5, 9), send)).toBe(true);
    expect(send).toHaveBeenLastCalledWith('2026-03-05');
  });

  it('its notification follows the same opt-in and opens the review when clicked', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
    expect(await notifyReviewDue('2026-02-01', DEFAULT_SETTINGS)).toBe(false);
    const on = { ...DEFAULT_SETTINGS, notifications: true, language: 'en' as const };
    expect(await notifyReviewDue('2026-02-01', on)).toBe(true);
    const fake = fakeBrowser.notifications as unknown as {
      getAllCreateOptions(): Record<string, { title: string; message: string }>;
    };
    const shown = fake.getAllCreateOptions()['pacer-review:2026-02-01']!;
    expect(shown.title).toBe('Time to review your goals');
    expect(shown.message).toMatch(/^Due since Feb 1, 2026\./);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    listenForClicks();
    await fakeBrowser.notifications.onClicked.trigger('pacer-review:2026-02-01');
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/options\.html#review$/) });
  });
});
