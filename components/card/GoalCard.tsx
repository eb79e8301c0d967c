import { useMemo, useRef, useState } from 'preact/hooks';
import type { Reading } from '../../lib/goals/schema';
import { formatDay, formatValue } from '../../lib/i18n/format';
import type { GoalView } from '../../lib/messaging/schemas';
import type { MoversResult } from '../../lib/review/schema';
import { useI18n } from '../i18n';
import { CheckinPanel } from '../checkin/CheckinPanel';
import { EditButton } from '../EditButton';
import { ClosedChip, StatusChip } from '../StatusChip';
import { chartData } from './chart-data';
import {
  changeText,
  excludedTexts,
  inSentence,
  labelOf,
  overdueActions,
  projectionText,
  requiredText,
} from './goal-text';
import { ProgressBar } from './ProgressBar';
import { reasonText } from './reason-text';
import { CHART_HEIGHT, ReadingsChart } from './ReadingsChart';
import { WhatMoved } from './WhatMoved';

interface Props {
  view: GoalView;
  /** Today as `YYYY-MM-DD` (UTC, as the engine counts): overdue actions and short dates. */
  today: string;
  /** The metric's readings for the chart; undefined while loading, absent for compact cards. */
  readings?: Reading[] | undefined;
  /** Show the chart (page goals); other goals stay compact. */
  chart?: boolean;
  onEdit?: (view: GoalView) => void;
  /** Offer "Check in": a value entered by hand, in a form that opens inside the card. */
  checkIn?: boolean;
  /** "What moved" for a goal that slipped or shows an unusual change (useMovers); absent: none. */
  movers?: MoversResult | undefined;
}

/** One goal: status, progress against pace, what it takes, where it leads, what needs doing. */
export function GoalCard({ view, today, readings, chart = false, onEdit, checkIn, movers }: Props) {
  const { t, lang } = useI18n();
  const [checkingIn, setCheckingIn] = useState(false);
  const checkInButton = useRef<HTMLButtonElement>(null);
  const { goal, evaluation: e } = view;
  if (goal.closed) return <ClosedCard view={view} today={today} onEdit={onEdit} />;
  const fmt = (v: number) => formatValue(v, view.unit ?? 'count', lang, view.currency);
  const data = useMemo(() => (readings ? chartData(goal, readings, e) : null), [readings, goal, e]);
  const change = changeText(view, t);
  const reason = reasonText(view, t, lang, today);
  const overdue = overdueActions(goal.actions, today);
  const lines = [
    requiredText(view, t, lang, today),
    projectionText(view, t, lang, today),
    e.heldSince ? t('cardHeldSince', formatDay(e.heldSince, lang, today)) : null,
  ].filter((x): x is string => !!x);
  return (
    <article
      class="card goal-card"
      data-goal-id={goal.id}
      data-status={e.status}
      aria-label={goal.title}
    >
      <header class="card-head">
        <h3 class="card-title">{goal.title}</h3>
        <StatusChip status={e.status} />
      </header>
      {change && <p class="card-line small change">{change}</p>}
      <ProgressBar evaluation={e} />
      {reason && (
        <p class="card-line small reason" data-reason={e.reason?.rule} title={t('reasonLabel')}>
          {reason}
        </p>
      )}
      <p class="card-line">
        {e.current !== null && e.target !== null
          ? t('cardCurrentOfTarget', fmt(e.current), fmt(e.target))
          : t('cardNoReadingYet')}
        <span class="muted"> · {t('cardDeadline', formatDay(goal.deadline, lang, today))}</span>
      </p>
      {lines.map((line) => (
        <p class="card-line muted" key={line}>
          {line}
        </p>
      ))}
      {chart &&
        (data ? (
          <ReadingsChart
            data={data}
            unit={view.unit ?? 'count'}
            currency={view.currency}
            lang={lang}
            label={
              t('chartLabel', readings?.length ?? 0, goal.metric.label ?? goal.metric.key) +
              (data.checkins ? ` ${t('chartLabelCheckins', data.checkins)}` : '')
            }
          />
        ) : (
          <div class="chart" style={{ height: `${CHART_HEIGHT}px` }} aria-hidden="true" />
        ))}
      {chart && (
        <ChartKey
          anomalies={e.anomalies.length > 0}
          hasPace={!!data?.hasPace}
          checkins={(data?.checkins ?? 0) > 0}
        />
      )}
      {e.anomalies.map((a) => (
        <p class="card-line small anomaly" key={a.date}>
          <span aria-hidden="true">⚡ </span>
          {t('cardAnomaly', formatDay(a.date, lang, today), fmt(a.value))}
        </p>
      ))}
      {movers && (
        <WhatMoved result={movers} metric={inSentence(labelOf(view), lang)} today={today} />
      )}
      {overdue.length > 0 && (
        <ul class="overdue small" aria-label={t('cardOverdueHeading')}>
          {overdue.map((a) => (
            <li key={a.id}>
              <span aria-hidden="true">◷ </span>
              {t('cardOverdue', a.title, formatDay(a.due!, lang, today))}
              {a.owner ? ` · ${a.owner}` : ''}
            </li>
          ))}
        </ul>
      )}
      {excludedTexts(view, t).map((text) => (
        <p class="card-line small muted" key={text}>
          {text}
        </p>
      ))}
      {(onEdit || checkIn) && (
        <div class="row-buttons">
          {onEdit && <EditButton view={view} onEdit={onEdit} />}
          {checkIn && (
            <button
              type="button"
              ref={checkInButton}
              aria-expanded={checkingIn}
              aria-label={t('checkinButtonNamed', goal.title)}
              onClick={() => setCheckingIn(!checkingIn)}
            >
              {t('checkinButton')}
            </button>
          )}
        </div>
      )}
      {checkIn && checkingIn && (
        <CheckinPanel
          view={view}
          today={today}
          onClose={() => {
            setCheckingIn(false);
            // Back to the button that opened it, not to the top of the page.
            checkInButton.current?.focus();
          }}
        />
      )}
    </article>
  );
}

/**
 * A goal closed at a review (issue 13): how it ended and its lesson, no pace — it no longer asks
 * for anything, and a verdict on it would read as a warning it is not.
 */
function ClosedCard({ view, today, onEdit }: Pick<Props, 'view' | 'today' | 'onEdit'>) {
  const { t } = useI18n();
  const { goal } = view;
  const closed = goal.closed!;
  return (
    <article
      class="card goal-card closed"
      data-goal-id={goal.id}
      data-status={view.evaluation.status}
      data-closed={closed.outcome}
      aria-label={goal.title}
    >
      <header class="card-head">
        <h3 class="card-title">{goal.title}</h3>
        <ClosedChip closed={closed} today={today} />
      </header>
      {closed.lesson && <p class="card-line small">{t('cardLesson', closed.lesson)}</p>}
      {onEdit && (
        <div class="row-buttons">
          <EditButton view={view} onEdit={onEdit} />
        </div>
      )}
    </article>
  );
}

/** The chart's legend in words, since the lines differ by dash as well as colour. */
function ChartKey(p: { anomalies: boolean; hasPace: boolean; checkins: boolean }) {
  const { t } = useI18n();
  return (
    <p class="chart-key small muted" aria-hidden="true">
      <span class="key-readings">{t('chartReadings')}</span>
      {p.hasPace && <span class="key-pace">{t('chartPace')}</span>}
      <span class="key-target">{t('chartTarget')}</span>
      {p.checkins && <span class="key-checkin">{t('chartCheckin')}</span>}
      {p.anomalies && <span class="key-anomaly">{t('chartAnomaly')}</span>}
    </p>
  );
}
