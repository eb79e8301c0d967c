/**
 * A self-hosted dashboard on the user's own address: Pacer does not read it until the user
 * enables the site from the popup; then the content script is registered at runtime, reads the
 * open tab at once and every later visit, and stops when the user turns the site off.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SidePanel, startHarness, tabIdOf, type Harness } from './harness';

const REPORT = '/test/fixtures/goaccess/report-14d.en.html';
// A page of the same site that no dashboard reader knows: the generic reader's.
const SHOP = '/test/fixtures/custom/shop-cards.de.html';
let h: Harness & { server: { origin: string } };

beforeAll(async () => {
  h = await startHarness([], { grantedHosts: ['http://127.0.0.1/*'] });
});
afterAll(async () => {
  await h?.close();
});

const pageView = (tabId: number) =>
  h.ext.evaluate(
    (id) => chrome.runtime.sendMessage({ type: 'page.get', payload: { tabId: id } }),
    tabId,
  );

describe('enabling a self-hosted dashboard', () => {
  it('reads nothing until enabled, then reads the GoAccess report now and on every visit', async () => {
    const report = await h.context.newPage();
    await report.goto(`${h.server.origin}${REPORT}`);
    const tabId = await tabIdOf(h, report);
    await report.waitForTimeout(1200);
    expect((await pageView(tabId)).read).toBeNull();

    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tabId=${tabId}`);
    const enable = popup.getByRole('button', { name: /Read figures on 127\.0\.0\.1/ });
    await enable.click();
    await expect
      .poll(() => popup.getByRole('button', { name: 'Stop reading this site' }).count())
      .toBe(1);

    // The open tab is read at once, with GoAccess's own figures, under the site's own host.
    const host = new URL(h.server.origin).host;
    const panel = await SidePanel.open(h, tabId);
    const total = panel.figure(`goaccess/${host}/example.com/total_requests`);
    await expect.poll(() => total.getAttribute('data-value'), { timeout: 15_000 }).toBe('3514');
    expect(
      await panel.figure(`goaccess/${host}/example.com/failed_requests`).getAttribute('data-value'),
    ).toBe('14');
    expect(
      await panel.figure(`goaccess/${host}/example.com/bandwidth`).getAttribute('data-value'),
    ).toBe('60911779.84');
    await panel.page.screenshot({ path: 'test-results/sidepanel-goaccess.png' });

    // A later visit is read by the registered content script.
    await report.reload();
    await expect
      .poll(async () => (await pageView(tabId)).read?.source, { timeout: 15_000 })
      .toBe('goaccess');

    // Another page of the site that no self-hosted reader recognises: read by its labels (the
    // generic reader is injected for it), under the site's own host.
    const shop = await h.context.newPage();
    await shop.goto(`${h.server.origin}${SHOP}`);
    const shopTab = await tabIdOf(h, shop);
    await expect
      .poll(async () => (await pageView(shopTab)).read?.source, { timeout: 15_000 })
      .toBe('custom');
    const shopRead = (await pageView(shopTab)).read;
    expect(shopRead.scope).toBe(new URL(h.server.origin).hostname);
    expect(shopRead.figures.length).toBeGreaterThan(0);
    await shop.close();

    // Turned off: the next visit is not read.
    await popup.reload();
    await popup.getByRole('button', { name: 'Stop reading this site' }).click();
    // Back to the offer to enable it.
    await expect.poll(() => popup.getByRole('button', { name: /Read figures on/ }).count()).toBe(1);
    expect(await popup.getByRole('button', { name: 'Stop reading this site' }).count()).toBe(0);
    await report.reload();
    await report.waitForTimeout(1500);
    expect((await pageView(tabId)).read).toBeNull();
  });
});
