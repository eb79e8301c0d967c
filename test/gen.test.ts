// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { readPage } from '../lib/readers';
import { parseHtml } from './readers/happy-dom';
it('gen', () => {
  for (const [f, url] of JSON.parse(process.env.GEN!)) {
    const r = readPage(parseHtml(readFileSync(f, 'utf8')), new URL(url), { now: new Date(process.env.NOW ?? '2026-10-02T09:00:00Z') });
    console.log('OUT ' + f + '\n' + JSON.stringify(r));
  }
});
