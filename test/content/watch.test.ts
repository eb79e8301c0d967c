// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchPage } from '../../lib/content/watch';
import type { PageRead } from '../../lib/readers/types';

const sig = (r: PageRead) => r.figures.map((f) => `${f.key}=${f.value}`).join('|');

const readOf = (value: number): PageRead => ({
  source: 'plausible',
  scope: 'a.com',
  period: null,
  figures: [
    { key: 'visitors', label: 'Visitors', value, unit: 'count', precision: 0, text: String(value) },
  ],
});

describe('watchPage', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reads once the page is quiet, and sends only what changed', async () => {
    let value = 0;
    const send = vi.fn();
    const w = watchPage({
      root: document.body,
      signature: sig,
      read: () => readOf(value),
      send,
      quietMs: 100,
      maxWaitMs: 1000,
    });
    // A count-up animation: the value changes every 50 ms, faster than the quiet window.
    for (let i = 1; i <= 5; i++) {
      value = i * 100;
      document.body.textContent = String(value);
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(send).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(150);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0]![0].figures[0].value).toBe(500);

    // A DOM change that leaves the figures as they were sends nothing.
    document.body.append(document.createElement('div'));
    await vi.advanceTimersByTimeAsync(200);
    expect(send).toHaveBeenCalledTimes(1);

    // SPA navigation: the same figures on a new route are sent again.
    w.reset();
    await vi.advanceTimersByTimeAsync(200);
    expect(send).toHaveBeenCalledTimes(2);
    w.stop();
  });

  it('reads under constant churn once maxWait has passed', async () => {
    const send = vi.fn();
    const w = watchPage({
      root: document.body,
      signature: sig,
      read: () => readOf(1),
      send,
      quietMs: 100,
      maxWaitMs: 300,
    });
    for (let i = 0; i < 10; i++) {
      document.body.textContent = `tick ${i}`;
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(send).toHaveBeenCalledTimes(1);
    w.stop();
  });

  it('survives a reader that throws and sends nothing when nothing is read', async () => {
    const send = vi.fn();
    const w = watchPage({
      root: document.body,
      signature: sig,
      read: () => {
        throw new Error('reader bug');
      },
      send,
      quietMs: 10,
    });
    await vi.advanceTimersByTimeAsync(50);
    expect(send).not.toHaveBeenCalled();
    w.stop();
  });

  it('stops observing when stopped (extension reloaded)', async () => {
    const send = vi.fn();
    let value = 1;
    const w = watchPage({
      root: document.body,
      signature: sig,
      read: () => readOf(value),
      send,
      quietMs: 10,
    });
    await vi.advanceTimersByTimeAsync(50);
    w.stop();
    value = 2;
    document.body.textContent = 'changed';
    await vi.advanceTimersByTimeAsync(50);
    expect(send).toHaveBeenCalledTimes(1);
  });
});
