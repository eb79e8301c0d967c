import type { PageRead } from '../lib/messaging/schemas';
import { formatValue } from '../lib/i18n/format';
import type { FigureUnit } from '../lib/parse/types';
import type { BreakdownRow } from '../lib/readers/breakdown';
import { dimensionText } from './card/movers-text';
import { useI18n } from './i18n';

/** Units whose rows a dashboard abbreviates ("4.6k"): their precision is a range worth saying. */
const ROUNDED: ReadonlySet<FigureUnit> = new Set<FigureUnit>(['count', 'currency', 'bytes']);

/**
 * The breakdown tables Pacer read on the page (issue 13), folded away: evidence for "What
 * moved", never goals, so they are not in the figure list — but the user can see, and check
 * against the dashboard, exactly what was kept. Page text is only ever text.
 */
export function BreakdownList({ read }: { read: PageRead }) {
  const { t, lang } = useI18n();
  const tables = read.breakdowns ?? [];
  if (!tables.length) return null;
  // A rounded row ("4.6k" floored) shows the range it stands for, not a made-up middle.
  const fmt = (v: number, unit: FigureUnit, currency?: string) =>
    formatValue(v, unit, lang, currency);
  const labelOf = (key: string) => read.figures.find((f) => f.key === key)?.label ?? key;
  return (
    <details class="breakdowns small">
      <summary>{t('breakdownsSummary', String(tables.length))}</summary>
      <p class="muted">{read.period ? t('breakdownsHint') : t('breakdownsNoPeriod')}</p>
      {tables.map((b) => {
        const shown = (r: BreakdownRow) =>
          ROUNDED.has(b.unit) && r.precision > 0.5
            ? `${fmt(r.value - r.precision, b.unit, b.currency)}–${fmt(r.value + r.precision, b.unit, b.currency)}`
            : fmt(r.value, b.unit, b.currency);
        return (
          <div key={`${b.dimension}|${b.key}`} class="breakdown" data-dimension={b.dimension}>
            <h3 class="small muted">
              {dimensionText(b.dimension, t)} · {labelOf(b.key)}
            </h3>
            <ul class="breakdown-rows">
              {b.rows.map((r) => (
                <li key={r.label} class="breakdown-row" data-value={String(r.value)}>
                  <span class="breakdown-label">{r.label}</span>
                  <span class="breakdown-value">{shown(r)}</span>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </details>
  );
}
