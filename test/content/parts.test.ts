// @vitest-environment happy-dom
/**
 * On-demand parts of the content script (lib/content/parts.ts): each has its entrypoint and its
 * built file, the protocol names exactly those parts, running a part's script hands it over on
 * the shared global, and the sites script's detectors are the self-hosted readers' own.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { detectors } from 'virtual:pacer-readers/sites';
import { part, partFile, providePart, readerPart } from '../../lib/content/parts';
import { SELF_HOSTED_IDS } from '../../lib/readers/hosts';
import { pickFigure, trackAll } from '../../lib/content/tracking';
import { PROTOCOL } from '../../lib/messaging/protocol';
import { readByLabels } from '../../lib/content/generic';
import { READERS } from '../support/read-page';

const entries = import.meta.glob<{ default: { main: () => void } }>('../../entrypoints/part-*.ts', {
  eager: true,
});
const names = ['locator', 'generic', ...SELF_HOSTED_IDS];
/** The readers whose file gives a `sites` rank, by rank. */
const SELF_HOSTED = READERS.filter((r) => r.sites !== undefined).sort(
  (a, b) => a.sites! - b.sites!,
);
const clear = () => delete (globalThis as Record<string, unknown>).__pacerParts;

afterEach(clear);

describe('content script parts', () => {
  it('one unlisted entrypoint per part, built where the background injects it from', () => {
    const found = Object.keys(entries)
      .map((p) => /part-([a-z]+)\.ts$/.exec(p)![1])
      .sort();
    expect(found).toEqual([...names].sort());
    for (const n of names) {
      expect(partFile(n)).toBe(`/part-${n}.js`);
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
    for (const r of SELF_HOSTED) expect(readerPart(r.id)).toBe(r);
    // A tool is not a reader, whatever the sites script asks for.
    expect(readerPart('locator')).toBeUndefined();
    const first = part('generic');
    providePart('generic', { read: () => null });
    expect(part('generic')).toBe(first);
  });

  it('the sites script detects with the self-hosted readers’ own detectors, in their order', () => {
    expect(detectors.map((d) => d.id)).toEqual(SELF_HOSTED.map((r) => r.id));
    detectors.forEach((d, i) => expect(d.detect).toBe(SELF_HOSTED[i]!.detect));
    expect(names).toEqual(['locator', 'generic', ...detectors.map((d) => d.id)]);
  });
});
