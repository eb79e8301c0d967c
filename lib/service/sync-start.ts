/**
 * Goal definitions in the browser's sync storage, when the user turned it on. Created as the
 * worker starts: its storage.onChanged listener must be registered in the worker's first turn.
 */
import { broadcast } from '../messaging/client';
import { deleteGoal, getSettings, listGoals, putGoal } from '../store';
import { browserGoalSync } from '../sync/browser';
import type { GoalSync } from '../sync/types';
import type { ServiceDeps } from './deps';
import { refreshAll } from './evaluation';

export function startSync(deps: ServiceDeps): GoalSync {
  return browserGoalSync({
    enabled: async () => (await getSettings(await deps.db())).syncGoals,
    loadLocal: async () => (await listGoals(await deps.db())).goals,
    applyRemote: async (goals, deletedIds) => {
      const d = await deps.db();
      for (const g of goals) await putGoal(d, g);
      for (const id of deletedIds) await deleteGoal(d, id);
      await refreshAll(deps);
    },
    onStatus: (status) => void broadcast('sync.status', status),
  });
}
