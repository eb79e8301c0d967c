/**
 * "Track this number" on a page no reader knows: the user points at a figure, Pacer keeps a
 * locator, reads it again after the page's layout shifts, and says so — instead of reading
 * another element — when the figure is gone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SidePanel, startHarness, tabIdOf, type Harness } from './harness';

const URL_ = 'https://plausible.io/pacer-tracking-test';
const card = (label: string, value: string) =>
  `<div class="card"><h3>${label}</h3><p class="big">${value}</p></div>`;
const page = (...cards: string[]) =>
  `<!doctype html><html><body><h1>Weekly numbers</h1><main class="grid">${cards.join('')}</main></body></html>`;

let h: Harness;
let html = page(card('Orders', '87'), card('Monthly recurring revenue', '$12,340'));

beforeAll(async () => {
  h = await startHarness([]);
  await h.context.route(URL_, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: html }),
  );
});
afterAll(async () => {
  await h?.close();
});

const pageView = (tabId: number) =>
  h.ext.evaluate(
    (id) => chrome.runtime.sendMessage({ type: 'page.get', payload: { tabId: id } }),
    tabId,
  );

describe('tracking a number on a page no reader knows', () => {
  it('points, re-reads after a layout shift, and reports a vanished figure', async () => {
    const dashboard = await h.context.newPage();
    await dashboard.goto(URL_);
    const tabId = await tabIdOf(h, dashboard);

    const panel = await SidePanel.open(h, tabId);
    await panel.page.getByRole('button', { name: 'Point at a number on the page' }).click();
    await dashboard.bringToFront();
    await dashboard.locator('pacer-picker').waitFor({ state: 'attached' });
    // A click on something that is not a number keeps pick mode on (and tracks nothing).
    await dashboard
      .getByRole('heading', { name: 'Weekly numbers' })
      .click({ position: { x: 4, y: 4 } });
    expect(await dashboard.locator('pacer-picker').count()).toBe(1);
    await dashboard.getByText('$12,340').click();
    // Pick mode ends with the click and leaves nothing in the page.
    await expect.poll(() => dashboard.locator('pacer-picker').count()).toBe(0);

    const metric = 'custom/plausible.io/monthly_recurring_revenue';
    const tracked = panel.figure(metric);
    await expect.poll(() => tracked.getAttribute('data-value'), { timeout: 15_000 }).toBe('12340');
    expect(await tracked.textContent()).toContain('Monthly recurring revenue');

    // Same label, new position (cards reordered, one added): still the right figure.
    html = page(
      card('Refunds', '$90'),
      card('Orders', '91'),
      card('Monthly recurring revenue', '$12,990'),
    );
    await dashboard.reload();
    await expect
      .poll(async () => (await pageView(tabId)).tracked[0]?.result.figure?.value, {
        timeout: 15_000,
      })
      .toBe(12990);
    await expect.poll(() => tracked.getAttribute('data-value')).toBe('12990');

    // The label is gone and another figure sits where it was: say so, read nothing.
    html = page(card('Orders', '95'), card('Refunds', '$80'));
    await dashboard.reload();
    await expect
      .poll(async () => (await pageView(tabId)).tracked[0]?.result.ok, { timeout: 15_000 })
      .toBe(false);
    await expect.poll(() => tracked.getAttribute('data-missing')).toBe('not-found');
    expect(await panel.page.getByRole('status').filter({ hasText: 'could not find' }).count()).toBe(
      1,
    );
    await panel.page.screenshot({
      path: 'test-results/sidepanel-tracked-missing.png',
      fullPage: true,
    });

    // Readings were stored for the figure while it was found.
    const exported = await h.ext.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'data.export', payload: {} }),
    );
    const values = exported.readings
      .filter((r: { metric: { source: string; key: string } }) => r.metric.source === 'custom')
      .map((r: { value: number }) => r.value);
    expect(values).toEqual([12340, 12990]);
  });
});
