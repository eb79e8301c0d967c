/**
 * `content.part`: only a content script in a dashboard tab's top frame may have a part injected,
 * into its own tab, and only a part the protocol names.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { injectPart } from '../../lib/service/parts';
import { dashboardTab, extensionPage, setup } from '../hardening/setup';

describe('content.part', () => {
  it('injects the part into the sender’s own tab, and only for a content script', async () => {
    const load = vi.fn(async () => true);
    const { ask } = await setup({ parts: { load } });
    expect(await ask('content.part', { part: 'generic' }, dashboardTab())).toEqual({ ok: true });
    expect(load).toHaveBeenCalledWith(7, 'generic');
    expect(await ask('content.part', { part: 'generic' }, extensionPage)).toBeNull();
    expect(await ask('content.part', { part: 'options' }, dashboardTab())).toBeNull();
    // A sub-frame is nobody.
    expect(
      await ask('content.part', { part: 'locator' }, { ...dashboardTab(), frameId: 3 }),
    ).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('answers ok: false when the part could not be injected, or nothing can inject', async () => {
    const { ask } = await setup({ parts: { load: async () => false } });
    expect(await ask('content.part', { part: 'umami' }, dashboardTab())).toEqual({ ok: false });
    const bare = await setup();
    expect(await bare.ask('content.part', { part: 'umami' }, dashboardTab())).toEqual({
      ok: false,
    });
  });

  it('injectPart runs the part’s file in the tab’s top frame; false when the browser refuses', async () => {
    const exec = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
    expect(await injectPart(4, 'plausible')).toBe(true);
    expect(exec).toHaveBeenCalledWith({
      target: { tabId: 4, frameIds: [0] },
      files: ['/part-plausible.js'],
    });
    exec.mockRejectedValue(new Error('Cannot access contents of the page'));
    expect(await injectPart(4, 'plausible')).toBe(false);
  });
});
