// Benchmark 5 — sidepanel_first_card_ms: the side panel page over 200 goals and 100,000 readings,
// from navigation start to its first goal card ([data-goal-id]); sidepanel_empty_ms (the floor):
// the same page on an empty profile until its empty state (main[aria-busy="false"]). Both are read
// in the page: a MutationObserver installed by addInitScript stamps performance.now() (ms since
// the navigation started) the moment the element appears. Same browser, same profile: empty
// openings first, then the 200 goals + 100,000 readings go in through `data.import` from an
// extension page (as `npm start` seeds its demo), then the loaded openings.
import { launchPacer } from '../chromium.mjs';
import { DAYS, GOALS, panelData } from './seed-data.mjs';
import { median, round } from './util.mjs';

const OPENINGS = 5;

function stampPanel() {
  if (!location.pathname.endsWith('/sidepanel.html')) return;
  const marks = (window.__panel = {});
  const mark = (k) => {
    if (!(k in marks)) marks[k] = performance.now();
  };
  const check = () => {
    if (document.querySelector('[data-goal-id]')) mark('card');
    if (document.querySelector('main[aria-busy="false"]')) mark('ready');
    if (document.querySelector('main .empty')) mark('empty');
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['aria-busy'],
  });
}

async function openPanel(context, url, want) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(String(e)));
  try {
    await page.goto(url);
    // Done when the wanted element shows; a panel that settles without it (unreachable
    // background, an error notice, no goals) gets 5 s more, then fails with what it shows.
    await page.waitForFunction(
      (k) => {
        const m = window.__panel;
        if (!m) return false;
        if (k in m) return true;
        return 'ready' in m && performance.now() - m.ready > 5000;
      },
      want,
      { timeout: 40_000, polling: 50 },
    );
    const marks = await page.evaluate(() => ({
      ...window.__panel,
      cards: document.querySelectorAll('[data-goal-id]').length,
      dcl: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? null,
      text: document.querySelector('main')?.innerText.slice(0, 300) ?? '',
    }));
    if (!(want in marks))
      throw new Error(
        `the side panel settled without ${want === 'card' ? 'a goal card' : 'its empty state'}: ` +
          `"${marks.text.replace(/\s+/g, ' ')}"${problems.length ? `; errors: ${problems.join(' | ')}` : ''}`,
      );
    return marks;
  } catch (err) {
    if (problems.length && !String(err.message).includes('errors:'))
      err.message += `; page errors: ${problems.join(' | ')}`;
    throw err;
  } finally {
    await page.close();
  }
}

