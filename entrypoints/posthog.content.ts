/**
 * PostHog Cloud (US and EU): the readers whose file says `script: 'posthog'` (lib/readers/types.ts,
 * `ReaderRegistration`), on their hosts. See lib/content/run.ts.
 */
import { readers } from 'virtual:pacer-readers/script/posthog';
import { contentScript } from '../lib/content/run';

export { readers };

export default contentScript(readers);
