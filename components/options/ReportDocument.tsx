import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Reading } from '../../lib/goals/schema';
import { send } from '../../lib/messaging/client';
import type { GoalView } from '../../lib/messaging/schemas';
import { chartData } from '../card/chart-data';
import { ReadingsChart } from '../card/ReadingsChart';
import { useI18n } from '../i18n';
import { StatusChip } from '../StatusChip';
import { boldParts, matchTitle, reportBlocks, type Block } from './report-blocks';

const Inline = ({ text }: { text: string }) => (
  <>{boldParts(text).map((p, i) => (p.bold ? <strong key={i}>{p.text}</strong> : p.text))}</>
);

/** The report as a printable document: its Markdown as elements, each goal with its chart. */
export function ReportDocument(p: { markdown: string; views: GoalView[] }) {
  const blocks = useMemo(() => reportBlocks(p.markdown), [p.markdown]);
  const goals = useMemo(() => p.views.map((v) => ({ title: v.goal.title, view: v })), [p.views]);
  return (
    <article class="report-doc">
      {blocks.map((b, i) => (
        <DocBlock
          key={i}
          block={b}
          view={b.kind === 'goal' ? matchTitle(b.title, goals)?.view : undefined}
        />
      ))}
    </article>
  );
}

function DocBlock({ block: b, view }: { block: Block; view?: GoalView | undefined }) {
  if (b.kind === 'title') return <h1>{b.text}</h1>;
  if (b.kind === 'heading') return <h2>{b.text}</h2>;
  if (b.kind === 'para')
    return (
      <p>
        <Inline text={b.text} />
      </p>
    );
  return (
    <section class="report-goal" data-goal-id={view?.goal.id} aria-label={b.title}>
      {/* The chip instead of the emoji: it prints in colour and with a symbol on any system. */}
      {b.status ? (
        <h3 class="report-goal-head">
          <StatusChip status={b.status} /> <span>{b.title}</span>
        </h3>
      ) : (
        <h3>{b.heading}</h3>
      )}
      <ul>
        {b.items.map((item, i) => (
          <li key={i}>
            <Inline text={item.text} />
            {item.children.length > 0 && (
              <ul>
                {item.children.map((c, j) => (
                  <li key={j}>
                    <Inline text={c} />
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {view && <GoalChart view={view} />}
    </section>
  );
}

function GoalChart({ view }: { view: GoalView }) {
  const { t, lang } = useI18n();
  const [readings, setReadings] = useState<Reading[] | null>(null);
  const { goal, evaluation } = view;
  useEffect(() => {
    const { source, scope, key } = goal.metric;
    void send('readings.get', { metric: { source, scope, key } }).then((r) =>
      setReadings(r?.readings ?? []),
    );
  }, [goal.id]);
  const data = useMemo(
    () => (readings?.length ? chartData(goal, readings, evaluation) : null),
    [readings, goal, evaluation],
  );
  if (!data) return null;
  const label = goal.metric.label ?? goal.metric.key;
  return (
    <figure class="report-chart">
      <ReadingsChart
        data={data}
        unit={view.unit ?? 'count'}
        currency={view.currency}
        lang={lang}
        label={t('chartLabel', readings!.length, label)}
      />
      <figcaption class="small muted">{t('reportChartCaption', label)}</figcaption>
    </figure>
  );
}