export async function benchSidepanel({ log = () => {} } = {}) {
  const { context, extensionId } = await launchPacer({ headless: true });
  try {
    await context.addInitScript(stampPanel);
    const ext = await context.newPage();
    await ext.goto(`chrome-extension://${extensionId}/popup.html`);
    const tabId = await ext.evaluate(
      async () => (await chrome.tabs.query({ active: true }))[0]?.id,
    );
    if (typeof tabId !== 'number') throw new Error('no tab id for the side panel');
    const url = `chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`;

    const empty = [];
    for (let i = 0; i < OPENINGS; i++) empty.push(await openPanel(context, url, 'ready'));
    if (empty.some((m) => m.cards)) throw new Error('the empty profile shows goal cards');
    log(`  empty: ${empty.map((m) => round(m.ready, 1)).join(', ')} ms`);

    const data = panelData();
    const t0 = performance.now();
    const seeded = await ext.evaluate(
      (d) =>
        chrome.runtime.sendMessage({ type: 'data.import', payload: { data: d, mode: 'replace' } }),
      data,
    );
    const importMs = performance.now() - t0;
    if (!seeded?.ok)
      throw new Error(`data.import failed: ${seeded?.error ?? 'refused (no answer)'}`);
    log(
      `  seeded ${seeded.goals} goals, ${seeded.readings} readings in ${(importMs / 1000).toFixed(1)} s`,
    );

    const full = [];
    for (let i = 0; i < OPENINGS; i++) full.push(await openPanel(context, url, 'card'));
    log(`  loaded: ${full.map((m) => round(m.card, 1)).join(', ')} ms to the first card`);

    // Where the time goes: the background's answer alone, as the panel asks for it.
    const pageGet = [];
    for (let i = 0; i < 3; i++)
      pageGet.push(
        await ext.evaluate(async (id) => {
          const t = performance.now();
          const v = await chrome.runtime.sendMessage({ type: 'page.get', payload: { tabId: id } });
          return {
            ms: performance.now() - t,
            goals: (v?.pageGoals.length ?? 0) + (v?.otherGoals.length ?? 0),
            bytes: JSON.stringify(v).length,
          };
        }, tabId),
      );

    // ... and the part of it that is IndexedDB: the same 200 range reads, straight from the
    // service worker (raw IndexedDB API, no product code), as evaluateAll issues them.
    const sw = context.serviceWorkers()[0];
    const idbRead = sw
      ? await sw.evaluate(async () => {
          const db = await new Promise((ok, ko) => {
            const r = indexedDB.open('pacer');
            r.onsuccess = () => ok(r.result);
            r.onerror = () => ko(r.error);
          });
          const req = (r) =>
            new Promise(
              (ok, ko) => ((r.onsuccess = () => ok(r.result)), (r.onerror = () => ko(r.error))),
            );
          const runs = [];
          let n = 0;
          for (let i = 0; i < 3; i++) {
            const t0 = performance.now();
            const goals = await req(db.transaction('goals').objectStore('goals').getAll());
            const rows = await Promise.all(
              goals.map((g) => {
                const id = `${g.metric.source}/${g.metric.scope}/${g.metric.key}`;
                const from = new Date(
                  Date.parse(`${g.start}T00:00:00Z`) - 90 * 86_400_000,
                ).toISOString();
                return req(
                  db
                    .transaction('readings')
                    .objectStore('readings')
                    .index('byMetricTime')
                    .getAll(IDBKeyRange.bound([id, from], [id, '\uffff'])),
                );
              }),
            );
            runs.push(performance.now() - t0);
            n = rows.reduce((s, r) => s + r.length, 0);
          }
          db.close();
          return { ms: runs.sort((a, b) => a - b)[1], readings: n };
        })
      : null;

    const firstCard = median(full.map((m) => m.card));
    const emptyMs = median(empty.map((m) => m.ready));
    return {
      sidepanel_first_card_ms: round(firstCard, 1),
      sidepanel_empty_ms: round(emptyMs, 1),
      sidepanel_ratio: round(firstCard / emptyMs, 2),
      details: {
        method:
          `median of ${OPENINGS} openings of sidepanel.html?tabId=<tab> in a new tab; performance.now() ` +
          `(ms since navigation start) stamped by a MutationObserver (addInitScript) when ` +
          `[data-goal-id] (loaded) or main[aria-busy="false"] (empty) first appears`,
        data: { goals: GOALS, readings: seeded.readings, days_per_metric: DAYS, metrics: GOALS },
        import_ms: round(importMs, 0),
        per_opening_first_card_ms: full.map((m) => round(m.card, 1)),
        per_opening_empty_ms: empty.map((m) => round(m.ready, 1)),
        cards_rendered: full.at(-1).cards,
        dom_content_loaded_ms: round(median(full.map((m) => m.dcl ?? NaN)), 1),
        empty_dom_content_loaded_ms: round(median(empty.map((m) => m.dcl ?? NaN)), 1),
        page_get_ms: round(median(pageGet.map((p) => p.ms)), 1),
        page_get_goals: pageGet[0]?.goals,
        page_get_json_bytes: pageGet[0]?.bytes,
        idb_range_reads_ms: idbRead ? round(idbRead.ms, 1) : null,
        idb_readings_loaded: idbRead?.readings ?? null,
      },
    };
  } finally {
    await context.close();
  }
}
