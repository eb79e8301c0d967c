/**
 * Imported first by the background and every extension page. Zod 4 probes whether it may compile
 * parsers with `Function('')`; extension pages forbid eval (MV3's CSP), so the probe only logs a
 * CSP violation and addons-linter flags it. Jitless parsing is all Pacer needs (README, Firefox).
 */
import { z } from 'zod';

z.config({ jitless: true });
