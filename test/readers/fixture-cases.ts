/** Loads test/fixtures/<source>/<case>.html with the <case>.expected.json beside it. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PageRead } from '../../lib/readers/types';

export const FIXTURES = join(__dirname, '../fixtures');

export interface FixtureCase {
  source: string;
  name: string;
  html: string;
  url: string;
  now: string;
  generic?: boolean;
  expected: PageRead | null;
}

export function fixtureCases(): FixtureCase[] {
  const out: FixtureCase[] = [];
  for (const source of readdirSync(FIXTURES).sort()) {
    const dir = join(FIXTURES, source);
    for (const file of readdirSync(dir).sort()) {
      if (!file.endsWith('.html')) continue;
      const name = file.slice(0, -'.html'.length);
      const expectedPath = join(dir, `${name}.expected.json`);
      if (!existsSync(expectedPath)) continue;
      const spec = JSON.parse(readFileSync(expectedPath, 'utf8'));
      out.push({ source, name, html: readFileSync(join(dir, file), 'utf8'), ...spec });
    }
  }
  return out;
}
