// @vitest-environment happy-dom
/** The pages tell storage trouble from silence and show broken goals (issue 10, defects 4–5). */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { act } from 'preact/test-utils';
import { render } from 'preact';
import { PopupApp } from '../../entrypoints/popup/App';
import { OptionsApp } from '../../entrypoints/options/App';
import { translator } from '../../lib/i18n';
import { fakeBackground } from '../components/messages';
import { button, click, settle, view } from '../components/helpers';

const en = translator('en');

beforeEach(() => {
  // What a page needs from the browser besides messages: the UI language, the active tab.
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([] as never);
});

async function mountPage(ui: preact.ComponentChild) {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(ui, root));
  await settle();
  return { root, text: () => root.textContent ?? '', unmount: () => act(() => render(null, root)) };
}

const pages = [
  ['popup', () => <PopupApp />],
  ['options', () => <OptionsApp />],
] as const;

describe.each(pages)('%s', (_name, page) => {
  it.each([
    ['unavailable', 'storageUnavailable'],
    ['downgrade', 'storageDowngrade'],
    ['blocked', 'storageBlocked'],
  ] as const)(
    'storage %s: its own message, no "not answering", no "No goals yet"',
    async (code, key) => {
      fakeBackground({ 'storage.status': () => ({ ok: false, code }) });
      const p = await mountPage(page());
      expect(p.text()).toContain(en(key));
      expect(p.text()).not.toContain(en('panelUnreachable'));
      // Nor the first steps offered to someone with no goals: the goals may all be there.
      expect(p.text()).not.toContain(en('startHeading'));
      expect(p.root.querySelector('[role=alert]')?.getAttribute('data-trouble')).toBe(code);
      p.unmount();
    },
  );

  it('no answer at all: the background is not answering', async () => {
    fakeBackground({});
    const p = await mountPage(page());
    expect(p.text()).toContain(en('panelUnreachable'));
    p.unmount();
  });

  it('a broken goal shows "could not evaluate" beside the others, and can be deleted', async () => {
    const bg = fakeBackground({
      'goals.list': () => ({
        goals: [view()],
        broken: [{ id: 'bad', title: 'Absurd import', kind: 'evaluation', detail: 'x' }],
        skippedReadings: 2,
      }),
      'goal.delete': () => ({ ok: true }),
      'settings.get': () => null,
    });
    const p = await mountPage(page());
    expect(p.text()).toContain(en('goalCouldNotEvaluate'));
    expect(p.text()).toContain(en('readingsSkipped', 2));
    expect(p.root.querySelector('[data-goal-id="g1"]')).not.toBeNull();
    click(button(p.root, en('goalDeleteNamed', 'Absurd import')));
    click(button(p.root, en('goalDeleteConfirmNamed', 'Absurd import')));
    await settle();
    expect(bg.of('goal.delete')).toEqual([{ type: 'goal.delete', payload: { id: 'bad' } }]);
    expect(bg.of('goals.list').length).toBeGreaterThan(1);
    p.unmount();
  });
});
