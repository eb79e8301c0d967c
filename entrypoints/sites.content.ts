/**
 * Sites the user enabled (self-hosted Plausible, Umami, Matomo, GoAccess reports, or any page),
 * registered at runtime by lib/service/sites.ts: the readers that know a dashboard by its markup
 * on any host, in registry order, then the generic reader for every other page.
 * See lib/content/run.ts.
 */
import { readByLabels } from '../lib/content/generic';
import { contentScript } from '../lib/content/run';
import { SELF_HOSTED_READERS } from '../lib/readers/self-hosted';

export const readers = SELF_HOSTED_READERS;

export default contentScript(readers, { registration: 'runtime', fallback: readByLabels });
