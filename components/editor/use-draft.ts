/**
 * Half-written goals survive the popup closing (it closes on any click outside): the form is
 * written to `browser.storage.local` under `draft:<key>` on every change and removed on save or
 * cancel. Read back, a draft is parsed like any stored data; a bad one is dropped.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { GoalForm } from './form';

export const DRAFT_PREFIX = 'draft:';

export async function readDraft(key: string): Promise<GoalForm | null> {
  const raw = (await browser.storage.local.get(DRAFT_PREFIX + key))[DRAFT_PREFIX + key];
  if (raw === undefined) return null;
  const parsed = GoalForm.safeParse(raw);
  if (!parsed.success) await browser.storage.local.remove(DRAFT_PREFIX + key);
  return parsed.success ? parsed.data : null;
}

export const writeDraft = (key: string, form: GoalForm) =>
  browser.storage.local.set({ [DRAFT_PREFIX + key]: form });

export const clearDraft = (key: string) => browser.storage.local.remove(DRAFT_PREFIX + key);

/** Every unsaved draft, for "Continue your draft" in the popup. */
export async function listDrafts(): Promise<{ key: string; form: GoalForm }[]> {
  const all = await browser.storage.local.get(null);
  return Object.entries(all).flatMap(([k, v]) => {
    const parsed = k.startsWith(DRAFT_PREFIX) ? GoalForm.safeParse(v) : null;
    return parsed?.success ? [{ key: k.slice(DRAFT_PREFIX.length), form: parsed.data }] : [];
  });
}

/**
 * The form, restored from its draft when there is one. `form` is null until storage answered,
 * so nothing typed in the first milliseconds is overwritten by the restore.
 */
export function useDraft(key: string, initial: () => GoalForm) {
  const [form, setForm] = useState<GoalForm | null>(null);
  const [restored, setRestored] = useState(false);
  useEffect(() => {
    let live = true;
    void readDraft(key)
      .catch(() => null)
      .then((d) => {
        if (!live) return;
        setForm(d ?? initial());
        setRestored(d !== null);
      });
    return () => {
      live = false;
    };
  }, [key]);
  const update = (next: GoalForm) => {
    setForm(next);
    void writeDraft(key, next).catch(() => undefined);
  };
  const discard = async () => {
    await clearDraft(key).catch(() => undefined);
    setRestored(false);
  };
  return { form, update, restored, discard };
}
