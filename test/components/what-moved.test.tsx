// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { GoalCard } from '../../components/card/GoalCard';
import { useMovers } from '../../components/card/use-movers';
import { WhatMoved } from '../../components/card/WhatMoved';
import type { GoalView } from '../../lib/messaging/schemas';
import type { Mover, MoversResult } from '../../lib/review/schema';
import { wantsWhatMoved } from '../../lib/review/slipped';
import { goal, mount, settle, TODAY, view } from './helpers';
import { fakeBackground } from './messages';

afterEach(() => document.body.replaceChildren());

const mover = (over: Partial<Mover>): Mover => ({
  dimension: 'sources',
  label: 'Google',
  before: 4300,
  after: 3100,
  change: -1200,
  changeRatio: -1200 / 4300,
  unit: 'count',
  ...over,
});

const moved: MoversResult = {
  status: 'ok',
  current: { start: '2026-11-01', end: '2026-11-07' },
  earlier: { start: '2026-10-25', end: '2026-10-31' },
  movers: [
    mover({}),
    mover({
      dimension: 'pages',
      label: '/pricing',
      before: 1000,
      after: 600,
      change: -400,
      changeRatio: -0.4,
    }),
    mover({
      label: 'Reddit',
      before: 550,
      after: 2000,
      change: 1450,
      changeRatio: null,
      absent: 'before',
    }),
  ],
};

describe('WhatMoved', () => {
  it('lists the movers in words under a heading, with the dimension and the periods compared', () => {
    const { root } = mount(<WhatMoved result={moved} metric="visitors" today={TODAY} />);
    const section = root.querySelector('section.what-moved')!;
    const heading = section.querySelector('h4')!;
    expect(heading.textContent).toBe('What moved');
    expect(section.getAttribute('aria-labelledby')).toBe(heading.id);
    // Intl puts thin spaces around the range's dash.
    expect(section.textContent.replace(/\s+/g, ' ')).toContain('Nov 1 – 7 vs Oct 25 – 31');
    const items = [...section.querySelectorAll('ul > li')].map((li) => li.textContent);
    expect(items).toEqual([
      'Sources: Google −1,200 visitors (−28%)',
      'Pages: /pricing −400 visitors (−40%)',
      'Sources: Reddit +1,450 visitors or more (not in the earlier top rows)',
    ]);
    expect(section.querySelector('li')!.getAttribute('data-change')).toBe('-1200');
  });

  it('says it in Korean, with numbers through the formatter', () => {
    const { root } = mount(
      <WhatMoved
        result={{ ...moved, movers: [mover({ before: 43_000, change: -12_000, after: 31_000 })] }}
        metric="방문자"
        today={TODAY}
      />,
      'ko',
    );
    expect(root.querySelector('h4')!.textContent).toBe('무엇이 움직였나');
    expect(root.querySelector('li')!.textContent).toBe('유입 경로: Google 방문자 −1.2만 (−28%)');
    expect(root.textContent).toContain('10월 25일~31일 대비 11월 1일~7일');
  });

  it('says honestly when it cannot tell', () => {
    const says = (reason: 'no-breakdowns' | 'no-comparable' | 'no-movers') => {
      const { root, unmount } = mount(
        <WhatMoved result={{ status: 'none', reason }} today={TODAY} />,
      );
      const text = root.textContent;
      expect(root.querySelector('ul')).toBeNull();
      unmount();
      return text;
    };
    expect(says('no-comparable')).toContain(
      'Not enough data to say what moved: no earlier breakdown of the same length',
    );
    expect(says('no-breakdowns')).toContain('no breakdown tables');
    expect(says('no-movers')).toContain('beyond rounding and noise');
  });

  it('marks a row that left the top rows, and a percent change in points', () => {
    const { root } = mount(
      <WhatMoved
        result={{
          ...moved,
          movers: [
            mover({ label: 'Bing', after: 100, change: -900, changeRatio: null, absent: 'after' }),
            mover({ unit: 'percent', before: 3.1, after: 2.1, change: -1, changeRatio: -1 / 3.1 }),
          ],
        }}
        today={TODAY}
      />,
    );
    const items = [...root.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toEqual([
      'Sources: Bing −900 or more (no longer in the top rows)',
      'Sources: Google −1 pts (−32%)',
    ]);
  });
});

describe('GoalCard with movers', () => {
  it('shows "What moved" inside the card when given, nothing otherwise', () => {
    const slipped = view({ previousStatus: 'on-track' });
    const { root } = mount(<GoalCard view={slipped} today={TODAY} movers={moved} />);
    expect(root.querySelector('[data-goal-id] .what-moved li')!.textContent).toBe(
      'Sources: Google −1,200 unique visitors (−28%)',
    );
    const plain = mount(<GoalCard view={slipped} today={TODAY} />);
    expect(plain.root.querySelector('.what-moved')).toBeNull();
  });
});

describe('wantsWhatMoved and useMovers', () => {
  it('asks for goals that slipped or show an unusual change', () => {
    expect(
      wantsWhatMoved(view({ status: 'off-track', previousStatus: 'on-track' }).evaluation),
    ).toBe(true);
    expect(
      wantsWhatMoved(view({ status: 'at-risk', previousStatus: 'off-track' }).evaluation),
    ).toBe(false);
    expect(wantsWhatMoved(view({ status: 'off-track', previousStatus: null }).evaluation)).toBe(
      false,
    );
    expect(wantsWhatMoved(view({ status: 'early', previousStatus: 'on-track' }).evaluation)).toBe(
      false,
    );
    expect(
      wantsWhatMoved(
        view({ status: 'on-track', anomalies: [{ date: TODAY, value: 1, z: 5 }] }).evaluation,
      ),
    ).toBe(true);
  });

  it('fetches the movers of all such cards in one movers.get', async () => {
    const bg = fakeBackground({
      'movers.get': (p: { goalIds: string[] }) => ({
        movers: Object.fromEntries(p.goalIds.map((id) => [id, moved])),
      }),
    });
    const views: GoalView[] = [
      view({ previousStatus: 'on-track' }, goal({ id: 'a' })),
      view({ status: 'on-track' }, goal({ id: 'b' })),
      view({ anomalies: [{ date: TODAY, value: 1, z: 5 }] }, goal({ id: 'c' })),
    ];
    function Cards() {
      const movers = useMovers(views);
      return (
        <>
          {views.map((v) => (
            <GoalCard key={v.goal.id} view={v} today={TODAY} movers={movers[v.goal.id]} />
          ))}
        </>
      );
    }
    const { root } = mount(<Cards />);
    await settle();
    expect(bg.of('movers.get')).toEqual([{ type: 'movers.get', payload: { goalIds: ['a', 'c'] } }]);
    expect(root.querySelectorAll('.what-moved')).toHaveLength(2);
    expect(root.querySelector('[data-goal-id="b"] .what-moved')).toBeNull();
  });
});
