import { browser } from 'wxt/browser';

/**
 * Open the side panel (Chrome) or sidebar (Firefox) for the current window. Must run inside a
 * user gesture, e.g. a click in the popup.
 */
export async function openPanel(): Promise<boolean> {
  const api = browser as unknown as {
    sidePanel?: { open(o: { windowId: number }): Promise<void> };
    sidebarAction?: { open(): Promise<void> };
  };
  try {
    if (api.sidebarAction) {
      await api.sidebarAction.open();
      return true;
    }
    const win = await browser.windows.getCurrent();
    if (api.sidePanel && win.id !== undefined) {
      await api.sidePanel.open({ windowId: win.id });
      return true;
    }
  } catch {
    // No gesture or no panel support: the caller keeps the popup open with its own list.
  }
  return false;
}
