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

/** The parts that are code of the content script's own (not a reader). */
export interface ToolParts {
  locator: LocatorPart;
  generic: GenericPart;
}

/**
 * A part's name: a tool, or a self-hosted reader's id (a reader whose file gives a `sites` rank:
 * its detector is in the sites script, `SELF_HOSTED_IDS` in lib/readers/hosts.ts). The
 * `content.part` message names exactly these (lib/messaging/protocol.ts).
 */
export type PartName = keyof ToolParts | (string & {});

/** A part's built file (entrypoints/part-<name>.ts, an unlisted script). */
export function partFile(name: PartName): string {
  return `/part-${name}.js`;
}

const KEY = '__pacerParts';
const TOOLS: Record<keyof ToolParts, true> = { locator: true, generic: true };
const shelf = () => {
  const g = globalThis as unknown as Record<string, Record<string, unknown> | undefined>;
  return (g[KEY] ??= {});
};

/** The part, once the background injected it into this page. */
export function part<N extends keyof ToolParts>(name: N): ToolParts[N] | undefined {
  return shelf()[name] as ToolParts[N] | undefined;
}

/** Whether the part (a tool or a reader) was injected into this page. */
export function hasPart(name: PartName): boolean {
  return shelf()[name] !== undefined;
}

/** A self-hosted reader, once the background injected its part into this page. */
export function readerPart(id: string): Reader | undefined {
  return id in TOOLS ? undefined : (shelf()[id] as Reader | undefined);
}

/** Called by a part's script when it runs; a second injection keeps the first copy. */
export function providePart<N extends keyof ToolParts>(name: N, impl: ToolParts[N]): void;
export function providePart(id: string, impl: Reader): void;
export function providePart(name: string, impl: ToolParts[keyof ToolParts] | Reader): void {
  shelf()[name] ??= impl;
}
