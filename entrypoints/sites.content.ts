/**
 * Sites the user enabled (self-hosted Plausible, Umami, Matomo, GoAccess reports, or any page),
 * registered at runtime by lib/service/sites.ts: the readers that know a dashboard by its markup
 * on any host, in registry order, then the generic reader for every other page.
 * See lib/content/run.ts.
 */
import { readByLabels } from '../lib/content/generic';
import { contentScript } from '../lib/content/run';
import { reader as goaccess } from '../lib/readers/goaccess';
import { reader as matomo } from '../lib/readers/matomo';
import { reader as plausible } from '../lib/readers/plausible';
import { reader as umami } from '../lib/readers/umami';

export const readers = [umami, plausible, matomo, goaccess];

export default contentScript(readers, { registration: 'runtime', fallback: readByLabels });
