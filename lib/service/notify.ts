/**
 * Desktop notifications for goal changes. Off unless the user turned them on (a setting) and
 * granted the optional `notifications` permission; each alert arrives here once (status-changes.ts
 * does the de-duplication), and clicking one opens that goal in the options page.
 */
import { browser } from 'wxt/browser';
import { isVerdict } from '../goals/status';
import { resolveLang, translator, type Translate } from '../i18n';
import { formatDate } from '../i18n/format';
import { STATUS_KEY } from '../i18n/status-words';
import type { Settings } from '../store/settings';
import type { Alert } from './status-changes';

const PREFIX = 'pacer-goal:';
/** A due review's notification (issue 13); clicking it opens the review. */
const REVIEW_PREFIX = 'pacer-review:';

function text(alert: Alert, t: Translate, lang: 'en' | 'ko'): { title: string; message: string } {
  switch (alert.kind) {
    case 'worse':
      // From "no data" or "too early" to at risk is the first judgement, not a slip.
      if (!isVerdict(alert.from))
        return {
          title: t('notifyFirstVerdictTitle', alert.title),
          message: t('notifyFirstVerdictBody', t(STATUS_KEY[alert.to])),
        };
      return {
        title: t('notifyWorseTitle', alert.title),
        message: t('notifyWorseBody', t(STATUS_KEY[alert.to]), t(STATUS_KEY[alert.from])),
      };
    case 'achieved':
      return { title: t('notifyAchievedTitle', alert.title), message: t('notifyAchievedBody') };
    case 'anomaly':
      return {
        title: t('notifyAnomalyTitle', alert.title),
        message: t('notifyAnomalyBody', formatDate(alert.date, lang)),
      };
  }
}

export async function notify(alerts: Alert[], settings: Settings): Promise<number> {
  if (!settings.notifications) return 0;
  const api = (browser as unknown as { notifications?: typeof browser.notifications })
    .notifications;
  if (!api) return 0; // permission not granted (the API is absent without it)
  const lang = resolveLang(settings.language, browser.i18n.getUILanguage());
  const t = translator(lang);
  let sent = 0;
  for (const alert of alerts) {
    const { title, message } = text(alert, t, lang);
    // A fresh id each time: the same goal can slip again next month and should say so.
    const id = `${PREFIX}${alert.goalId}:${Date.now()}:${sent}`;
    await api
      .create(id, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icons/128.png'),
        title,
        message,
      })
      .then(() => sent++)
      .catch(() => {});
  }
  return sent;
}

/**
 * A review is due (lib/service/review-due.ts `remindReview` calls this once per due review), under
 * the same opt-in as goal alerts. True when a notification was shown.
 */
export async function notifyReviewDue(dueSince: string, settings: Settings): Promise<boolean> {
  if (!settings.notifications) return false;
  const api = (browser as unknown as { notifications?: typeof browser.notifications })
    .notifications;
  if (!api) return false;
  const lang = resolveLang(settings.language, browser.i18n.getUILanguage());
  const t = translator(lang);
  return api
    .create(`${REVIEW_PREFIX}${dueSince}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icons/128.png'),
      title: t('notifyReviewDueTitle'),
      message: t('notifyReviewDueBody', formatDate(dueSince, lang)),
    })
    .then(
      () => true,
      () => false,
    );
}

/** Clicking a notification opens its goal (or the due review) in the options page. */
export function listenForClicks(): void {
  const api = (browser as unknown as { notifications?: typeof browser.notifications })
    .notifications;
  if (!api || api.onClicked.hasListener(onClicked)) return;
  api.onClicked.addListener(onClicked);
}

function onClicked(id: string): void {
  if (id.startsWith(REVIEW_PREFIX)) {
    void browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}#review` });
    void clear(id);
    return;
  }
  if (!id.startsWith(PREFIX)) return;
  const goalId = id.slice(PREFIX.length).split(':')[0] ?? '';
  void browser.tabs.create({
    url: `${browser.runtime.getURL('/options.html')}#goal=${encodeURIComponent(goalId)}`,
  });
  void clear(id);
}

function clear(id: string): Promise<unknown> | undefined {
  const api = (browser as unknown as { notifications?: typeof browser.notifications })
    .notifications;
  return api?.clear(id);
}
