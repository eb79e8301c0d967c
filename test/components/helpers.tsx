/** Rendering Preact components into happy-dom with the i18n context, and driving inputs. */
import { render, type ComponentChildren } from 'preact';
import { act } from 'preact/test-utils';
import { I18nContext } from '../../components/i18n';
import { translator, type Lang } from '../../lib/i18n';
import type { Goal } from '../../lib/goals/schema';
import type { GoalView } from '../../lib/messaging/schemas';
import { makeGoal } from '../support/factories';

export const TODAY = '2026-11-27';

export function mount(ui: ComponentChildren, lang: Lang = 'en') {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => {
    render(
      <I18nContext.Provider value={{ lang, t: translator(lang) }}>{ui}</I18nContext.Provider>,
      root,
    );
  });
  return {
    root,
    unmount: () => act(() => render(null, root)),
    text: () => root.textContent ?? '',
  };
}

/** Let promises (storage, saves) settle and Preact re-render. */
export async function settle() {
  for (let i = 0; i < 5; i++) await act(() => new Promise<void>((r) => setTimeout(r, 0)));
}

/** Type into a field as a user does: set the value, fire `input`. */
export function type(el: Element | null, value: string) {
  if (!el) throw new Error('no such field');
  act(() => {
    (el as HTMLInputElement).value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export function click(el: Element | null) {
  if (!el) throw new Error('no such control');
  act(() => (el as HTMLElement).click());
}

/** The control whose <label> says exactly `text` (how a screen reader names it). */
export function byLabel(root: Element, text: string): HTMLElement {
  const label = [...root.querySelectorAll('label')].find((l) => l.textContent?.trim() === text);
  const el = label && root.querySelector<HTMLElement>(`#${CSS.escape(label.htmlFor)}`);
  if (!el) throw new Error(`no field labelled ${text}`);
  return el;
}

export function button(root: Element, name: string): HTMLButtonElement {
  const b = [...root.querySelectorAll('button')].find(
    (x) => (x.getAttribute('aria-label') ?? x.textContent?.trim()) === name,
  );
  if (!b) throw new Error(`no button ${name}`);
  return b;
}

/** The UI's goal: Unique visitors on an autumn dashboard, around TODAY. */
export const goal = (over: Partial<Goal> = {}): Goal =>
  makeGoal({
    title: 'Grow unique visitors to 20k a month',
    objective: 'Grow the shop’s online sales',
    metric: {
      source: 'plausible',
      scope: 'acme.example',
      key: 'visitors',
      label: 'Unique visitors',
    },
    baseline: { value: 9800, date: '2026-10-13' },
    start: '2026-10-13',
    deadline: '2027-01-11',
    ...over,
  });

export const view = (over: Partial<GoalView['evaluation']> = {}, g: Goal = goal()): GoalView => ({
  goal: g,
  unit: 'count',
  evaluation: {
    status: 'off-track',
    progress: 0.25,
    expectedProgress: 0.5,
    current: 12300,
    currentDate: TODAY,
    target: 20000,
    requiredPerDay: 170.2,
    projected: { value: 15200, reachDate: null, method: 'trend' },
    projectionNote: null,
    anomalies: [],
    heldSince: null,
    excluded: {},
    previousStatus: null,
    statusSince: null,
    ...over,
  },
});
