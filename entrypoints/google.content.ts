/**
 * Google Analytics 4 and Search Console: the readers whose file says `script: 'google'` (lib/readers/types.ts,
 * `ReaderRegistration`), on their hosts. See lib/content/run.ts.
 */
import { readers } from 'virtual:pacer-readers/script/google';
import { contentScript } from '../lib/content/run';

export { readers };

export default contentScript(readers);
