import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DAILY_ALARM, scheduleDaily } from '../../lib/service/alarms';
import { translator } from '../../lib/i18n';
import { badgeFor } from '../../lib/service/badge';
import type { GoalStatus, GoalView } from '../../lib/messaging/schemas';
import { makeGoal } from '../support/factories';

const en = translator('en');
const view = (id: string, status: GoalStatus) =>
  ({ goal: makeGoal({ id, title: `Goal ${id}` }), evaluation: { status } }) as unknown as GoalView;

describe('badgeFor', () => {
  it('counts off-track (and missed) goals in red first', () => {
    const b = badgeFor(
      [view('a', 'off-track'), view('b', 'missed'), view('c', 'at-risk'), view('d', 'on-track')],
      en,
    );
    expect(b.text).toBe('2');
    expect(b.title).toMatch(/^Pacer — 2 off track:\n/);
    expect(b.color).toBe('#c0392b');
    expect(b.title).toContain('• Goal a');
    expect(b.title).toContain('• Goal b');
    expect(b.title).not.toContain('Goal c');
  });

  it('else at-risk goals in amber, else nothing', () => {
    expect(badgeFor([view('c', 'at-risk'), view('d', 'on-track')], en)).toMatchObject({
      text: '1',
      color: '#b7791f',
    });
    expect(badgeFor([view('d', 'on-track'), view('e', 'stale'), view('f', 'early')], en).text).toBe(
      '',
    );
    expect(badgeFor([view('c', 'at-risk')], translator('ko')).title).toMatch(
      / — 주의 1개:\n• Goal c$/,
    );
    expect(badgeFor([], en).text).toBe('');
  });
});

describe('scheduleDaily', () => {
  it('creates the daily alarm once, and re-checks when it fires', async () => {
    const onDaily = vi.fn();
    await scheduleDaily(onDaily);
    const alarm = await fakeBrowser.alarms.get(DAILY_ALARM);
    expect(alarm?.periodInMinutes).toBe(24 * 60);

    // A restarted worker finds the alarm in place and does not create another.
    const create = vi.spyOn(fakeBrowser.alarms, 'create');
    await scheduleDaily(onDaily);
    expect(create).not.toHaveBeenCalled();

    await fakeBrowser.alarms.onAlarm.trigger({
      name: DAILY_ALARM,
      scheduledTime: Date.now(),
      periodInMinutes: 1440,
      persistAcrossSessions: true,
    });
    await fakeBrowser.alarms.onAlarm.trigger({
      name: 'someone-else',
      scheduledTime: Date.now(),
      persistAcrossSessions: true,
    });
    // Two listeners (two starts in one test), each calls once for the daily alarm only.
    expect(onDaily).toHaveBeenCalledTimes(2);
  });
});
