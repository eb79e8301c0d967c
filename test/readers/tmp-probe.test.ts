// @vitest-environment happy-dom
import { writeFileSync } from 'node:fs';
import { fixtureCases } from './fixture-cases';
import { parseHtml } from './happy-dom';
import { readPage } from '../../lib/readers';
it('probe', () => {
  const out: Record<string, unknown> = {};
  for (const c of fixtureCases()) {
    if (!['umami'].includes(c.source)) continue;
    const r = readPage(parseHtml(c.html), new URL(c.url), { now: new Date(c.now) });
    if (r?.breakdowns) out[`${c.source}/${c.name}`] = r.breakdowns;
  }
  writeFileSync('/tmp/bd.json', JSON.stringify(out));
});
