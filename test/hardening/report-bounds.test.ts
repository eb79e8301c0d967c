// @vitest-environment happy-dom
/** A figure beyond ±1e15 is left out on the page, not sent to be refused with the rest (defect 4). */
import { describe, expect, it } from 'vitest';
import { readReport } from '../../lib/content/report';
import { PageRead } from '../../lib/messaging/schemas';

const fig = (key: string, value: number) => ({
  key,
  label: key,
  value,
  unit: 'count' as const,
  precision: 0,
  text: String(value),
});

describe('readReport', () => {
  it('drops figures Pacer cannot store and keeps the others', () => {
    const report = readReport(document, new URL('https://stats.example/'), [], () => ({
      source: 'custom',
      scope: 'stats.example',
      period: null,
      figures: [fig('visitors', 1200), fig('huge', 1e20)],
    }));
    expect(report?.read?.figures.map((f) => f.key)).toEqual(['visitors']);
    expect(PageRead.safeParse(report?.read).success).toBe(true);
  });

  it('drops a breakdown table with a row Pacer cannot store, and keeps the figures and other tables', () => {
    const table = (dimension: 'sources' | 'pages', value: number) => ({
      dimension,
      key: 'visitors',
      unit: 'count' as const,
      rows: [{ label: 'Google', value, precision: 0 }],
    });
    const report = readReport(document, new URL('https://stats.example/'), [], () => ({
      source: 'custom',
      scope: 'stats.example',
      period: null,
      figures: [fig('visitors', 1200)],
      breakdowns: [table('sources', 800), table('pages', 1e20)],
    }));
    expect(report?.read?.breakdowns?.map((b) => b.dimension)).toEqual(['sources']);
    expect(PageRead.safeParse(report?.read).success).toBe(true);
  });
});
