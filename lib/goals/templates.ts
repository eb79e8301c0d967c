/**
 * Ready-made goals: the three cases from the seed article (chapter 6) and a few common ones. A
 * template leaves the blanks only the user can fill: which dashboard figure to follow and where it
 * stands today.
 */
import { addDays, addMonths, monthStart, quarterStart } from './dates';
import type { Accumulation, Direction, MetricRef, Target, Unit } from './schema';
import type { GoalDraft } from './smart';
import type { Bilingual } from './types';

/** One goal a template produces: what to bind and how it moves. */
export interface TemplateSlot {
  label: Bilingual;
  unit: Unit;
  direction: Direction;
  accumulation: Accumulation;
  target: Target;
  title: Bilingual;
}

export interface TemplateParams {
  /** Any day in the first period (templates on calendar periods snap to its month or quarter). */
  start: string;
  locale?: 'en' | 'ko';
  /** Per slot, in order: the bound metric and the baseline value, once the user has them. */
  bindings?: ({ metric?: MetricRef; baseline?: number } | undefined)[];
}

export interface Template {
  id: string;
  title: Bilingual;
  objective: Bilingual;
  slots: TemplateSlot[];
  /** One draft per slot (the social-media case yields two goals under one objective). */
  draft(params: TemplateParams): GoalDraft[];
}

type Span = (start: string) => { start: string; deadline: string; baselineDate: string };

/** The calendar quarter containing `start`; the baseline is the same quarter a year earlier. */
const quarterOnLastYear: Span = (d) => {
  const start = quarterStart(d);
  return { start, deadline: addDays(addMonths(start, 3), -1), baselineDate: addMonths(start, -12) };
};
/** The calendar month containing `start`, against the month before. */
const monthOnLastMonth: Span = (d) => {
  const start = monthStart(d);
  return { start, deadline: addDays(addMonths(start, 1), -1), baselineDate: addMonths(start, -1) };
};
/** `months` from `start` (e.g. a launch date); the baseline is taken on the start day. */
const monthsFrom =
  (months: number): Span =>
  (start) => ({ start, deadline: addDays(addMonths(start, months), -1), baselineDate: start });

function define(
  id: string,
  title: Bilingual,
  objective: Bilingual,
  span: Span,
  slots: TemplateSlot[],
): Template {
  return {
    id,
    title,
    objective,
    slots,
    draft({ start: day, locale = 'en', bindings = [] }) {
      const { start, deadline, baselineDate } = span(day);
      return slots.map((slot, i) => {
        const b = bindings[i];
        return {
          id: `${id}-${i + 1}-${start}`,
          title: slot.title[locale],
          objective: objective[locale],
          // Unbound until the user picks a figure; the label tells them what to look for.
          metric: b?.metric ?? { source: '', scope: '', key: '', label: slot.label[locale] },
          direction: slot.direction,
          accumulation: slot.accumulation,
          baseline: { value: b?.baseline, date: baselineDate },
          target: slot.target,
          start,
          deadline,
          actions: [],
          notes: [],
          revisions: [],
        };
      });
    },
  };
}

const t = (en: string, ko: string): Bilingual => ({ en, ko });

