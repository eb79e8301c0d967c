/**
 * On-demand part (lib/content/parts.ts): the umami reader, for a page on a site the user enabled
 * whose markup its detector recognised (its `sites` rank puts the detector in the sites script).
 * Injected by the background (lib/service/parts.ts) when the sites script asks; never listed in
 * the manifest.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { providePart } from '../lib/content/parts';
import { reader } from '../lib/readers/umami';

export default defineUnlistedScript(() => {
  providePart('umami', reader);
});
