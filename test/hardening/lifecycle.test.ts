// @vitest-environment happy-dom
/**
 * Issue 10, defect 6: the content script's lifecycle is its own. A page re-dispatching WXT's
 * "content-script-started" announcement does not stop it; once the extension's runtime is gone
 * (reload, update) it reads and sends nothing more and removes its listeners.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contentScript } from '../../lib/content/run';
import { createLifecycle } from '../../lib/content/lifecycle';
import type { Reader } from '../../lib/readers/types';

const reader: Reader = {
  id: 'plausible',
  matches: [],
  detect: (doc) => !!doc.querySelector('#n'),
  read: (doc) => {
    reads++;
    const value = Number(doc.querySelector('#n')?.textContent);
    return {
      source: 'plausible',
      scope: 'example.com',
      period: null,
      figures: [
        {
          key: 'visitors',
          label: 'Visitors',
          value,
          unit: 'count',
          precision: 0,
          text: String(value),
        },
      ],
    };
  },
};
let reads = 0;

function fakeRuntime() {
  const listeners = new Set<unknown>();
  const runtime = {
    id: 'pacer-id' as string | undefined,
    sendMessage: vi.fn(async (m: { type: string }) =>
      m.type === 'trackers.forPage' ? { trackers: [] } : { stored: 1 },
    ),
    onMessage: {
      addListener: (l: unknown) => listeners.add(l),
      removeListener: (l: unknown) => listeners.delete(l),
    },
  };
  return { runtime, listeners, i18n: { getMessage: () => '' } };
}

const pageReads = (rt: ReturnType<typeof fakeRuntime>) =>
  rt.runtime.sendMessage.mock.calls.filter(([m]) => m.type === 'page.read').length;

async function tick(ms: number) {
  await vi.advanceTimersByTimeAsync(ms);
}

beforeEach(() => {
  vi.useFakeTimers();
  reads = 0;
  const p = document.createElement('p');
  p.id = 'n';
  p.textContent = '100';
  document.body.replaceChildren(p);
  (globalThis as Record<string, unknown>).__pacerContentScript = false;
});
afterEach(async () => {
  // Orphan this test's script so it cannot read in the next test's page.
  if (current) current.runtime.id = undefined;
  await tick(1100);
  current = null;
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

let current: ReturnType<typeof fakeRuntime> | null = null;

function start() {
  const rt = fakeRuntime();
  current = rt;
  vi.stubGlobal('browser', undefined);
  vi.stubGlobal('chrome', rt);
  const def = contentScript([reader]) as unknown as { main: (ctx?: unknown) => void };
  def.main();
  return rt;
}

const setFigure = (v: number) => {
  document.querySelector('#n')!.textContent = String(v);
};

describe('content script lifecycle', () => {
  it('keeps reading after the page re-dispatches the started announcement', async () => {
    const rt = start();
    await tick(5000);
    expect(pageReads(rt)).toBe(1);
    // What a hostile page does with what it saw (WXT's event name carries the extension id).
    const name = 'pacer-id:plausible:wxt:content-script-started';
    const detail = { contentScriptName: 'plausible', messageId: 'other' };
    document.dispatchEvent(new CustomEvent(name, { detail }));
    window.postMessage({ type: name, ...detail }, '*');
    await tick(100);
    setFigure(200);
    await tick(5000);
    expect(pageReads(rt)).toBe(2);
    expect(rt.listeners.size).toBe(1);
  });

  it('does not announce itself to the page by window.postMessage', () => {
    const def = contentScript([reader]) as unknown as { noScriptStartedPostMessage?: boolean };
    expect(def.noScriptStartedPostMessage).toBe(true);
  });

  it('stops for good once the runtime is gone: no read, no send, listeners removed', async () => {
    const rt = start();
    await tick(5000);
    expect(pageReads(rt)).toBe(1);
    const readsBefore = reads;
    rt.runtime.id = undefined; // what Chrome does to an orphaned script after a reload
    for (let i = 0; i < 8; i++) {
      setFigure(300 + i);
      await tick(1000);
    }
    expect(reads).toBe(readsBefore);
    expect(pageReads(rt)).toBe(1);
    expect(rt.listeners.size).toBe(0);
    expect((globalThis as Record<string, unknown>).__pacerContentScript).toBe(false);
  });

  it('notices a gone runtime on a quiet page within a second', async () => {
    const rt = start();
    await tick(5000);
    rt.runtime.id = undefined;
    await tick(1100);
    expect(rt.listeners.size).toBe(0);
  });
});

describe('createLifecycle', () => {
  it('runs every cleanup once, even when one throws', () => {
    let alive = true;
    const life = createLifecycle(() => alive);
    const a = vi.fn(() => {
      throw new Error('dead API');
    });
    const b = vi.fn();
    life.onStop(a);
    life.onStop(b);
    expect(life.alive()).toBe(true);
    alive = false;
    expect(life.alive()).toBe(false);
    expect(life.alive()).toBe(false);
    expect(a).toHaveBeenCalledOnce();
    expect(b).toHaveBeenCalledOnce();
  });
});
