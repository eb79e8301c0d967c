import { useCallback, useEffect, useState } from 'preact/hooks';
import { checkinBounds, isCheckin } from '../../lib/checkins';
import type { Goal, Reading } from '../../lib/goals/schema';
import { send } from '../../lib/messaging/client';
import { onBroadcast } from '../../lib/messaging/listen';

/**
 * A goal's check-ins, newest first, from the earliest day one may be on; reloaded whenever the
 * background says goals changed (a save or delete here or on another Pacer page). Null while
 * loading or when the background cannot be reached.
 */
export function useCheckins(goal: Goal, today: string) {
  const [list, setList] = useState<Reading[] | null>(null);
  const { source, scope, key } = goal.metric;
  const from = `${checkinBounds(goal, today).min}T00:00:00.000Z`;
  const load = useCallback(() => {
    void send('readings.get', { metric: { source, scope, key }, from }).then((r) => {
      if (r) setList(r.readings.filter(isCheckin).reverse());
    });
  }, [source, scope, key, from]);
  useEffect(() => {
    load();
    return onBroadcast({ 'goals.changed': load });
  }, [load]);
  return { list, reload: load };
}
