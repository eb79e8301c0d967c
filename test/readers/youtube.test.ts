// @vitest-environment happy-dom
/**
 * The youtube reader on its own saved pages (figures as a person reads them off the page), on
 * every other source's pages (never claimed), and on empty or strange pages (null, no throw).
 */
import { reader } from '../../lib/readers/youtube';
import { describeReader } from './reader-suite';

describeReader(reader, {
  fixtures: 'youtube',
  home: 'https://studio.youtube.com/channel/UCa1b2c3d4e5f6g7h8i9j0kL/analytics/tab-overview/period-default',
  oddPages: [
    '<yta-key-metric-block><div id="metric-label">Views</div><div id="metric-and-performance-container"></div></yta-key-metric-block>',
  ],
  wrongPages: [
    {
      name: 'does not detect per-video analytics or other Studio pages',
      url: 'https://studio.youtube.com/video/abc123/analytics/tab-overview/period-default',
    },
  ],
});
