/**
 * Saving text as a file from an extension page: a Blob behind an `<a download>`, which needs no
 * `downloads` permission (and so no extra install warning).
 */
import { localIsoDay } from '../../lib/goals/dates';

/** Excel opens a CSV as the system code page unless it starts with a BOM; Korean then breaks. */
export const UTF8_BOM = '\uFEFF';

export function downloadText(filename: string, text: string, type: string): void {
  downloadBlob(filename, new Blob([text], { type }));
}

export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download before the browser has read the Blob.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const exportFilename = (d: Date = new Date()): string =>
  `pacer-export-${localIsoDay(d)}.json`;
