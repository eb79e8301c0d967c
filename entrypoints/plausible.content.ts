/** Plausible Cloud. See lib/content/run.ts. */
import { contentScript } from '../lib/content/run';
import { reader as plausible } from '../lib/readers/plausible';

export const readers = [plausible];

export default contentScript(readers);
