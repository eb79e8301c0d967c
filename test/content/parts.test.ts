// @vitest-environment happy-dom
/**
 * On-demand parts of the content script (lib/content/parts.ts): each has its entrypoint and its
 * built file, the protocol names exactly those parts, running a part's script hands it over on
 * the shared global, and the sites script's detectors are the self-hosted readers' own.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { part, PART_FILES, providePart, type PartName } from '../../lib/content/parts';
import { pickFigure, trackAll } from '../../lib/content/tracking';
import { PROTOCOL } from '../../lib/messaging/protocol';
import { readByLabels } from '../../lib/content/generic';
import { SELF_HOSTED_DETECTORS, SELF_HOSTED_READERS } from '../../lib/readers/self-hosted';

const entries = import.meta.glob<{ default: { main: () => void } }>('../../entrypoints/part-*.ts', {
  eager: true,
});
const names = Object.keys(PART_FILES) as PartName[];
const clear = () => delete (globalThis as Record<string, unknown>).__pacerParts;

afterEach(clear);

describe('content script parts', () => {
  it('one unlisted entrypoint per part, built where the background injects it from', () => {
    const found = Object.keys(entries)
      .map((p) => /part-([a-z]+)\.ts$/.exec(p)![1])
      .sort();
    expect(found).toEqual([...names].sort());
    for (const n of names) {
      expect(PART_FILES[n]).toBe(`/part-${n}.js`);
      expect(existsSync(join(__dirname, `../../entrypoints/part-${n}.ts`))).toBe(true);
    }
  });

  it('the content.part message names exactly these parts', () => {
    const schema = PROTOCOL['content.part'].request;
    for (const n of names) expect(schema.safeParse({ part: n }).success, n).toBe(true);
    expect(schema.safeParse({ part: 'background' }).success).toBe(false);
    expect(schema.safeParse({ part: '../evil' }).success).toBe(false);
  });

  it('running a part hands over its code; a second injection keeps the first copy', () => {
    expect(part('locator')).toBeUndefined();
    for (const n of names) entries[`../../entrypoints/part-${n}.ts`]!.default.main();
    expect(part('locator')).toMatchObject({ track: trackAll, pick: pickFigure });
    expect(part('generic')).toEqual({ read: readByLabels });
    for (const r of SELF_HOSTED_READERS) expect(part(r.id as PartName)).toBe(r);
    const first = part('generic');
    providePart('generic', { read: () => null });
    expect(part('generic')).toBe(first);
  });

  it('the sites script detects with the self-hosted readers’ own detectors, in their order', () => {
    expect(SELF_HOSTED_DETECTORS.map((d) => d.id)).toEqual(SELF_HOSTED_READERS.map((r) => r.id));
    SELF_HOSTED_DETECTORS.forEach((d, i) => expect(d.detect).toBe(SELF_HOSTED_READERS[i]!.detect));
    for (const d of SELF_HOSTED_DETECTORS) expect(PART_FILES[d.id]).toBeDefined();
  });
});
