/** Filling the form from one of the article's templates (lib/goals TEMPLATES). */
import { manualMetric } from '../../lib/checkins';
import { TEMPLATES } from '../../lib/goals';
import type { Lang } from '../../lib/i18n';
import { newForm, parseAmount, type GoalForm } from './form';

/** One choice per template slot: the social-media case yields two goals under one objective. */
export const templateChoices = (lang: Lang) =>
  TEMPLATES.flatMap((tpl) =>
    tpl.slots.map((slot, i) => ({
      value: `${tpl.id}#${i}`,
      label: tpl.slots.length > 1 ? `${tpl.title[lang]} — ${slot.label[lang]}` : tpl.title[lang],
    })),
  );

export function applyTemplate(f: GoalForm, choice: string, lang: Lang, today: string): GoalForm {
  const [id, index] = choice.split('#');
  const tpl = TEMPLATES.find((x) => x.id === id);
  const slot = Number(index);
  if (!tpl || !tpl.slots[slot]) return f;
  const bound = !!f.metric.source && !!f.metric.key;
  const baseline = parseAmount(f.baselineValue, lang);
  const bindings = tpl.slots.map((_, i) =>
    i === slot && bound
      ? { metric: f.metric, ...(baseline === null ? {} : { baseline }) }
      : undefined,
  );
  const d = tpl.draft({ start: today, locale: lang, bindings })[slot]!;
  const target = d.target ?? {};
  return {
    ...f,
    title: d.title ?? f.title,
    objective: d.objective ?? f.objective,
    // A bound figure stays bound; otherwise the template's label says which figure to pick.
    metric: bound ? f.metric : { ...f.metric, label: d.metric?.label ?? f.metric.label },
    direction: d.direction ?? f.direction,
    accumulation: d.accumulation ?? f.accumulation,
    baselineDate: d.baseline?.date ?? f.baselineDate,
    targetMode: target.changePercent !== undefined ? 'percent' : 'value',
    targetValue: String(target.changePercent ?? target.value ?? ''),
    start: d.start ?? f.start,
    deadline: d.deadline ?? f.deadline,
  };
}

/**
 * A new goal from a template slot, on a metric entered by hand in the slot's unit: the way to
 * follow a KPI no dashboard shows (the article's market share), with check-ins only. The user can
 * still pick a dashboard figure instead before saving.
 */
export function manualTemplateForm(
  t: { id: string; slot: number },
  lang: Lang,
  today: string,
): GoalForm {
  const tpl = TEMPLATES.find((x) => x.id === t.id);
  const slot = tpl?.slots[t.slot];
  const blank = newForm({ today });
  if (!tpl || !slot) return blank;
  const f = applyTemplate(blank, `${tpl.id}#${t.slot}`, lang, today);
  const metric = manualMetric(f.id, slot.unit, slot.label[lang]);
  return { ...f, metric: { ...metric, label: metric.label ?? '' } };
}
