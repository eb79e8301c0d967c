// Fails early, with what to do, when the end-to-end tests have no browser to run in.
import { findChromium, NO_BROWSER_HELP } from './chromium.mjs';
import { findFirefox, NO_FIREFOX_HELP } from './firefox.mjs';

const chromium = findChromium();
const firefox = findFirefox();
if (!chromium) console.error(`\n✖ No Chromium found.\n\n${NO_BROWSER_HELP}\n`);
if (!firefox) console.error(`\n✖ No Firefox found.\n\n${NO_FIREFOX_HELP}\n`);
if (!chromium || !firefox) process.exit(1);
console.log(`Using Chromium at ${chromium} and Firefox at ${firefox}`);
