/**
 * Sites the user enabled (self-hosted Plausible, Umami, Matomo, GoAccess reports, or any page),
 * registered at runtime by lib/service/sites.ts: the readers that know a dashboard by its markup
 * on any host (those whose file gives a `sites` rank, in that order), then the generic reader for
 * every other page. The script carries their detectors only; the one reader a page needs (or the
 * generic reader) is injected when the page needs it (lib/content/parts.ts).
 * See lib/content/run.ts.
 */
import { detectors } from 'virtual:pacer-readers/sites';
import { contentScript } from '../lib/content/run';

/** Only their detectors: the reader of the dashboard a page turns out to be is injected then. */
export const readers = detectors;

export default contentScript(readers, { registration: 'runtime', fallback: 'generic' });
