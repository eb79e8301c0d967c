/**
 * Checking an import file in the page, before anything is sent: the background validates again,
 * but here the user learns what is wrong (the first bad field) while nothing has changed.
 */
import { parseOrExplain } from '../../lib/goals/schema';
import { Export } from '../../lib/goals/export';

export type ImportCheck =
  { ok: true; data: Export } | { ok: false; kind: 'json' | 'invalid'; error: string };

export function checkImportText(text: string): ImportCheck {
  let raw: unknown;
  try {
    // Editors on Windows may save JSON with a BOM, which JSON.parse refuses.
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return { ok: false, kind: 'json', error: (err as Error).message };
  }
  const r = parseOrExplain(Export, raw);
  return r.ok ? { ok: true, data: r.value } : { ok: false, kind: 'invalid', error: r.error };
}

/**
 * The file's settings without `syncGoals`: turning sync on sends goal text to the browser
 * vendor's servers, a choice each browser makes for itself; a file from another browser (where
 * it was on) must not make it here.
 */
export function forThisBrowser(data: Export): Export {
  if (!data.settings || !('syncGoals' in data.settings)) return data;
  const { syncGoals: _ignored, ...settings } = data.settings;
  return { ...data, settings };
}
