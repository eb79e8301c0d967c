/** The toolbar button's badge, colour and title for a tab (or for every tab when none). */
import { browser } from 'wxt/browser';
import type { Translate } from '../i18n';
import { badgeFor } from './badge';

/** The toolbar button: `action` in MV3, `browserAction` in Firefox's MV2 build. */
function toolbarButton(): typeof browser.action {
  const api = browser as unknown as {
    action?: typeof browser.action;
    browserAction?: typeof browser.action;
  };
  return (api.action ?? api.browserAction)!;
}

export async function setBadge(
  tabId: number | undefined,
  views: Parameters<typeof badgeFor>[0],
  t: Translate,
  reviewDue = false,
): Promise<void> {
  const badge = badgeFor(views, t, reviewDue);
  const target = tabId === undefined ? {} : { tabId };
  await Promise.all([
    toolbarButton().setBadgeText({ ...target, text: badge.text }),
    toolbarButton().setBadgeBackgroundColor({ ...target, color: badge.color }),
    toolbarButton().setTitle({ ...target, title: badge.title }),
  ]).catch(() => {
    // The tab closed while we evaluated: nothing to update.
  });
}
