import type { Closure } from '../lib/goals/schema';
import type { GoalStatus } from '../lib/messaging/schemas';
import { STATUS_KEY } from '../lib/i18n/status-words';
import { useI18n } from './i18n';
import { closedText } from './review/review-text';

// Text and a symbol, never colour alone (colour-blind users, grey-scale screenshots).
const ICON: Record<GoalStatus, string> = {
  'no-data': '○',
  stale: '◌',
  early: '◔',
  'on-track': '✓',
  'at-risk': '!',
  'off-track': '✕',
  achieved: '★',
  missed: '✕',
};

export function StatusChip({ status }: { status: GoalStatus }) {
  const { t } = useI18n();
  return (
    <span class={`chip chip-${status}`}>
      <span aria-hidden="true">{ICON[status]}</span> {t(STATUS_KEY[status])}
    </span>
  );
}

/** A goal closed at a review (issue 13): how it ended, in place of a pace status. */
export function ClosedChip({ closed, today }: { closed: Closure; today: string }) {
  const { t, lang } = useI18n();
  return (
    <span class={`chip chip-closed chip-${closed.outcome}`}>
      {closedText(t, lang, today, closed)}
    </span>
  );
}
