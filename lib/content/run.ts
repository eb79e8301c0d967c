/**
 * The content scripts' one main: read the page with the readers its hosts need, find the
 * figures the user tracks, and hand both to the background; answer "Track this number" and pick
 * mode. It never edits the page (pick mode's bar lives in a shadow root) and never touches
 * storage. Each `entrypoints/<name>.content.ts` passes its readers, so a bundle carries only
 * those; zod, UI code and webextension-polyfill stay out (lib/content/api.ts). What only some
 * pages need — locators and pick mode, the generic reader — is asked of the background when
 * needed and injected then (lib/content/parts.ts).
 */
import type { ContentScriptDefinition } from 'wxt';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PICK_MODE, PICK_REQUEST, TRACKERS_CHANGED } from '../messaging/names';
import { readBy, readerIn, type Fallback } from '../readers/read';
import type { Detector, PageRead, Reader } from '../readers/types';
import { api, send, type MessageListener } from './api';
import { createLifecycle } from './lifecycle';
import { hasPart, part, readerPart, type PartName } from './parts';
import type { Picker } from './picker';
import { readReport, reportSignature, type TrackerRef } from './report';
import { watchPage, type Watcher } from './watch';

export interface ContentScriptOptions {
  /**
   * `generic`: a page none of the readers knows is read by the generic reader (sites the user
   * enabled), injected the first time such a page needs it.
   */
  fallback?: 'generic';
  /** `runtime`: registered by the background for each site the user enables (lib/service/sites.ts). */
  registration?: 'manifest' | 'runtime';
}

/**
 * A reader, or only the detector of one whose reading code is an on-demand part (the sites
 * script's self-hosted readers): the part is asked for once a page is recognised.
 */
export type Known = Reader | (Detector & { read?: undefined });

/** A content script for `readers`, matching their hosts unless registered at runtime. */
export function contentScript(
  readers: readonly Known[],
  options: ContentScriptOptions = {},
): ContentScriptDefinition {
  const runtime = options.registration === 'runtime';
  return defineContentScript({
    ...(runtime
      ? { registration: 'runtime' }
      : { matches: readers.flatMap((r) => (r.read ? r.matches : [])) }),
    runAt: 'document_idle',
    // WXT still builds its context around `main`; this keeps it from announcing the script (and
    // the extension id) to the page by window.postMessage. Pacer never uses that context.
    noScriptStartedPostMessage: true,
    main() {
      run(readers, options.fallback === 'generic');
    },
  });
}

function run(readers: readonly Known[], generic: boolean) {
  // Enabling a site injects its script into the open tab; a second copy must not read twice.
  const flag = '__pacerContentScript';
  const scope = globalThis as unknown as Record<string, boolean>;
  if (scope[flag]) return;
  scope[flag] = true;

  const browser = api();
  // Alive while this copy's extension is: after a reload or update `runtime.id` is gone.
  const life = createLifecycle(() => !!browser?.runtime?.id);
  life.onStop(() => {
    scope[flag] = false;
  });

  // A part is asked for once; again only when the background did not answer at all.
  const asked = new Map<PartName, Promise<boolean>>();
  const load = (name: PartName): Promise<boolean> => {
    if (hasPart(name)) return Promise.resolve(true);
    let loading = asked.get(name);
    if (!loading) {
      loading = send('content.part', { part: name }).then((r) => {
        if (!r) asked.delete(name);
        return hasPart(name);
      });
      asked.set(name, loading);
    }
    return loading;
  };

  // The generic reader, once injected. Until then nothing is read (and nothing sent): the page is
  // read once it is there, so a page view still sends one read.
  const fallback: Fallback | undefined = generic
    ? (doc, url, now) => {
        const reader = part('generic');
        if (reader) return reader.read(doc, url, now);
        void load('generic').then((ok) => ok && life.alive() && watcher.reset());
        return null;
      }
    : undefined;
  const read = (doc: Document, url: URL): PageRead | null => {
    const known = readerIn(readers, doc, url);
    let reader: Reader | null = known?.read ? known : null;
    if (known && !known.read) {
      // Recognised by its detector: read once its reader is injected (nothing is sent until then).
      reader = readerPart(known.id) ?? null;
      if (!reader) {
        void load(known.id).then((ok) => ok && life.alive() && watcher.reset());
        return null;
      }
    }
    return readBy(reader, doc, url, new Date(), fallback);
  };

  let trackers: TrackerRef[] = [];
  const loadTrackers = async () => {
    if (!life.alive()) return;
    trackers = (await send('trackers.forPage', {}))?.trackers ?? [];
    // Finding tracked figures needs the locator part; pages without trackers never load it.
    if (trackers.length) await load('locator');
  };

  const watcher: Watcher = watchPage({
    root: document.documentElement,
    read: () =>
      life.alive()
        ? readReport(document, new URL(location.href), trackers, read, part('locator')?.track)
        : null,
    signature: reportSignature,
    send: (report) => (life.alive() ? send('page.read', report) : undefined),
  });
  life.onStop(() => watcher.stop());
  void loadTrackers().then(() => watcher.reset());

  // SPA dashboards change route without a reload (history.pushState fires no event a content
  // script sees): look at the address every second and read the new view from scratch. The same
  // tick notices an orphaned script on a page that no longer changes.
  let href = location.href;
  life.every(1000, () => {
    if (location.href === href) return;
    href = location.href;
    watcher.reset();
  });

  // "Track this number": remember what was right-clicked; the background asks for it when the
  // menu item is chosen.
  let lastTarget: Element | null = null;
  let picker: Picker | null = null;
  life.listen(
    document,
    'contextmenu',
    (e) => {
      lastTarget = e.target instanceof Element ? e.target : null;
    },
    { capture: true },
  );
  const onMessage: MessageListener = (message, sender, sendResponse) => {
    // Only our own background (no tab) may ask; a page cannot message a content script.
    if (!life.alive() || sender.id !== browser.runtime.id || sender.tab) return undefined;
    const type = (message as { type?: unknown } | null)?.type;
    if (type === TRACKERS_CHANGED) {
      void loadTrackers().then(() => watcher.reset());
    } else if (type === PICK_MODE) {
      // The background injected the locator part before asking (lib/service/track.ts).
      const locator = part('locator');
      if (locator)
        picker ??= locator.startPicker(
          document,
          {
            hint: browser.i18n.getMessage('pickHint'),
            cancel: browser.i18n.getMessage('pickCancel'),
            notANumber: browser.i18n.getMessage('pickNotANumber'),
          },
          (el) => {
            const picked = locator.pick(document, el);
            if (picked && life.alive()) void send('tracker.picked', picked);
            return picked !== null;
          },
          () => {
            picker = null;
          },
        );
      sendResponse(!!locator);
    } else if (type === PICK_REQUEST) {
      sendResponse(part('locator')?.pick(document, lastTarget) ?? null);
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  // The extension was reloaded or updated: this copy of the script is orphaned, stop quietly.
  life.onStop(() => {
    picker?.stop();
    browser.runtime.onMessage.removeListener(onMessage);
  });
}
