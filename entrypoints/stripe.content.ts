/**
 * Stripe dashboard: the readers whose file says `script: 'stripe'` (lib/readers/types.ts,
 * `ReaderRegistration`), on their hosts. See lib/content/run.ts.
 */
import { readers } from 'virtual:pacer-readers/script/stripe';
import { contentScript } from '../lib/content/run';

export { readers };

export default contentScript(readers);
