/**
 * Umami Cloud: the readers whose file says `script: 'umami'` (lib/readers/types.ts,
 * `ReaderRegistration`), on their hosts. See lib/content/run.ts.
 */
import { readers } from 'virtual:pacer-readers/script/umami';
import { contentScript } from '../lib/content/run';

export { readers };

export default contentScript(readers);
