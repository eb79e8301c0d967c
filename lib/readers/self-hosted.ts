/**
 * The readers that know a dashboard by its markup on any host: the ones the content script for
 * sites the user enabled uses (entrypoints/sites.content.ts). Their ids must be exactly the
 * sources the background lets such a site write (`SELF_HOSTED_SOURCES` in
 * lib/messaging/identity.ts, which does not load the readers; test/messaging/identity.test.ts).
 */
import { detect as goaccessDetect, reader as goaccess } from './goaccess';
import { detect as matomoDetect, reader as matomo } from './matomo';
import { detect as plausibleDetect, reader as plausible } from './plausible';
import type { Reader } from './types';
import { detect as umamiDetect, reader as umami } from './umami';

/** In detection order: the first whose `detect` says yes reads the page. */
export const SELF_HOSTED_READERS = [umami, plausible, matomo, goaccess];

/** A reader's id and detector only: its reading code is loaded once a page needs it. */
export type Detector = Pick<Reader, 'id' | 'detect'>;

/**
 * The same readers' detectors, in the same order (a test checks), without their reading code:
 * the sites script carries only these and has the matching reader injected
 * (lib/content/parts.ts), so a page loads one reader, not four.
 */
export const SELF_HOSTED_DETECTORS = [
  { id: 'umami', detect: umamiDetect },
  { id: 'plausible', detect: plausibleDetect },
  { id: 'matomo', detect: matomoDetect },
  { id: 'goaccess', detect: goaccessDetect },
] as const satisfies readonly Detector[];

export type SelfHostedId = (typeof SELF_HOSTED_DETECTORS)[number]['id'];
