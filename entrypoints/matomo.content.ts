/** Matomo Cloud. See lib/content/run.ts. */
import { contentScript } from '../lib/content/run';
import { reader as matomo } from '../lib/readers/matomo';

export const readers = [matomo];

export default contentScript(readers);
