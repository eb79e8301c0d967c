import { browser } from 'wxt/browser';

/** Chrome's side panel or Firefox's sidebar; needs the user's gesture, so call it first. */
export function openPanelFor(tabId: number): Promise<void> {
  const api = browser as unknown as {
    sidePanel?: { open(o: { tabId: number }): Promise<void> };
    sidebarAction?: { open(): Promise<void> };
  };
  const opening = api.sidebarAction ? api.sidebarAction.open() : api.sidePanel?.open({ tabId });
  return (opening ?? Promise.resolve()).catch(() => {});
}
