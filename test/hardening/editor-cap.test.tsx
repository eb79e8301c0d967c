// @vitest-environment happy-dom
/** The editor says the goal cap and too-large numbers in the UI language (issue 10, defects 4, 7). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { newForm } from '../../components/editor/form';
import { GoalEditor, type EditorProps } from '../../components/editor/GoalEditor';
import type { Goal } from '../../lib/goals/schema';
import { button, byLabel, click, mount, settle, TODAY, type } from '../components/helpers';

afterEach(() => document.body.replaceChildren());

const metric = { source: 'plausible', scope: 'acme.example', key: 'visitors', label: 'Visitors' };

async function open(onSave: EditorProps['onSave'], lang: 'en' | 'ko') {
  const props: EditorProps = {
    draftKey: `new:${Math.random()}`,
    initial: () => newForm({ today: TODAY, metric, baseline: 12300 }),
    choices: [{ metric, value: 12300, unit: 'count' }],
    today: TODAY,
    onSave,
    onDone: vi.fn(),
  };
  const m = mount(<GoalEditor {...props} />, lang);
  await settle();
  return m;
}

describe.each([
  ['en', 'Title', 'Objective', 'Target', 'Deadline', 'Save goal', 'at most 2,000 goals'],
  ['ko', '제목', '목적', '목표값', '마감일', '목표 저장', '최대 2,000개'],
] as const)('%s', (lang, title, objective, target, deadline, save, capText) => {
  it('a refused save at the goal cap says so in words', async () => {
    const onSave = vi.fn(async (_g: Goal) => ({
      ok: false as const,
      error: 'Pacer keeps at most 2,000 goals…',
      code: 'too-many-goals',
    }));
    const { root } = await open(onSave, lang);
    type(byLabel(root, title), 'Grow monthly visitors to 20k');
    type(byLabel(root, objective), 'More people discover the shop');
    type(byLabel(root, target), '20k');
    type(byLabel(root, deadline), '2027-02-27');
    click(button(root, save));
    await settle();
    expect(onSave).toHaveBeenCalledOnce();
    expect(root.querySelector('[role=alert]')?.textContent ?? root.textContent).toContain(capText);
  });
});
