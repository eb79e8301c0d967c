/**
 * The readers that know a dashboard by its markup on any host: the ones the content script for
 * sites the user enabled carries (entrypoints/sites.content.ts). Their ids must be exactly the
 * sources the background lets such a site write (`SELF_HOSTED_SOURCES` in
 * lib/messaging/identity.ts, which does not load the readers; test/messaging/identity.test.ts).
 */
import { reader as goaccess } from './goaccess';
import { reader as matomo } from './matomo';
import { reader as plausible } from './plausible';
import { reader as umami } from './umami';

/** In detection order: the first whose `detect` says yes reads the page. */
export const SELF_HOSTED_READERS = [umami, plausible, matomo, goaccess];
