import { describe, expect, it } from 'vitest';
import { checkSmart, Goal, smartPasses, TEMPLATES, type GoalDraft } from '../../lib/goals';
import { translator, type Lang } from '../../lib/i18n';
import type { SmartLetter } from '../../lib/goals/smart';
import { smartSentence } from '../../components/editor/smart-text';
import { metric, NOW } from './helpers';
import { daily } from '../support/factories';

/** A letter's reason in words, as the editor shows it. */
const words = (letter: SmartLetter, lang: Lang) =>
  smartSentence(letter.reason, translator(lang), lang);

const draft: GoalDraft = {
  title: 'Grow weekly visitors to 20k',
  objective: 'More people find the product',
  metric: { ...metric, label: 'Visitors' },
  direction: 'increase',
  accumulation: 'level',
  baseline: { value: 1000, date: '2026-02-15' },
  target: { value: 2000 },
  start: '2026-02-15',
  deadline: '2026-04-26', // 70 days: 1000 / 70 ≈ 14.3 a day
};

describe('checkSmart', () => {
  it('passes a complete draft, with reason codes the translator words in English and Korean', () => {
    const r = checkSmart(draft, undefined, NOW);
    expect([r.S.ok, r.M.ok, r.R.ok, r.T.ok]).toEqual([true, true, true, true]);
    expect(r.A).toMatchObject({ ok: 'unknown', level: 'unknown' });
    expect(r.M.reason).toEqual({ code: 'measurable', values: { target: 2000, baseline: 1000 } });
    expect(words(r.M, 'ko')).toBe('목표값(2,000)과 기준값(1,000)이 있습니다.');
    expect(words(r.M, 'en')).toBe(
      'There is a target (2,000) and a baseline (1,000) to measure against.',
    );
    expect(words(r.T, 'en')).toBe('70 days, from 2026-02-15 to 2026-04-26.');
    expect(words(r.T, 'ko')).toBe('2026-02-15부터 2026-04-26까지 70일입니다.');
    expect(words(r.S, 'en')).toBe('It follows “Visitors”, and the title says what should change.');
    expect(smartPasses(r)).toBe(true);
  });

  it('says what is missing, letter by letter', () => {
    const r = checkSmart(
      { title: 'Sales', target: null, baseline: null, start: '2026-02-20', deadline: '2026-02-10' },
      undefined,
      NOW,
    );
    expect(r.S.ok).toBe(false);
    expect(r.S.reason.code).toBe('no-metric');
    expect(words(r.S, 'en')).toMatch(/metric/);
    expect(r.M).toMatchObject({ ok: false, reason: { code: 'no-target-no-baseline' } });
    expect(words(r.M, 'ko')).toBe('목표값과 기준값을 입력해 주세요.');
    expect(r.R.ok).toBe(false);
    expect(r.T).toMatchObject({ ok: false, reason: { code: 'deadline-before-start' } });
    expect(words(r.T, 'en')).toBe('The deadline must come after the start.');
    expect(smartPasses(r)).toBe(false);
  });

  it('S: a bound metric and a title naming what changes (3+ words or the metric label)', () => {
    expect(checkSmart({ ...draft, title: 'Growth' }, undefined, NOW).S.ok).toBe(false);
    expect(checkSmart({ ...draft, title: 'More visitors' }, undefined, NOW).S.ok).toBe(true);
    expect(
      checkSmart({ ...draft, metric: { source: 'plausible', key: '' } }, undefined, NOW).S.ok,
    ).toBe(false);
  });

  it('M: the target must lie the way the goal moves', () => {
    const r = checkSmart({ ...draft, direction: 'decrease' }, undefined, NOW);
    expect(r.M).toMatchObject({ ok: false, reason: { code: 'nothing-to-reduce' } });
    expect(words(r.M, 'ko')).toBe('목표값이 기준값보다 낮지 않아 줄일 것이 없습니다.');
    expect(checkSmart({ ...draft, target: { changePercent: 30 } }, undefined, NOW).M.ok).toBe(true);
    expect(checkSmart({ ...draft, baseline: { date: '2026-02-15' } }, undefined, NOW).M.ok).toBe(
      false,
    );
  });

  it('T: the deadline must not be in the past', () => {
    const r = checkSmart({ ...draft, start: '2026-01-01', deadline: '2026-02-14' }, undefined, NOW);
    expect(r.T.ok).toBe(false);
    expect(r.T.reason.code).toBe('deadline-passed');
    expect(words(r.T, 'ko')).toMatch(/마감일이 이미 지났습니다/);
  });

  it('A: compares the required pace with the best two weeks in the history', () => {
    // Grew 10 a day for two months, with one faster fortnight at ~12 a day.
    const history = daily(
      '2025-12-01',
      '2026-02-14',
      (i) => 200 + 10 * i + (i > 30 && i < 45 ? 2 * (i - 30) : i >= 45 ? 28 : 0),
      { metric },
    );
    const at = (target: number) =>
      checkSmart({ ...draft, target: { value: target } }, history, NOW).A;
    expect(at(2000)).toMatchObject({ ok: true, level: 'ok' }); // 14.3 a day vs 12: ×1.2
    expect(at(3000)).toMatchObject({ ok: true, level: 'stretch' }); // 28.6 a day: ×2.4
    expect(at(6000)).toMatchObject({ ok: false, level: 'unachievable' }); // 71 a day: ×6
    // Figures of ten or more in whole numbers, the ratio to one decimal, in both languages.
    expect(words(at(3000), 'ko')).toBe(
      '도전적인 목표입니다. 지금까지 가장 좋았던 2주 속도의 2.4배(하루 29 대 12)가 필요합니다.',
    );
    expect(words(at(6000), 'en')).toBe(
      'Out of reach at the pace seen so far: it needs 6.0× the best two-week pace (71 vs 12 a day). Lower the target or allow more time.',
    );
    expect(words(at(2000), 'en')).toBe(
      'Needs about 14 a day; the best two weeks so far managed 12 a day.',
    );
    // Other metrics in the history are ignored; a falling history cannot support a rise.
    const other = daily('2025-12-01', '2026-02-14', (i) => 1000 * i, {
      metric: { ...metric, key: 'x' },
    });
    expect(checkSmart(draft, other, NOW).A.ok).toBe('unknown');
    const falling = daily('2025-12-01', '2026-02-14', (i) => 5000 - i, { metric });
    expect(checkSmart(draft, falling, NOW).A).toMatchObject({ ok: false, level: 'unachievable' });
  });
});

