/**
 * Shopify admin: the readers whose file says `script: 'shopify'` (lib/readers/types.ts,
 * `ReaderRegistration`), on their hosts. See lib/content/run.ts.
 */
import { readers } from 'virtual:pacer-readers/script/shopify';
import { contentScript } from '../lib/content/run';

export { readers };

export default contentScript(readers);
