/**
 * The toolbar badge rule: the number of off-track goals (red), else of at-risk goals (amber),
 * else nothing. The title names the goals behind the number.
 */
import { badgeGroup } from '../goals/status';
import type { Translate } from '../i18n';
import type { GoalView } from '../messaging/schemas';

export interface Badge {
  text: string;
  color: string;
  title: string;
}

/** `t` speaks the user's language (the setting, else the browser's), as the pages do. */
export function badgeFor(views: GoalView[], t: Translate): Badge {
  const appName = t('extName');
  const off = views.filter((v) => badgeGroup(v.evaluation.status) === 'off');
  const risk = views.filter((v) => badgeGroup(v.evaluation.status) === 'risk');
  const behind = off.length ? off : risk;
  if (!behind.length) return { text: '', color: '#1f6f5c', title: appName };
  const count = t(off.length ? 'badgeOffTrack' : 'badgeAtRisk', behind.length);
  return {
    text: String(behind.length),
    color: off.length ? '#c0392b' : '#b7791f',
    title: `${appName} — ${count}:\n${behind.map((v) => `• ${v.goal.title}`).join('\n')}`,
  };
}
