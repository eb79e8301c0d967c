// First: zod must be jitless before any schema parses (lib/zod-setup.ts).
import '../lib/zod-setup';
import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../lib/service/worker';

export default defineBackground({ type: 'module', main: startBackground });
