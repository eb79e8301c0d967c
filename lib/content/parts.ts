/**
 * The content script's on-demand parts. Code that only some pages or only a user action needs —
 * "Track this number" (building, resolving locators, pick mode), the generic reader, and on sites
 * the user enabled the one self-hosted dashboard's reader the page turned out to be — is not
 * in the scripts every dashboard visit loads (`content_script_gzip_kb` in `npm run bench`): the
 * background injects it into the tab when asked (`content.part`, lib/service/parts.ts), into the
 * same isolated world, where it hands its functions over on a shared global. The page cannot see
 * that global (it lives in the extension's world), and a part only looks at the DOM.
 */
import type { TrackedResult } from '../messaging/schemas';
import type { Fallback } from '../readers/read';
import type { SelfHostedId } from '../readers/self-hosted';
import type { Reader } from '../readers/types';
import type { Picked, TrackerRef } from './tracking';
import type { Picker, PickerText } from './picker';

export interface LocatorPart {
  /** Each tracker found again on the page (one scan for all), or why not. */
  track(doc: Document, trackers: readonly TrackerRef[]): TrackedResult[];
  /** The figure at `target` (what was right-clicked or picked), or null. */
  pick(doc: Document, target: Element | null): Picked | null;
  startPicker(
    doc: Document,
    text: PickerText,
    onPick: (el: Element) => boolean,
    onEnd: () => void,
  ): Picker;
}

export interface GenericPart {
  /** Reads a page none of the script's readers knows, by its labels. */
  read: Fallback;
}

/** A self-hosted dashboard's reader, by its id (its detector is in the sites script). */
export type Parts = { locator: LocatorPart; generic: GenericPart } & Record<SelfHostedId, Reader>;
export type PartName = keyof Parts;

/** Each part's built file (entrypoints/part-<name>.ts, an unlisted script). */
export const PART_FILES = {
  locator: '/part-locator.js',
  generic: '/part-generic.js',
  umami: '/part-umami.js',
  plausible: '/part-plausible.js',
  matomo: '/part-matomo.js',
  goaccess: '/part-goaccess.js',
} as const satisfies Record<PartName, string>;

const KEY = '__pacerParts';
const shelf = () => {
  const g = globalThis as unknown as Record<string, Partial<Parts> | undefined>;
  return (g[KEY] ??= {});
};

/** The part, once the background injected it into this page. */
export function part<N extends PartName>(name: N): Parts[N] | undefined {
  return shelf()[name];
}

/** Called by a part's script when it runs; a second injection keeps the first copy. */
export function providePart<N extends PartName>(name: N, impl: Parts[N]): void {
  shelf()[name] ??= impl;
}
