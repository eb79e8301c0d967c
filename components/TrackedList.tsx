import { metricId } from '../lib/goals/schema';
import type { MessageKey } from '../lib/i18n';
import type { PageView, TrackedView } from '../lib/messaging/schemas';
import { useI18n } from './i18n';

const FAILURE: Record<string, MessageKey> = {
  'not-found': 'trackNotFound',
  'not-a-figure': 'trackNotFound',
  ambiguous: 'trackAmbiguous',
  'unit-changed': 'trackUnitChanged',
};

const PICK_ERROR: Record<NonNullable<PageView['pickError']>, MessageKey> = {
  'no-figure': 'pickErrorNoFigure',
  frame: 'pickErrorFrame',
  'no-script': 'pickErrorNoScript',
};

/**
 * The numbers the user pointed at on this site: found (with their value now), or why not — never
 * a value read from the wrong element. Each can be pointed at again or removed.
 */
export function TrackedList(props: {
  tracked: TrackedView[];
  pickError: PageView['pickError'];
  canPick: boolean;
  onPick: () => void;
  onRemove: (trackerId: string) => void;
  /** Rendered next to a found figure, e.g. its "Track <label>" goal button. */
  action?: (t: TrackedView) => preact.ComponentChildren;
}) {
  const { t } = useI18n();
  if (!props.canPick && props.tracked.length === 0) return null;
  const remove = (item: TrackedView) => (
    <button type="button" class="link-button small" onClick={() => props.onRemove(item.trackerId)}>
      {t('trackRemove', item.label)}
    </button>
  );
  return (
    <section class="stack" aria-labelledby="tracked-h">
      <h2 id="tracked-h">{t('trackedHeading')}</h2>
      {props.pickError && (
        <p class="notice" role="alert">
          {t(PICK_ERROR[props.pickError])}
        </p>
      )}
      {props.tracked.length > 0 && (
        <ul class="figures">
          {props.tracked.map((item) =>
            item.result.ok ? (
              <li
                key={item.trackerId}
                class="figure"
                data-metric={metricId(item.metric)}
                data-value={String(item.result.figure.value)}
              >
                <span class="figure-label">{item.label}</span>
                <span class="figure-value">{item.result.figure.text}</span>
                {props.action?.(item)}
                {remove(item)}
              </li>
            ) : (
              <li
                key={item.trackerId}
                class="figure missing"
                data-metric={metricId(item.metric)}
                data-missing={item.result.reason}
              >
                <span class="figure-label">{item.label}</span>
                <span class="small" role="status">
                  {t(FAILURE[item.result.reason] ?? 'trackNotFound', item.label)}
                </span>
                {remove(item)}
              </li>
            ),
          )}
        </ul>
      )}
      {props.canPick && (
        <div>
          <button type="button" onClick={props.onPick}>
            {t('trackPoint')}
          </button>
          <p class="muted small">{t('trackPointHint')}</p>
        </div>
      )}
    </section>
  );
}
