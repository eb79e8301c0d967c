// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CheckinPanel } from '../../components/checkin/CheckinPanel';
import { errorText, fieldOf, preview, unitOf } from '../../components/checkin/checkin-form';
import { manualMetric } from '../../lib/checkins';
import type { Reading } from '../../lib/goals/schema';
import { translator } from '../../lib/i18n';
import { button, byLabel, click, goal, mount, settle, TODAY, type } from './helpers';
import { fakeBackground } from './messages';

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

const share = goal({
  id: 'share',
  title: 'Reach 15% market share',
  metric: manualMetric('share', 'percent', 'Market share'),
  baseline: { value: 8, date: '2026-10-13' },
  target: { value: 15 },
});
const stored = (day: string, value: number, note?: string): Reading => ({
  metric: { source: 'manual', scope: 'percent', key: 'share' },
  value,
  unit: 'percent',
  precision: 0.05,
  period: null,
  observedAt: `${day}T12:00:00.000Z`,
  origin: 'check-in',
  ...(note ? { note } : {}),
});

function background(readings: Reading[] = [], save?: (p: never) => unknown) {
  return fakeBackground({
    'readings.get': () => ({ readings }),
    'checkin.save':
      save ??
      ((p: { value: string }) => ({
        ok: true,
        replaced: 0,
        reading: { ...stored(TODAY, Number.parseFloat(p.value)) },
      })),
    'checkin.delete': () => ({ ok: true, deleted: 1 }),
  });
}

async function open(lang: 'en' | 'ko' = 'en') {
  const onClose = vi.fn();
  const m = mount(
    <CheckinPanel view={{ goal: share, unit: null }} today={TODAY} onClose={onClose} />,
    lang,
  );
  await settle();
  return { ...m, onClose };
}

describe('check-in form logic', () => {
  const t = translator('en');
  it('reads what is typed in the goal’s unit, as the card will show it', () => {
    const u = unitOf({ goal: share, unit: null });
    expect(u).toEqual({ unit: 'percent' });
    expect(preview('9.1', 'en', u)).toBe('9.1%');
    expect(preview('15 %', 'en', u)).toBe('15%');
    expect(preview('abc', 'en', u)).toBeNull();
    expect(preview('1.2만', 'ko', { unit: 'count' })).toBe('1.2만');
    expect(preview('₩1,234', 'ko', { unit: 'currency', currency: 'KRW' })).toBe('₩1,234');
  });

  it('says each refusal in words, in the field it belongs to', () => {
    const ctx = {
      t,
      lang: 'en' as const,
      goal: share,
      today: TODAY,
      text: '$5',
      expected: { unit: 'percent' as const },
    };
    expect(errorText('unit', ctx)).toBe('This goal is in percent; “$5” is another kind of figure.');
    expect(errorText('date-too-early', ctx)).toBe(
      'Pick Jul 15 or later: earlier values are not used for this goal.',
    );
    expect(errorText('store', { ...ctx, detail: 'disk full' })).toBe(
      'Nothing was saved: disk full',
    );
    expect(fieldOf('date-future')).toBe('date');
    expect(fieldOf('currency')).toBe('value');
    expect(fieldOf('store')).toBe('form');
    const ko = errorText('not-a-figure', { ...ctx, t: translator('ko'), lang: 'ko', text: '많이' });
    expect(ko).toContain('“많이”은(는) 읽을 수 있는 수치가 아닙니다');
  });
});

describe('CheckinPanel', () => {
  it('checks in today’s value by default and says so', async () => {
    const bg = background();
    const { root, text } = await open();
    expect((byLabel(root, 'Date') as HTMLInputElement).value).toBe(TODAY);
    expect(document.activeElement).toBe(byLabel(root, 'Value'));
    type(byLabel(root, 'Value'), '9.1');
    expect(text()).toContain('Reads as 9.1%');
    type(byLabel(root, 'Note (optional)'), 'Panel survey');
    click(button(root, 'Save check-in'));
    await settle();
    expect(bg.of('checkin.save')).toEqual([
      {
        type: 'checkin.save',
        payload: { goalId: 'share', date: TODAY, value: '9.1', lang: 'en', note: 'Panel survey' },
      },
    ]);
    expect(root.querySelector('[role="status"]')!.textContent).toBe('Checked in 9.1% for Nov 27.');
    expect((byLabel(root, 'Value') as HTMLInputElement).value).toBe('');
  });

  it('refuses a value that is no figure or of another unit, keeping what was typed', async () => {
    const bg = background();
    const { root } = await open();
    type(byLabel(root, 'Value'), 'about nine');
    click(button(root, 'Save check-in'));
    await settle();
    expect(root.textContent).toContain('“about nine” is not a figure Pacer can read.');
    expect(byLabel(root, 'Value').getAttribute('aria-invalid')).toBe('true');
    type(byLabel(root, 'Value'), '$5');
    click(button(root, 'Save check-in'));
    await settle();
    expect(root.textContent).toContain('This goal is in percent; “$5” is another kind of figure.');
    expect((byLabel(root, 'Value') as HTMLInputElement).value).toBe('$5');
    expect(bg.of('checkin.save')).toEqual([]);
  });

  it('shows the background’s refusal on the date, and loses nothing', async () => {
    background([], () => ({ ok: false, error: 'date-future' }));
    const { root } = await open();
    type(byLabel(root, 'Date'), '2026-11-28');
    type(byLabel(root, 'Value'), '9.4%');
    click(button(root, 'Save check-in'));
    await settle();
    expect(root.textContent).toContain('A check-in cannot be in the future.');
    expect(document.activeElement).toBe(byLabel(root, 'Date'));
    expect((byLabel(root, 'Value') as HTMLInputElement).value).toBe('9.4%');
  });

  it('lists check-ins newest first; edit moves one, delete asks twice', async () => {
    const bg = background([stored('2026-11-20', 8.6, 'Survey'), stored('2026-11-25', 9)]);
    const { root } = await open();
    const rows = [...root.querySelectorAll('.checkin-row')].map((r) => r.getAttribute('data-date'));
    expect(rows).toEqual(['2026-11-25', '2026-11-20']);
    expect(root.textContent).toContain('8.6%');
    expect(root.textContent).toContain('Survey');
    click(button(root, 'Edit the check-in of Nov 20'));
    expect((byLabel(root, 'Value') as HTMLInputElement).value).toBe('8.6%');
    expect((byLabel(root, 'Note (optional)') as HTMLInputElement).value).toBe('Survey');
    type(byLabel(root, 'Date'), '2026-11-21');
    click(button(root, 'Update check-in'));
    await settle();
    expect(bg.of('checkin.save')[0]!.payload).toMatchObject({
      date: '2026-11-21',
      value: '8.6%',
      replaces: '2026-11-20',
    });
    click(button(root, 'Delete the check-in of Nov 25'));
    expect(bg.of('checkin.delete')).toEqual([]);
    click(button(root, 'Confirm: delete the check-in of Nov 25'));
    await settle();
    expect(bg.of('checkin.delete')[0]!.payload).toEqual({ goalId: 'share', date: '2026-11-25' });
    expect(root.querySelector('[role="status"]')!.textContent).toBe(
      'Deleted the check-in of Nov 25.',
    );
  });

  it('speaks Korean', async () => {
    background();
    const { root, text } = await open('ko');
    type(byLabel(root, '값'), '9.1');
    expect(text()).toContain('인식한 값: 9.1%');
    expect(text()).toContain('직접 입력: Reach 15% market share');
  });
});
