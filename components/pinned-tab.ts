/**
 * `?tabId=N` pins a Pacer page (side panel, popup) to tab N instead of the active tab: for a
 * detached panel, and for tests, which cannot open the real side panel or popup.
 */
export function pinnedTabId(search: string = location.search): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  return raw !== null && /^\d+$/.test(raw) ? Number(raw) : null;
}
