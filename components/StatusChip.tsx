import type { GoalStatus } from '../lib/messaging/schemas';
import type { MessageKey } from '../lib/i18n';
import { useI18n } from './i18n';

// Text and a symbol, never colour alone (colour-blind users, grey-scale screenshots).
const LOOK: Record<GoalStatus, { icon: string; key: MessageKey }> = {
  'no-data': { icon: '○', key: 'statusNoData' },
  stale: { icon: '◌', key: 'statusStale' },
  early: { icon: '◔', key: 'statusEarly' },
  'on-track': { icon: '✓', key: 'statusOnTrack' },
  'at-risk': { icon: '!', key: 'statusAtRisk' },
  'off-track': { icon: '✕', key: 'statusOffTrack' },
  achieved: { icon: '★', key: 'statusAchieved' },
  missed: { icon: '✕', key: 'statusMissed' },
};

export function StatusChip({ status }: { status: GoalStatus }) {
  const { t } = useI18n();
  const look = LOOK[status];
  return (
    <span class={`chip chip-${status}`}>
      <span aria-hidden="true">{look.icon}</span> {t(look.key)}
    </span>
  );
}
