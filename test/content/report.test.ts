// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readReport, reportSignature } from '../../lib/content/report';
import { pickFigure, trackAll } from '../../lib/content/tracking';
import { readPage } from '../support/read-page';

const page = (cards: [string, string][]) =>
  new DOMParser().parseFromString(
    `<main>${cards.map(([l, v]) => `<div class="card"><h3>${l}</h3><p class="big">${v}</p></div>`).join('')}</main>`,
    'text/html',
  );
const URL_ = new URL('https://dashboard.stripe.com/x');

describe('tracked figures in the content script report', () => {
  it('finds a picked figure again after the layout shifts, and reports a vanished one with its reason', () => {
    const before = page([
      ['Orders', '87'],
      ['Monthly recurring revenue', '$12,340'],
    ]);
    const target = before.querySelectorAll('p.big')[1]!;
    const picked = pickFigure(before, target)!;
    // The label as the page writes it, not the locator's normalised form.
    expect(picked.figure.label).toBe('Monthly recurring revenue');
    expect(picked.figure).toMatchObject({
      key: 'monthly_recurring_revenue',
      value: 12340,
      unit: 'currency',
    });
    const trackers = [{ id: 't1', locator: picked.locator }];

    // Cards reordered and a new one added: same label, new position.
    const after = page([
      ['Refunds', '$90'],
      ['Monthly recurring revenue', '$12,990'],
      ['Orders', '91'],
    ]);
    const report = readReport(after, URL_, trackers, readPage, trackAll)!;
    expect(report.tracked).toEqual([
      { trackerId: 't1', ok: true, figure: expect.objectContaining({ value: 12990 }) },
    ]);

    const gone = readReport(page([['Orders', '91']]), URL_, trackers, readPage, trackAll)!;
    expect(gone.tracked).toEqual([{ trackerId: 't1', ok: false, reason: 'not-found' }]);
    expect(reportSignature(gone)).not.toBe(reportSignature(report));
  });

  it('picks nothing where there is no single number', () => {
    const doc = page([['Orders', 'none yet']]);
    expect(pickFigure(doc, doc.querySelector('p')!)).toBeNull();
    expect(pickFigure(doc, null)).toBeNull();
  });

  it('leaves tracked figures out, rather than reporting them missing, when they were not looked for', () => {
    const doc = page([['Orders', '87']]);
    const picked = pickFigure(doc, doc.querySelector('p.big')!)!;
    const trackers = [{ id: 't1', locator: picked.locator }];
    expect(readReport(doc, URL_, trackers, readPage, trackAll)?.tracked).toEqual([
      { trackerId: 't1', ok: true, figure: expect.objectContaining({ value: 87 }) },
    ]);
    // No locator part in the page yet: the trackers are neither found nor missing, and a page
    // without figures of its own sends nothing.
    expect(readReport(doc, URL_, trackers, readPage)).toBeNull();
  });

  it('sends nothing for a page with no figures and no trackers', () => {
    expect(readReport(page([]), URL_, [], readPage)).toBeNull();
  });
});

describe('reportSignature', () => {
  const read = {
    source: 'plausible',
    scope: 'example.com',
    period: { start: '2026-11-01', end: '2026-11-28' },
    figures: [
      {
        key: 'visitors',
        label: 'Visitors',
        value: 12_000,
        unit: 'count' as const,
        precision: 50,
        text: '12k',
      },
    ],
  };
  const table = (dimension: 'sources' | 'pages', google: number) => ({
    dimension,
    key: 'visitors',
    unit: 'count' as const,
    rows: [{ label: dimension === 'sources' ? 'Google' : '/', value: google, precision: 50 }],
  });
  const sig = (extra: object) => reportSignature({ read: { ...read, ...extra }, tracked: [] });

  it('changes when only a breakdown table or the view changes, so the background sees the new evidence', () => {
    const base = sig({ breakdowns: [table('sources', 4_650)] });
    expect(sig({ breakdowns: [table('sources', 4_650)] })).toBe(base);
    expect(sig({ breakdowns: [table('pages', 4_650)] })).not.toBe(base);
    expect(sig({ breakdowns: [table('sources', 4_050)] })).not.toBe(base);
    expect(sig({ breakdowns: [] })).not.toBe(base);
    expect(sig({ view: { id: 'page=/pricing', label: 'Page is /pricing' } })).not.toBe(sig({}));
  });
});
