/** Umami Cloud. See lib/content/run.ts. */
import { contentScript } from '../lib/content/run';
import { reader as umami } from '../lib/readers/umami';

export const readers = [umami];

export default contentScript(readers);
