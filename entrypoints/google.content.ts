/** Google Analytics 4 and Search Console. See lib/content/run.ts. */
import { contentScript } from '../lib/content/run';
import { reader as ga4 } from '../lib/readers/ga4';
import { reader as searchConsole } from '../lib/readers/search-console';

export const readers = [ga4, searchConsole];

export default contentScript(readers);
