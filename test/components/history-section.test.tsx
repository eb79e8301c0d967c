// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HistorySection } from '../../components/options/HistorySection';
import { byLabel, button, click, goal, mount, settle, view } from './helpers';
import { fakeBackground } from './messages';

const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures/csv', name));

const pageviews = view(
  {},
  goal({
    id: 'pv',
    title: 'Pageviews this quarter',
    metric: { source: 'plausible', scope: 'acme.example', key: 'pageviews' },
    accumulation: 'period-total',
    baseline: { value: 0, date: '2026-09-01' },
    target: { value: 90000 },
    start: '2026-09-01',
    deadline: '2026-11-30',
  }),
);
const visitors = view({}, goal());
// A goal on another dashboard comes first: the file's own dashboard and column decide.
const gaUsers = view(
  {},
  goal({ id: 'ga', metric: { source: 'ga4', scope: '123', key: 'active_users' } }),
);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-10-15T12:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

async function choose(root: Element, name: string, bytes: Uint8Array<ArrayBuffer>) {
  const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
  Object.defineProperty(input, 'files', { value: [new File([bytes], name)], configurable: true });
  act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
  await settle();
}
const alertText = (root: Element) =>
  [...root.querySelectorAll('[role="alert"]')].map((e) => e.textContent).join(' ');

describe('HistorySection', () => {
  it('recognises a Plausible export, previews the totals for the goal, then imports them', async () => {
    const bg = fakeBackground({ 'history.import': () => ({ ok: true, added: 30, skipped: 0 }) });
    const { root, text } = mount(
      <HistorySection onNewGoal={() => {}} goals={[gaUsers, pageviews]} />,
    );
    await choose(root, 'visitors.csv', fixture('plausible-visitors.csv'));
    expect(text()).toContain('Recognised: Plausible export, 30 rows.');
    // The goal whose metric is a column of the file, and that column, are chosen already.
    expect((byLabel(root, 'Goal') as HTMLSelectElement).value).toBe('pv');
    const col = byLabel(root, 'Column') as HTMLSelectElement;
    expect(col.selectedOptions[0]!.textContent).toBe('pageviews');
    expect(text()).toContain(
      "30 readings for “Pageviews this quarter”: the running total from the goal's start (2026-09-01) to each day.",
    );
    expect(text()).toContain('From 2026-09-01 to 2026-09-30.');
    expect(root.querySelectorAll('.history-table tbody tr')).toHaveLength(7); // 3, ⋮, 3
    expect(bg.sent).toEqual([]); // nothing before the click

    click(button(root, 'Import 30 readings'));
    await settle();
    const sent = bg.of('history.import');
    expect(sent).toHaveLength(1);
    const { readings } = sent[0]!.payload as { readings: { value: number; origin: string }[] };
    expect(readings).toHaveLength(30);
    expect(readings.every((r) => r.origin === 'import')).toBe(true);
    expect(text()).toContain('Imported 30 readings into “Pageviews this quarter”; 0 days');
  });

  it('names the bad rows and offers no import', async () => {
    const bg = fakeBackground({});
    const { root } = mount(<HistorySection onNewGoal={() => {}} goals={[pageviews]} />);
    await choose(root, 'bad.csv', fixture('bad-rows.csv'));
    // An unknown file: say whether its days add up.
    click(root.querySelector('input[type="radio"][value="amount"]'));
    await settle();
    expect(alertText(root)).toContain("row 6: '2026-09-31' is not a date");
    expect(alertText(root)).toContain("row 14: 'abc' is not a number");
    expect(button(root, 'Import 0 readings').disabled).toBe(true);
    expect(bg.sent).toEqual([]);
  });

  it('will not add up daily unique visitors into a period total', async () => {
    const { root } = mount(<HistorySection onNewGoal={() => {}} goals={[pageviews]} />);
    await choose(root, 'visitors.csv', fixture('plausible-visitors.csv'));
    const col = byLabel(root, 'Column') as HTMLSelectElement;
    act(() => {
      col.value = [...col.options].find((o) => o.textContent === 'visitors')!.value;
      col.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(alertText(root)).toContain("Daily unique counts don't add up");
    expect(button(root, 'Import 0 readings').disabled).toBe(true);
  });

  it('with no goal yet, offers to start one', () => {
    const onNewGoal = vi.fn();
    const { root, text } = mount(<HistorySection goals={[]} onNewGoal={onNewGoal} />);
    expect(text()).toContain('Create a goal first');
    click(button(root, 'New goal'));
    expect(onNewGoal).toHaveBeenCalledOnce();
  });

  it('says an Umami download holds no history by day', async () => {
    const { root, text } = mount(<HistorySection onNewGoal={() => {}} goals={[visitors]} />);
    await choose(root, 'pages.csv', fixture('umami-pages.csv'));
    expect(text()).toContain("This is Umami's download");
    expect(root.querySelector('select')).toBeNull();
  });

  it('takes the dashboard’s zip as it is and uses the file with the days', async () => {
    const zip = zipSync({
      'sources.csv': strToU8('name,visitors,bounce_rate,visit_duration\nGoogle,812,51,88\n'),
      'visitors.csv': fixture('plausible-visitors.csv'),
    });
    const { root, text } = mount(<HistorySection onNewGoal={() => {}} goals={[pageviews]} />);
    await choose(root, 'Plausible export acme.example.zip', zip);
    const entry = byLabel(root, 'File in Plausible export acme.example.zip') as HTMLSelectElement;
    expect(entry.selectedOptions[0]!.textContent).toBe('visitors.csv');
    expect(text()).toContain('Recognised: Plausible export, 30 rows.');
    expect(button(root, 'Import 30 readings').disabled).toBe(false);
  });

  it('refuses money in another currency than the goal’s readings', async () => {
    const stripeGoal = view(
      {},
      goal({
        id: 'gv',
        metric: { source: 'stripe', scope: 'acct', key: 'gross_volume' },
        accumulation: 'period-total',
        start: '2026-09-01',
        deadline: '2026-12-31',
      }),
    );
    const { root } = mount(
      <HistorySection
        onNewGoal={() => {}}
        goals={[{ ...stripeGoal, unit: 'currency', currency: 'EUR' }]}
      />,
    );
    await choose(root, 'payments.csv', fixture('stripe-payments.csv'));
    expect(alertText(root)).toContain('This column holds USD, but the goal');
    expect(button(root, 'Import 10 readings').disabled).toBe(true);
  });

  it('speaks Korean', async () => {
    const { root, text } = mount(<HistorySection onNewGoal={() => {}} goals={[pageviews]} />, 'ko');
    await choose(root, 'visitors.csv', fixture('plausible-visitors.csv'));
    expect(text()).toContain('인식함: Plausible 내보내기, 30행.');
    expect(text()).toContain('측정값 30개 가져오기');
  });
});