export const TEMPLATES: Template[] = [
  define(
    'quarterly-sales-yoy',
    t('Quarterly online sales +30% on last year', '분기 온라인 매출 전년 대비 30% 증가'),
    t(
      'Grow online store revenue in a competitive market',
      '경쟁이 치열한 온라인 쇼핑몰 시장에서 매출을 키운다',
    ),
    quarterOnLastYear,
    [
      {
        label: t('Online sales this quarter', '이번 분기 온라인 매출'),
        unit: 'currency',
        direction: 'increase',
        accumulation: 'period-total',
        target: { changePercent: 30 },
        title: t(
          'Grow quarterly online sales 30% over the same quarter last year',
          '분기 온라인 매출을 작년 같은 분기보다 30% 늘리기',
        ),
      },
    ],
  ),
  define(
    'social-growth',
    t(
      'Followers +50% and engagement +20% in six months',
      '6개월 동안 팔로워 50%, 참여율 20% 높이기',
    ),
    t('Raise brand awareness through social media', '소셜 미디어로 브랜드 인지도를 높인다'),
    monthsFrom(6),
    [
      {
        label: t('Followers', '팔로워 수'),
        unit: 'count',
        direction: 'increase',
        accumulation: 'level',
        target: { changePercent: 50 },
        title: t('Grow followers by 50% in six months', '6개월 안에 팔로워 수 50% 늘리기'),
      },
      {
        label: t('Engagement rate', '고객 참여율'),
        unit: 'percent',
        direction: 'increase',
        accumulation: 'level',
        target: { changePercent: 20 },
        title: t(
          'Raise the engagement rate by 20% in six months',
          '6개월 안에 고객 참여율 20% 높이기',
        ),
      },
    ],
  ),
  define(
    'market-share-launch',
    t('15% market share within three months of launch', '출시 3개월 안에 시장 점유율 15%'),
    t('Expand market share with the new product', '신제품으로 시장 점유율을 넓힌다'),
    monthsFrom(3),
    [
      {
        label: t('Market share (%)', '시장 점유율(%)'),
        unit: 'percent',
        direction: 'increase',
        accumulation: 'level',
        // Percent figures are in percentage points (15 means 15%), as dashboards show them.
        target: { value: 15 },
        title: t(
          'Reach 15% market share within three months of launch',
          '출시 후 3개월 안에 시장 점유율 15% 달성',
        ),
      },
    ],
  ),
  define(
    'monthly-revenue',
    t('Monthly revenue +10% on last month', '월 매출 전월 대비 10% 증가'),
    t('Grow revenue steadily month over month', '매달 꾸준히 매출을 늘린다'),
    monthOnLastMonth,
    [
      {
        label: t('Revenue this month', '이번 달 매출'),
        unit: 'currency',
        direction: 'increase',
        accumulation: 'period-total',
        target: { changePercent: 10 },
        title: t(
          'Grow this month’s revenue 10% over last month',
          '이번 달 매출을 지난달보다 10% 늘리기',
        ),
      },
    ],
  ),
  define(
    'monthly-signups',
    t('Monthly sign-ups +20%', '월 가입자 20% 증가'),
    t('Bring more people into the product', '더 많은 사람이 제품을 쓰게 한다'),
    monthOnLastMonth,
    [
      {
        label: t('Sign-ups this month', '이번 달 가입자 수'),
        unit: 'count',
        direction: 'increase',
        accumulation: 'period-total',
        target: { changePercent: 20 },
        title: t('Get 20% more sign-ups than last month', '지난달보다 가입자 20% 더 모으기'),
      },
    ],
  ),
  define(
    'conversion-rate-up',
    t('Conversion rate +10% in a quarter', '한 분기 안에 전환율 10% 향상'),
    t('Turn more visitors into customers', '더 많은 방문자를 고객으로 전환한다'),
    monthsFrom(3),
    [
      {
        label: t('Conversion rate', '전환율'),
        unit: 'percent',
        direction: 'increase',
        accumulation: 'level',
        target: { changePercent: 10 },
        title: t(
          'Raise the conversion rate by 10% in three months',
          '3개월 안에 전환율 10% 높이기',
        ),
      },
    ],
  ),
  define(
    'bounce-rate-down',
    t('Bounce rate −10% in a quarter', '한 분기 안에 이탈률 10% 감소'),
    t('Keep visitors engaged past the first page', '방문자가 첫 페이지에서 떠나지 않게 한다'),
    monthsFrom(3),
    [
      {
        label: t('Bounce rate', '이탈률'),
        unit: 'percent',
        direction: 'decrease',
        accumulation: 'level',
        target: { changePercent: -10 },
        title: t('Cut the bounce rate by 10% in three months', '3개월 안에 이탈률 10% 줄이기'),
      },
    ],
  ),
  define(
    'organic-clicks-up',
    t('Organic search clicks +20% in a quarter', '한 분기 안에 검색 유입 클릭 20% 증가'),
    t('Be found by more people through search', '검색으로 더 많은 사람에게 발견된다'),
    monthsFrom(3),
    [
      {
        label: t('Clicks, last 28 days (Search Console)', '최근 28일 클릭수(서치 콘솔)'),
        unit: 'count',
        direction: 'increase',
        // A rolling 28-day total moves like a level: it has no period that starts with the goal.
        accumulation: 'level',
        target: { changePercent: 20 },
        title: t(
          'Grow organic search clicks by 20% in three months',
          '3개월 안에 검색 클릭수 20% 늘리기',
        ),
      },
    ],
  ),
  define(
    'churn-down',
    t('Churn −20% in six months', '6개월 안에 이탈(해지)률 20% 감소'),
    t('Keep the customers we already have', '이미 확보한 고객을 지킨다'),
    monthsFrom(6),
    [
      {
        label: t('Monthly churn rate', '월간 해지율'),
        unit: 'percent',
        direction: 'decrease',
        accumulation: 'level',
        target: { changePercent: -20 },
        title: t('Reduce monthly churn by 20% in six months', '6개월 안에 월간 해지율 20% 줄이기'),
      },
    ],
  ),
];

export const templateById = (id: string): Template | undefined =>
  TEMPLATES.find((x) => x.id === id);
