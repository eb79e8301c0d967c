/** Message names the content script needs, apart from the protocol table (which pulls in zod). */
export const PICK_REQUEST = 'locator.pick';
/** From the background to a tab's content script: the site's tracked figures changed. */
export const TRACKERS_CHANGED = 'trackers.changed';
/** From the background to a tab's content script: let the user click the number to track. */
export const PICK_MODE = 'locator.pickMode';
