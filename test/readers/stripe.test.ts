// @vitest-environment happy-dom
/**
 * The stripe reader on its own saved pages (figures as a person reads them off the page), on
 * every other source's pages (never claimed), and on empty or strange pages (null, no throw).
 */
import { reader } from '../../lib/readers/stripe';
import { describeReader } from './reader-suite';

describeReader(reader, {
  fixtures: 'stripe',
  home: 'https://dashboard.stripe.com/dashboard',
  oddPages: [
    '<div><h2>Your overview</h2><span>Gross volume</span><span>+4.6%</span><span>—</span></div>',
  ],
  wrongPages: [
    { name: 'does not detect other Stripe pages', url: 'https://dashboard.stripe.com/payments' },
  ],
});
