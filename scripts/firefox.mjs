// Finding Firefox for the Firefox end-to-end tests (test/e2e-firefox/). Debian's firefox-esr is
// what CI installs; FIREFOX_PATH points anywhere else.
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

export function findFirefox() {
  if (process.env.FIREFOX_PATH)
    return existsSync(process.env.FIREFOX_PATH) ? process.env.FIREFOX_PATH : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export const NO_FIREFOX_HELP = `Pacer's Firefox build is tested in Firefox ESR.
  Debian/Ubuntu:  sudo apt-get install firefox-esr
  Elsewhere:      set FIREFOX_PATH to a Firefox binary (140 or newer)`;
