/** Stripe dashboard. See lib/content/run.ts. */
import { contentScript } from '../lib/content/run';
import { reader as stripe } from '../lib/readers/stripe';

export const readers = [stripe];

export default contentScript(readers);
