/**
 * On-demand part (lib/content/parts.ts): "Track this number" — resolving trackers, building a
 * locator for a right-clicked or picked figure, pick mode. Injected by the background
 * (lib/service/parts.ts) into a tab whose content script has trackers or when the user starts
 * pick mode or the context menu; never listed in the manifest.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { providePart } from '../lib/content/parts';
import { startPicker } from '../lib/content/picker';
import { pickFigure, trackAll } from '../lib/content/tracking';

export default defineUnlistedScript(() => {
  providePart('locator', { track: trackAll, pick: pickFigure, startPicker });
});
