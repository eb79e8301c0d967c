// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { newForm, formFromGoal } from '../../components/editor/form';
import { GoalEditor, type EditorProps } from '../../components/editor/GoalEditor';
import type { Goal } from '../../lib/goals/schema';
import { button, byLabel, click, goal, mount, settle, TODAY, type } from './helpers';

afterEach(() => document.body.replaceChildren());

const metric = { source: 'plausible', scope: 'acme.example', key: 'visitors', label: 'Visitors' };

async function open(over: Partial<EditorProps> = {}, lang: 'en' | 'ko' = 'en') {
  const onSave = vi.fn(async (_g: Goal) => ({ ok: true as const }));
  const onDone = vi.fn();
  const props: EditorProps = {
    draftKey: 'new:plausible/acme.example/visitors',
    initial: () => newForm({ today: TODAY, metric, baseline: 12300 }),
    choices: [{ metric, value: 12300, unit: 'count' }],
    today: TODAY,
    onSave,
    onDone,
    ...over,
  };
  const m = mount(<GoalEditor {...props} />, lang);
  await settle();
  return { ...m, onSave, onDone, props };
}

const letter = (root: Element, l: string) =>
  root.querySelector(`[data-letter="${l}"]`)!.getAttribute('data-ok');

async function fillValid(root: Element) {
  type(byLabel(root, 'Title'), 'Grow monthly visitors to 20k');
  type(byLabel(root, 'Objective'), 'More people discover the shop');
  type(byLabel(root, 'Target'), '20k');
  type(byLabel(root, 'Deadline'), '2027-02-27');
}

describe('GoalEditor', () => {
  it('is prefilled from the figure: baseline is the value now, start is today', async () => {
    const { root } = await open();
    expect((byLabel(root, 'Baseline') as HTMLInputElement).value).toBe('12300');
    expect((byLabel(root, 'Start') as HTMLInputElement).value).toBe(TODAY);
    expect(root.textContent).toContain('Save goal');
  });

  it('updates the SMART letters live as the user types', async () => {
    const { root } = await open();
    expect(letter(root, 'R')).toBe('false');
    expect(letter(root, 'T')).toBe('false');
    type(byLabel(root, 'Objective'), 'More people discover the shop');
    expect(letter(root, 'R')).toBe('true');
    type(byLabel(root, 'Deadline'), '2027-02-27');
    expect(letter(root, 'T')).toBe('true');
    expect(root.querySelector('[data-letter="T"]')!.textContent).toContain('92 days');
  });

  it('explains bad input inline and keeps it', async () => {
    const { root, onSave } = await open();
    type(byLabel(root, 'Target'), 'lots');
    expect(root.textContent).toContain('This is not a number Pacer can read');
    expect(byLabel(root, 'Target').getAttribute('aria-invalid')).toBe('true');
    click(button(root, 'Save goal'));
    await settle();
    expect(onSave).not.toHaveBeenCalled();
    expect(root.querySelector('[role="alert"]')!.textContent).toContain('Not saved yet');
    expect((byLabel(root, 'Target') as HTMLInputElement).value).toBe('lots');
    expect(root.textContent).toContain('Give the goal a title');
  });

  it('says the deadline must come after the start', async () => {
    const { root } = await open();
    type(byLabel(root, 'Deadline'), '2026-11-01');
    expect(root.textContent).toContain('The deadline must come after the start.');
  });

  it('saves a valid goal, reading "20k" as 20000', async () => {
    const { root, onSave, onDone } = await open();
    await fillValid(root);
    click(button(root, 'Save goal'));
    await settle();
    const saved = onSave.mock.calls[0]![0];
    expect(saved).toMatchObject({
      title: 'Grow monthly visitors to 20k',
      metric,
      baseline: { value: 12300, date: TODAY },
      target: { value: 20000 },
      start: TODAY,
      deadline: '2027-02-27',
    });
    expect(onDone).toHaveBeenCalledWith(saved);
  });

  it('shows the error text when the background refuses', async () => {
    const onSave = vi.fn(async () => ({ ok: false as const, error: 'quota exceeded' }));
    const { root, onDone } = await open({ onSave });
    await fillValid(root);
    click(button(root, 'Save goal'));
    await settle();
    expect(root.textContent).toContain('Pacer could not save the goal: quota exceeded');
    expect(onDone).not.toHaveBeenCalled();
  });

  it('asks for a reason when the target of a saved goal changes, and records the old values', async () => {
    const original = goal({ id: 'g1' });
    const { root, onSave } = await open({
      draftKey: 'g1',
      original,
      initial: () => formFromGoal(original),
    });
    expect(root.textContent).not.toContain('Reason for the change');
    type(byLabel(root, 'Target'), '25000');
    expect(root.textContent).toContain('Reason for the change');
    click(button(root, 'Save goal'));
    await settle();
    expect(onSave).not.toHaveBeenCalled();
    expect(root.textContent).toContain('Say why the target or deadline changes.');
    type(byLabel(root, 'Reason for the change'), 'Launch went better than planned');
    click(button(root, 'Save goal'));
    await settle();
    const saved = onSave.mock.calls[0]![0];
    expect(saved.target).toEqual({ value: 25000 });
    expect(saved.revisions).toEqual([
      {
        date: TODAY,
        reason: 'Launch went better than planned',
        target: { value: 20000 },
        deadline: '2027-01-11',
      },
    ]);
  });

  it('adds an action and completes it', async () => {
    const { root } = await open();
    type(root.querySelector('[aria-label="New action"]'), 'Publish two guides a week');
    click(button(root, 'Add action'));
    const row = root.querySelector('[data-action-status]')!;
    expect(row.getAttribute('data-action-status')).toBe('todo');
    click(row.querySelector('button'));
    expect(root.querySelector('[data-action-status]')!.getAttribute('data-action-status')).toBe(
      'done',
    );
  });

  it('keeps a half-written draft in storage.local across closing, and clears it on save', async () => {
    const first = await open();
    type(byLabel(first.root, 'Title'), 'Half written');
    await settle();
    first.unmount();
    const stored = await fakeBrowser.storage.local.get('draft:new:plausible/acme.example/visitors');
    expect(stored['draft:new:plausible/acme.example/visitors']).toMatchObject({
      title: 'Half written',
    });

    const again = await open();
    expect((byLabel(again.root, 'Title') as HTMLInputElement).value).toBe('Half written');
    expect(again.root.textContent).toContain('Your unsaved draft is back.');
    await fillValid(again.root);
    click(button(again.root, 'Save goal'));
    await settle();
    expect(again.onSave).toHaveBeenCalled();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('fills the form from a template', async () => {
    const { root } = await open();
    const select = byLabel(root, 'Start from a template') as HTMLSelectElement;
    select.value = 'monthly-signups#0';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect((byLabel(root, 'Title') as HTMLInputElement).value).toBe(
      'Get 20% more sign-ups than last month',
    );
    expect((byLabel(root, 'Target') as HTMLInputElement).value).toBe('20');
    expect(root.textContent).toContain('That is 14.8K.');
  });

  it('speaks Korean', async () => {
    const { root } = await open({}, 'ko');
    expect(byLabel(root, '기준값')).toBeTruthy();
    expect(root.querySelector('[data-letter="R"]')!.textContent).toContain('목적에 기여하는지');
  });
});
