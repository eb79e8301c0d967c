import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../lib/service/worker';

// MV3 drops the events that wake a worker unless their listeners exist after its first turn:
// split over modules, the start must still register every one before it returns.
describe('the service worker start', () => {
  it('registers every listener synchronously', () => {
    const events = {
      'runtime.onMessage': fakeBrowser.runtime.onMessage,
      'runtime.onInstalled': fakeBrowser.runtime.onInstalled,
      'tabs.onActivated': fakeBrowser.tabs.onActivated,
      'tabs.onUpdated': fakeBrowser.tabs.onUpdated,
      'tabs.onRemoved': fakeBrowser.tabs.onRemoved,
      'contextMenus.onClicked': fakeBrowser.contextMenus.onClicked,
      'permissions.onAdded': fakeBrowser.permissions.onAdded,
      'permissions.onRemoved': fakeBrowser.permissions.onRemoved,
      'alarms.onAlarm': fakeBrowser.alarms.onAlarm,
      'storage.onChanged': fakeBrowser.storage.onChanged,
    };
    // Count registrations (the fake browser does not implement every event's listeners).
    const added = new Set<string>();
    for (const [name, event] of Object.entries(events))
      vi.spyOn(event, 'addListener').mockImplementation(() => void added.add(name));
    startBackground();
    expect(Object.keys(events).filter((name) => !added.has(name))).toEqual([]);
  });
});
