/**
 * Plausible Cloud: the readers whose file says `script: 'plausible'` (lib/readers/types.ts,
 * `ReaderRegistration`), on their hosts. See lib/content/run.ts.
 */
import { readers } from 'virtual:pacer-readers/script/plausible';
import { contentScript } from '../lib/content/run';

export { readers };

export default contentScript(readers);
