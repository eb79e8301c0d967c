// @vitest-environment happy-dom
/**
 * The shopify reader on its own saved pages (figures as a person reads them off the page), on
 * every other source's pages (never claimed), and on empty or strange pages (null, no throw).
 */
import { reader } from '../../lib/readers/shopify';
import { describeReader } from './reader-suite';

describeReader(reader, {
  fixtures: 'shopify',
  home: 'https://admin.shopify.com/store/northwind-coffee/analytics',
  oddPages: [
    '<div><button>Total sales over time</button><span>↑ 12%</span><span>No data for this date range</span></div>',
  ],
  wrongPages: [
    {
      name: 'does not detect other admin pages',
      url: 'https://admin.shopify.com/store/northwind-coffee/orders',
    },
  ],
});
