// @vitest-environment happy-dom
// Smoke test for the benchmark's synthetic dashboard (scripts/bench/synthetic-page.mjs): the
// size and figure count `npm run bench` relies on, and that no specific reader claims the generic
// variant while the Plausible one reads its top stats.
import { readPage, readerFor } from '../support/read-page';
import { parseHtml } from '../readers/happy-dom';
// @ts-expect-error plain ESM benchmark helper
import { syntheticDashboard } from '../../scripts/bench/synthetic-page.mjs';

const parse = parseHtml;

describe('benchmark synthetic dashboard', () => {
  it('has ~20,000 nodes and ~40 figures, deterministically', () => {
    const a = syntheticDashboard({ variant: 'generic' });
    expect(a.nodes).toBeGreaterThan(19_000);
    expect(a.nodes).toBeLessThanOrEqual(20_000);
    expect(a.figures).toBe(40);
    expect(syntheticDashboard({ variant: 'generic' }).html).toBe(a.html);
  });

  it('generic variant: no specific reader; the generic reader finds figures', () => {
    const doc = parse(syntheticDashboard({ variant: 'generic' }).html);
    const url = new URL('https://dashboard.northwind.example/overview');
    expect(readerFor(doc, url)).toBeNull();
    expect(readPage(doc, url, { generic: true })?.figures.length).toBeGreaterThan(20);
  });

  it('plausible variant: read by the Plausible reader', () => {
    const doc = parse(syntheticDashboard({ variant: 'plausible' }).html);
    const read = readPage(doc, new URL('https://plausible.io/bench.example'));
    expect(read?.source).toBe('plausible');
    expect(read?.figures.length).toBe(13);
  });
});
