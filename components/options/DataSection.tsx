import { useId, useState } from 'preact/hooks';
import { useI18n } from '../i18n';
import { downloadBlob, exportFilename } from './download';
import { ImportFlow } from './ImportFlow';
import { streamExport } from './transfer';

/** Export everything to a file (streamed in chunks, optionally gzip), and bring a file back in. */
export function DataSection(p: { syncOn: boolean; goalCount: number }) {
  const { t } = useI18n();
  const id = useId();
  const [note, setNote] = useState<string | null>(null);
  const [gzip, setGzip] = useState(false);
  const [busy, setBusy] = useState(false);
  const exportAll = async () => {
    setBusy(true);
    try {
      const file = await streamExport(gzip);
      if (!file) return setNote(t('dataUnreachable'));
      const name = exportFilename() + (gzip ? '.gz' : '');
      downloadBlob(name, file.blob);
      setNote(t('dataExported', name, file.goals, file.readings));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="stack data">
      <p class="muted section-intro">{t('dataIntro')}</p>
      <div>
        <button type="button" class="primary" disabled={busy} onClick={() => void exportAll()}>
          {t('dataExport')}
        </button>
        <label class="checkbox" for={id}>
          <input
            id={id}
            type="checkbox"
            checked={gzip}
            onChange={(e) => setGzip(e.currentTarget.checked)}
          />
          {t('dataExportGzip')}
        </label>
        <p class="small muted" role="status">
          {note}
        </p>
      </div>
      <ImportFlow syncOn={p.syncOn} goalCount={p.goalCount} />
    </div>
  );
}
