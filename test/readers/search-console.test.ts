// @vitest-environment happy-dom
/**
 * The search-console reader on its own saved pages (figures as a person reads them off the page), on
 * every other source's pages (never claimed), and on empty or strange pages (null, no throw).
 */
import { reader } from '../../lib/readers/search-console';
import { describeReader } from './reader-suite';

describeReader(reader, {
  fixtures: 'search-console',
  home: 'https://search.google.com/search-console/performance/search-analytics?resource_id=sc-domain%3Aexample.com',
  oddPages: ['<div><div>Total clicks</div><div>-12%</div><div>Average CTR</div></div>'],
  wrongPages: [
    {
      name: 'does not detect the Search Console overview page',
      url: 'https://search.google.com/search-console?resource_id=sc-domain%3Aexample.com',
    },
  ],
});
