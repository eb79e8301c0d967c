/** YouTube Studio. See lib/content/run.ts. */
import { contentScript } from '../lib/content/run';
import { reader as youtube } from '../lib/readers/youtube';

export const readers = [youtube];

export default contentScript(readers);
