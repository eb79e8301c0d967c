// @vitest-environment happy-dom
/**
 * The ga4 reader on its own saved pages (figures as a person reads them off the page), on
 * every other source's pages (never claimed), and on empty or strange pages (null, no throw).
 */
import { reader } from '../../lib/readers/ga4';
import { describeReader } from './reader-suite';

describeReader(reader, {
  fixtures: 'ga4',
  home: 'https://analytics.google.com/analytics/web/#/p123456/reports/intelligenthome',
  oddPages: ['<div><span>Active users</span><span>—</span><span>+8%</span></div>'],
  wrongPages: [
    {
      name: 'does not detect a GA4 page without a property in the hash',
      url: 'https://analytics.google.com/analytics/web/#/provision/create',
    },
  ],
});
