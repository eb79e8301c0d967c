import { useState } from 'preact/hooks';
import { metricId } from '../lib/goals/schema';
import type { PageFigure, PageRead } from '../lib/messaging/schemas';
import { formatDate } from '../lib/i18n/format';
import { BreakdownList } from './BreakdownList';
import { useI18n } from './i18n';

interface Props {
  read: PageRead;
  /** Metric ids that already have a goal: their figures get no "Track" button. */
  tracked?: ReadonlySet<string>;
  onTrack?: (figure: PageFigure) => void;
}

/** Rows of a listing shown before "Show all N" (a report's tables can hold dozens). */
export const GROUP_PREVIEW = 3;

/** Headline figures (no group) first, then each listing in the order the page has them. */
function byGroup(figures: readonly PageFigure[]): [string | null, PageFigure[]][] {
  const groups = new Map<string | null, PageFigure[]>([[null, []]]);
  for (const f of figures) {
    const g = f.group ?? null;
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g)!.push(f);
  }
  return [...groups].filter(([, fs]) => fs.length > 0);
}

/** The figures Pacer read on the page, as the dashboard showed them. Page text is only ever text. */
export function FigureList({ read, tracked, onTrack }: Props) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (g: string) =>
    setOpen((o) => {
      const next = new Set(o);
      if (!next.delete(g)) next.add(g);
      return next;
    });
  const item = (f: PageFigure) => {
    const id = metricId({ source: read.source, scope: read.scope, key: f.key });
    return (
      <li key={f.key} class="figure" data-metric={id} data-value={String(f.value)}>
        <span class="figure-label">{f.label}</span>
        <span class="figure-value">{f.text}</span>
        {onTrack &&
          (tracked?.has(id) ? (
            <span class="small muted">{t('figureTracked')}</span>
          ) : (
            <button
              type="button"
              class="link-button small"
              aria-label={t('figureTrackNamed', f.label)}
              onClick={() => onTrack(f)}
            >
              {t('figureTrack')}
            </button>
          ))}
      </li>
    );
  };
  return (
    <section aria-labelledby="figures-h">
      <h2 id="figures-h">{t('panelFiguresHeading')}</h2>
      <p class="muted small">
        {read.source} · {read.scope} ·{' '}
        {read.period
          ? t('panelPeriod', formatDate(read.period.start, lang), formatDate(read.period.end, lang))
          : t('panelPeriodUnknown')}
      </p>
      {read.view && (
        // What the figures cover (a filter, segment or realtime view): they are not the site's.
        <p class="small figure-view" data-view={read.view.id}>
          {t('panelFiltered', read.view.label)}
        </p>
      )}
      {byGroup(read.figures).map(([group, figures]) => {
        if (group === null) {
          return (
            <ul key="" class="figures">
              {figures.map(item)}
            </ul>
          );
        }
        const all = open.has(group) || figures.length <= GROUP_PREVIEW + 1;
        return (
          <div key={group} class="figure-group" data-group={group}>
            <h3 class="small muted">{group}</h3>
            <ul class="figures">{(all ? figures : figures.slice(0, GROUP_PREVIEW)).map(item)}</ul>
            {figures.length > GROUP_PREVIEW + 1 && (
              <button
                type="button"
                class="link-button small"
                aria-expanded={open.has(group)}
                onClick={() => toggle(group)}
              >
                {open.has(group)
                  ? t('figuresShowFewer')
                  : t('figuresShowAll', String(figures.length))}
              </button>
            )}
          </div>
        );
      })}
      <BreakdownList read={read} />
    </section>
  );
}
