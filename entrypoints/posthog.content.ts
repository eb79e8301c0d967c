/** PostHog Cloud (US and EU). See lib/content/run.ts. */
import { contentScript } from '../lib/content/run';
import { reader as posthog } from '../lib/readers/posthog';

export const readers = [posthog];

export default contentScript(readers);
