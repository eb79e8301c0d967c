// @vitest-environment happy-dom
/**
 * The posthog reader on its own saved pages (figures as a person reads them off the page), on
 * every other source's pages (never claimed), and on empty or strange pages (null, no throw).
 */
import { reader } from '../../lib/readers/posthog';
import { describeReader } from './reader-suite';

describeReader(reader, {
  fixtures: 'posthog',
  home: 'https://us.posthog.com/project/12345/web',
  oddPages: [
    '<div><div><div class="font-bold uppercase">Visitors</div></div><div><div class="text-2xl">-</div></div></div>',
  ],
  wrongPages: [
    {
      name: 'does not detect other PostHog pages',
      url: 'https://us.posthog.com/project/12345/insights',
    },
  ],
});
