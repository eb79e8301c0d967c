/**
 * On-demand part (lib/content/parts.ts): the generic reader, for a page on a site the user
 * enabled that none of the sites script's readers knows. Injected by the background
 * (lib/service/parts.ts) when the sites script asks; never listed in the manifest.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readByLabels } from '../lib/content/generic';
import { providePart } from '../lib/content/parts';

export default defineUnlistedScript(() => {
  providePart('generic', { read: readByLabels });
});
