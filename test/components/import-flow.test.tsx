// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportFlow } from '../../components/options/ImportFlow';
import type { Export } from '../../lib/goals/export';
import { button, click, goal, mount, settle } from './helpers';
import { fakeBackground } from './messages';

afterEach(() => document.body.replaceChildren());

const file = (over: Partial<Export> = {}): Export => ({
  format: 'pacer',
  version: 1,
  exportedAt: '2026-11-20T09:00:00.000Z',
  goals: [goal()],
  readings: [
    {
      metric: { source: 'plausible', scope: 'acme.example', key: 'visitors' },
      value: 12300,
      unit: 'count',
      period: null,
      observedAt: '2026-11-19T09:00:00.000Z',
    },
  ],
  ...over,
});

const imported = { ok: true, goals: 1, readings: 1, skippedReadings: 0 };

/** The background's side of a streamed import, answering `commit` with `answer`. */
const streamed = (answer: unknown) =>
  fakeBackground({
    'data.import.begin': () => ({ ok: true, id: 'import-1' }),
    'data.import.chunk': () => ({ ok: true }),
    'data.import.commit': () => answer,
  });

/** What the page sent, put back together from `begin` and the chunks. */
function sentImport(bg: ReturnType<typeof fakeBackground>) {
  const begin = bg.of('data.import.begin');
  if (!begin.length) return [];
  const b = begin[0]!.payload as { mode: string; header: object };
  const chunks = bg.of('data.import.chunk').map((m) => m.payload as Partial<Export>);
  expect(bg.of('data.import.commit')).toHaveLength(1);
  return [
    {
      mode: b.mode,
      data: {
        ...b.header,
        goals: chunks.flatMap((c) => c.goals ?? []),
        readings: chunks.flatMap((c) => c.readings ?? []),
      },
    },
  ];
}

/** Choose a file in the input as the browser does: `files` set, then `change`. */
async function choose(root: Element, name: string, text: string) {
  const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
  Object.defineProperty(input, 'files', { value: [new File([text], name)], configurable: true });
  act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
  await settle();
}

const alertText = (root: Element) => root.querySelector('[role="alert"]')?.textContent ?? '';
const radio = (root: Element, mode: string) =>
  root.querySelector<HTMLInputElement>(`input[type="radio"][value="${mode}"]`)!;

