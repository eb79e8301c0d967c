/**
 * Sites the user enabled (self-hosted Plausible, Umami, Matomo, GoAccess reports, or any page),
 * registered at runtime by lib/service/sites.ts: the readers that know a dashboard by its markup
 * on any host, in registry order, then the generic reader for every other page (injected only on
 * such a page: lib/content/parts.ts).
 * See lib/content/run.ts.
 */
import { contentScript } from '../lib/content/run';
import { SELF_HOSTED_READERS } from '../lib/readers/self-hosted';

export const readers = SELF_HOSTED_READERS;

export default contentScript(readers, { registration: 'runtime', fallback: 'generic' });
