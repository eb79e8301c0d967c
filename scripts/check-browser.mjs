// Fails early, with what to do, when the end-to-end tests have no browser to run in.
import { findChromium, NO_BROWSER_HELP } from './chromium.mjs';

const found = findChromium();
if (!found) {
  console.error(`\n✖ No Chromium found.\n\n${NO_BROWSER_HELP}\n`);
  process.exit(1);
}
console.log(`Using Chromium at ${found}`);
