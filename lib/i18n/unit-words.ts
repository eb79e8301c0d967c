import type { Unit } from '../goals/schema';
import type { MessageKey } from './index';

/** The word for each unit a goal's figure can be in ("percent", "an amount of money"…). */
export const UNIT_WORD: Record<Unit, MessageKey> = {
  count: 'unitCount',
  percent: 'unitPercent',
  currency: 'unitCurrency',
  duration: 'unitDuration',
  ratio: 'unitRatio',
  bytes: 'unitBytes',
};