describe('templates', () => {
  it('include the three article cases', () => {
    const ids = TEMPLATES.map((t) => t.id);
    expect(ids).toEqual(
      expect.arrayContaining(['quarterly-sales-yoy', 'social-growth', 'market-share-launch']),
    );
    const sales = TEMPLATES.find((t) => t.id === 'quarterly-sales-yoy')!.draft({
      start: '2026-02-15',
    });
    expect(sales).toEqual([
      expect.objectContaining({
        accumulation: 'period-total',
        target: { changePercent: 30 },
        start: '2026-01-01',
        deadline: '2026-03-31',
        baseline: { value: undefined, date: '2025-01-01' },
      }),
    ]);
    const social = TEMPLATES.find((t) => t.id === 'social-growth')!.draft({
      start: '2026-02-15',
      locale: 'ko',
    });
    expect(social.map((d) => d.target)).toEqual([{ changePercent: 50 }, { changePercent: 20 }]);
    expect(social[0]!.deadline).toBe('2026-08-14');
    expect(social[1]!.title).toBe('6개월 안에 고객 참여율 20% 높이기');
    const share = TEMPLATES.find((t) => t.id === 'market-share-launch')!.draft({
      start: '2026-02-15',
    });
    expect(share[0]).toMatchObject({
      accumulation: 'level',
      target: { value: 15 },
      deadline: '2026-05-14',
    });
  });

  it.each(TEMPLATES.map((t) => [t.id, t] as const))(
    '%s passes the SMART check once the blanks are filled',
    (_, t) => {
      for (const locale of ['en', 'ko'] as const) {
        const blank = t.draft({ start: '2026-02-15', locale });
        for (const d of blank) expect(smartPasses(checkSmart(d, undefined, NOW))).toBe(false);
        const filled = t.draft({
          start: '2026-02-15',
          locale,
          bindings: t.slots.map((_, i) => ({
            metric: { source: 'custom', scope: 'shop', key: `m${i}` },
            baseline: 5,
          })),
        });
        expect(filled).toHaveLength(t.slots.length);
        for (const d of filled) {
          const r = checkSmart(d, undefined, new Date(`${d.start}T00:00:00Z`));
          expect(r, JSON.stringify(r)).toSatisfy(smartPasses);
          expect(Goal.safeParse(d).success).toBe(true);
        }
      }
    },
  );
});
