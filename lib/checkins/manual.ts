/**
 * Metrics no dashboard shows (market share, offline sales, a survey score): the user checks their
 * values in by hand. Such a metric is `manual/<unit>/<key>`: the scope says which unit its values
 * are in, since there is no page to say it and a check-in of "15" must mean 15% on a share goal.
 */
import type { MetricRef, Unit } from '../goals/schema';

export const MANUAL_SOURCE = 'manual';

/** The units a manual metric can be kept in (lib/goals/schema `Unit`, in the order offered). */
export const MANUAL_UNITS: readonly Unit[] = ['count', 'percent', 'currency', 'duration', 'ratio'];

export const isManual = (m: { source: string }): boolean => m.source === MANUAL_SOURCE;

/** A metric followed by check-ins only; `key` is unique per goal (its id), `label` says what it is. */
export function manualMetric(key: string, unit: Unit, label?: string): MetricRef {
  return {
    source: MANUAL_SOURCE,
    scope: unit,
    key,
    ...(label && label.trim() ? { label: label.trim() } : {}),
  };
}

/** The unit a manual metric's scope names, or null for any other metric. */
export function manualUnit(m: { source: string; scope: string }): Unit | null {
  if (!isManual(m)) return null;
  return (MANUAL_UNITS as readonly string[]).includes(m.scope) || m.scope === 'bytes'
    ? (m.scope as Unit)
    : null;
}

/**
 * The unit a new check-in must fit: a manual metric's own unit (with the currency its check-ins
 * already use), else the unit of the metric's newest reading; null when nothing says yet.
 */
export function expectedUnit(
  m: { source: string; scope: string },
  latest: { unit: Unit; currency?: string | undefined } | null,
): { unit: Unit; currency?: string } | null {
  const own = manualUnit(m);
  if (own)
    return latest?.unit === own && latest.currency
      ? { unit: own, currency: latest.currency }
      : { unit: own };
  if (!latest) return null;
  return latest.currency ? { unit: latest.unit, currency: latest.currency } : { unit: latest.unit };
}
