import { useEffect, useRef, useState } from 'preact/hooks';
import { isManual } from '../../lib/checkins';
import { send } from '../../lib/messaging/client';
import { MAX_MOVER_GOALS } from '../../lib/messaging/protocol';
import type { GoalView } from '../../lib/messaging/schemas';
import type { MoversResult } from '../../lib/review/schema';
import { wantsWhatMoved } from '../../lib/review/slipped';

/**
 * "What moved" for the cards on screen that ask for it (a goal that slipped or shows an unusual
 * change), in ONE `movers.get` for them all; asked again when their statuses or readings change.
 * Results stay on screen while new ones load.
 */
export function useMovers(views: readonly GoalView[] | undefined): Record<string, MoversResult> {
  const [byGoal, setByGoal] = useState<Record<string, MoversResult>>({});
  const stamp = useRef(0);
  // A figure entered by hand has no dashboard, so no breakdowns to explain it.
  const asked = (views ?? [])
    .filter((v) => !isManual(v.goal.metric) && wantsWhatMoved(v.evaluation))
    .slice(0, MAX_MOVER_GOALS);
  const signature = asked
    .map(
      (v) =>
        `${v.goal.id}:${v.evaluation.status}:${v.evaluation.currentDate}:${v.evaluation.current}`,
    )
    .join('|');
  useEffect(() => {
    const mine = ++stamp.current;
    if (asked.length === 0) return setByGoal({});
    void send('movers.get', { goalIds: asked.map((v) => v.goal.id) }).then((r) => {
      if (mine === stamp.current && r) setByGoal(r.movers);
    });
  }, [signature]);
  return byGoal;
}
