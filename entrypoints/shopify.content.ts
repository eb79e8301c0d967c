/** Shopify admin. See lib/content/run.ts. */
import { contentScript } from '../lib/content/run';
import { reader as shopify } from '../lib/readers/shopify';

export const readers = [shopify];

export default contentScript(readers);