describe('ImportFlow', () => {
  it('says a file is not JSON and sends nothing', async () => {
    const bg = streamed(imported);
    const { root } = mount(<ImportFlow syncOn={false} goalCount={3} />);
    await choose(root, 'notes.json', '{"format": "pacer", ');
    expect(alertText(root)).toContain('notes.json is not a JSON file');
    expect(alertText(root)).toContain('Nothing was changed');
    expect(bg.sent).toEqual([]);
  });

  it('checks the whole file, names the first bad field, and sends nothing', async () => {
    const bg = streamed(imported);
    const bad = file({ goals: [goal(), { ...goal({ id: 'g2' }), deadline: '31/12/2026' }] });
    const { root } = mount(<ImportFlow syncOn={false} goalCount={3} />);
    await choose(root, 'pacer.json', JSON.stringify(bad));
    expect(alertText(root)).toContain('is not a Pacer export');
    expect(alertText(root)).toContain('goals.1.deadline');
    expect(root.querySelector('input[type="radio"]')).toBeNull();
    expect(bg.sent).toEqual([]);
  });

  it('imports a valid file by merging, and reports what was imported', async () => {
    const bg = streamed({ ok: true, goals: 12, readings: 340, skippedReadings: 5 });
    const { root, text } = mount(<ImportFlow syncOn={false} goalCount={3} />);
    // A file saved with a BOM by a Windows editor still reads.
    await choose(root, 'pacer-export.json', '\uFEFF' + JSON.stringify(file()));
    expect(text()).toContain('pacer-export.json: 1 goals and 1 readings');
    expect(radio(root, 'merge').checked).toBe(true);
    expect(bg.sent).toEqual([]);
    click(button(root, 'Import'));
    await settle();
    expect(sentImport(bg)).toEqual([{ data: file(), mode: 'merge' }]);
    expect(root.querySelector('[role="status"]')!.textContent).toBe(
      '12 goals, 340 readings imported, 5 duplicates skipped.',
    );
  });

  it('replaces only after a second confirmation that warns about sync', async () => {
    const bg = streamed(imported);
    const { root } = mount(<ImportFlow syncOn goalCount={3} />);
    await choose(root, 'pacer.json', JSON.stringify(file()));
    act(() => radio(root, 'replace').click());
    click(button(root, 'Import'));
    await settle();
    expect(bg.sent).toEqual([]);
    expect(alertText(root)).toContain('deletes the 3 goals and all readings');
    expect(alertText(root)).toContain('also deleted in your other browsers');

    click(button(root, 'Back'));
    expect(root.querySelector('[role="alert"]')).toBeNull();
    click(button(root, 'Import'));
    click(button(root, 'Delete and replace'));
    await settle();
    expect(sentImport(bg)).toMatchObject([{ mode: 'replace' }]);
  });

  it('does not carry the other browser’s sync switch into this one', async () => {
    const bg = streamed(imported);
    const { root } = mount(<ImportFlow syncOn={false} goalCount={0} />);
    const withSettings = file({ settings: { syncGoals: true, language: 'ko' } });
    await choose(root, 'pacer.json', JSON.stringify(withSettings));
    click(button(root, 'Import'));
    await settle();
    const [sent] = sentImport(bg);
    expect(sent).toMatchObject({ data: { settings: { language: 'ko' } } });
    expect((sent!.data as Export).settings).not.toHaveProperty('syncGoals');
  });

  it('reads a gzip export (.json.gz) and refuses a broken one, naming the file', async () => {
    const bg = streamed(imported);
    const { root, text } = mount(<ImportFlow syncOn={false} goalCount={0} />);
    const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
    const pick = async (name: string, bytes: Uint8Array<ArrayBuffer>) => {
      Object.defineProperty(input, 'files', {
        value: [new File([bytes], name)],
        configurable: true,
      });
      act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
      await settle();
      await vi.waitFor(() =>
        expect(root.querySelector('[role="status"], [role="alert"]')?.textContent).not.toMatch(
          /^Reading/,
        ),
      );
    };
    const gz = Uint8Array.from(gzipSync(JSON.stringify(file())));
    await pick('pacer.json.gz', gz);
    expect(text()).toContain('pacer.json.gz: 1 goals and 1 readings');
    click(button(root, 'Import'));
    await settle();
    await vi.waitFor(() => expect(sentImport(bg)).toEqual([{ data: file(), mode: 'merge' }]));

    const broken = root.querySelector<HTMLInputElement>('input[type="file"]')!;
    Object.defineProperty(broken, 'files', {
      value: [new File([Uint8Array.from(gz.subarray(0, 20))], 'cut.json.gz')],
      configurable: true,
    });
    act(() => void broken.dispatchEvent(new Event('change', { bubbles: true })));
    await vi.waitFor(() => expect(alertText(root)).toContain('cut.json.gz'));
    expect(alertText(root)).toContain('Nothing was changed');
  });

  it('shows the background’s refusal and keeps the choice possible again', async () => {
    streamed({ ok: false, error: 'QuotaExceededError' });
    const { root } = mount(<ImportFlow syncOn={false} goalCount={0} />);
    await choose(root, 'pacer.json', JSON.stringify(file()));
    click(button(root, 'Import'));
    await settle();
    expect(alertText(root)).toBe('Import failed: QuotaExceededError. Nothing was changed.');
    expect(root.querySelector('input[type="file"]')).not.toBeNull();
  });

  it('says so when the background does not answer', async () => {
    fakeBackground({});
    const { root } = mount(<ImportFlow syncOn={false} goalCount={0} />);
    await choose(root, 'pacer.json', JSON.stringify(file()));
    click(button(root, 'Import'));
    await settle();
    expect(alertText(root)).toContain('not answering. Nothing was changed');
  });
});
