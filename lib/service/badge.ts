/**
 * The toolbar badge rule: the number of open off-track goals (red), else of open at-risk goals
 * (amber), else nothing; closed goals never count (lib/goals/open.ts). The title names the goals
 * behind the number, and says when a review is due (issue 13).
 */
import { openOnly } from '../goals/open';
import { badgeGroup } from '../goals/status';
import type { Translate } from '../i18n';
import type { GoalView } from '../messaging/schemas';

export interface Badge {
  text: string;
  color: string;
  title: string;
}

/**
 * `t` speaks the user's language (the setting, else the browser's), as the pages do. `reviewDue`:
 * a review is due (lib/review/due.ts); the title's last line says so. The number stays the
 * goals' alone: a due review is a reminder, not a goal behind.
 */
export function badgeFor(views: GoalView[], t: Translate, reviewDue = false): Badge {
  const appName = t('extName');
  const open = openOnly(views);
  const off = open.filter((v) => badgeGroup(v.evaluation.status) === 'off');
  const risk = open.filter((v) => badgeGroup(v.evaluation.status) === 'risk');
  const behind = off.length ? off : risk;
  const review = reviewDue ? `\n${t('badgeReviewDue')}` : '';
  if (!behind.length) return { text: '', color: '#1f6f5c', title: `${appName}${review}` };
  const count = t(off.length ? 'badgeOffTrack' : 'badgeAtRisk', behind.length);
  return {
    text: String(behind.length),
    color: off.length ? '#c0392b' : '#b7791f',
    title: `${appName} — ${count}:\n${behind.map((v) => `• ${v.goal.title}`).join('\n')}${review}`,
  };
}
