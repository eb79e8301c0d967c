// @vitest-environment happy-dom
/**
 * The side panel's figure list on a report page: headline figures first, each listing (a
 * table's rows, `PageFigure.group`) folded to a few rows with "Show all N".
 */
import { act } from 'preact/test-utils';
import { FigureList, GROUP_PREVIEW } from '../../components/FigureList';
import type { PageRead } from '../../lib/messaging/schemas';
import { mount } from './helpers';

const fig = (key: string, value: number, group?: string) => ({
  key,
  label: key,
  value,
  unit: 'count' as const,
  precision: 0.5,
  text: String(value),
  ...(group ? { group } : {}),
});

const READ: PageRead = {
  source: 'custom',
  scope: 'stats.example.org',
  period: { start: '2026-09-01', end: '2026-09-30' },
  figures: [
    fig('total_hits', 31775),
    fig('total_visits', 4402),
    ...Array.from({ length: 9 }, (_, i) => fig(`url_${i}_hits`, 900 - i, 'Top 9 of 45 Total URLs')),
    fig('site_a_hits', 611, 'Top 2 of 890 Total Sites'),
    fig('site_b_hits', 402, 'Top 2 of 890 Total Sites'),
  ],
};

describe('FigureList groups', () => {
  it('shows headline figures, then each listing folded to its first rows', () => {
    const { root, unmount } = mount(<FigureList read={READ} />);
    const shown = () =>
      [...root.querySelectorAll('.figure')].map((li) => li.getAttribute('data-value'));
    expect(shown()).toEqual([
      '31775',
      '4402',
      ...Array.from({ length: GROUP_PREVIEW }, (_, i) => String(900 - i)),
      '611',
      '402',
    ]);
    const groups = [...root.querySelectorAll('.figure-group h3')].map((h) => h.textContent);
    expect(groups).toEqual(['Top 9 of 45 Total URLs', 'Top 2 of 890 Total Sites']);
    const button = root.querySelector<HTMLButtonElement>('.figure-group button')!;
    expect(button.textContent).toBe('Show all 9');
    // A short listing has no button: nothing is hidden.
    expect(root.querySelectorAll('.figure-group button')).toHaveLength(1);

    act(() => button.click());
    expect(shown()).toHaveLength(2 + 9 + 2);
    expect(button.textContent).toBe('Show fewer');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    unmount();
  });

  it('Korean: "9개 모두 보기"', () => {
    const { root, unmount } = mount(<FigureList read={READ} />, 'ko');
    expect(root.querySelector('.figure-group button')?.textContent).toBe('9개 모두 보기');
    unmount();
  });

  it('a page without listings renders one flat list as before', () => {
    const { root, unmount } = mount(
      <FigureList read={{ ...READ, figures: READ.figures.slice(0, 2) }} />,
    );
    expect(root.querySelectorAll('.figure-group')).toHaveLength(0);
    expect(root.querySelectorAll('ul.figures > .figure')).toHaveLength(2);
    unmount();
  });
});

describe('FigureList view line', () => {
  const filtered: PageRead = {
    ...READ,
    figures: READ.figures.slice(0, 1),
    view: { id: 'query=shoes', label: 'query contains shoes' },
  };

  it('says what the figures cover when the page is filtered, as text', () => {
    const { root, unmount } = mount(<FigureList read={filtered} />);
    const line = root.querySelector('.figure-view');
    expect(line?.textContent).toBe('Filtered: query contains shoes');
    expect(line?.getAttribute('data-view')).toBe('query=shoes');
    unmount();
  });

  it('Korean', () => {
    const { root, unmount } = mount(<FigureList read={filtered} />, 'ko');
    expect(root.querySelector('.figure-view')?.textContent).toBe(
      '필터 적용됨: query contains shoes',
    );
    unmount();
  });

  it('no line for the site itself, and page text is never markup', () => {
    const { root, unmount } = mount(<FigureList read={READ} />);
    expect(root.querySelector('.figure-view')).toBeNull();
    unmount();
    const hostile = { ...filtered, view: { id: 'x', label: '<img src=x onerror=alert(1)>' } };
    const m = mount(<FigureList read={hostile} />);
    expect(m.root.querySelector('img')).toBeNull();
    m.unmount();
  });
});

describe('BreakdownList', () => {
  const withTables: PageRead = {
    source: 'plausible',
    scope: 'shop.example',
    period: { start: '2026-11-02', end: '2026-11-29' },
    figures: [{ ...fig('visitors', 12_350), label: 'Unique visitors' }],
    breakdowns: [
      {
        dimension: 'sources',
        key: 'visitors',
        unit: 'count',
        rows: [
          { label: 'Google', value: 4650, precision: 50 },
          { label: '<b>Direct</b>', value: 3950, precision: 50 },
        ],
      },
    ],
  };

  it('folds the tables read as evidence under the figures, named by dimension and metric, as text', () => {
    const { root, text } = mount(<FigureList read={withTables} />);
    const details = root.querySelector('details.breakdowns')!;
    expect(details.hasAttribute('open')).toBe(false);
    expect(details.querySelector('summary')!.textContent).toBe('Breakdown tables read (1)');
    expect(details.querySelector('h3')!.textContent).toBe('Sources · Unique visitors');
    const rows = [...details.querySelectorAll('.breakdown-row')].map((li) => li.textContent);
    expect(rows).toEqual(['Google4,600–4,700', '<b>Direct</b>3,900–4,000']);
    expect(details.querySelector('b')).toBeNull();
    expect(text()).toContain('evidence for “What moved”');
    // Not figures: the figure list and its Track buttons are unchanged.
    expect(root.querySelectorAll('.figure')).toHaveLength(1);
  });

  it('says the tables are not kept when the period is unknown, and shows nothing without tables', () => {
    const unknown = mount(<FigureList read={{ ...withTables, period: null }} />);
    expect(unknown.text()).toContain('Not kept: the period of the page is not known');
    const none = mount(<FigureList read={{ ...withTables, breakdowns: [] }} />);
    expect(none.root.querySelector('details.breakdowns')).toBeNull();
  });
});
