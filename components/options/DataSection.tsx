import { useState } from 'preact/hooks';
import { send } from '../../lib/messaging/client';
import { useI18n } from '../i18n';
import { downloadText, exportFilename } from './download';
import { ImportFlow } from './ImportFlow';

/** Export everything to a file, and bring a file back in (ImportFlow). */
export function DataSection(p: { syncOn: boolean; goalCount: number }) {
  const { t } = useI18n();
  const [note, setNote] = useState<string | null>(null);
  const exportAll = async () => {
    const data = await send('data.export', {});
    if (!data) return setNote(t('dataUnreachable'));
    const name = exportFilename();
    downloadText(name, JSON.stringify(data, null, 2) + '\n', 'application/json');
    setNote(t('dataExported', name, data.goals.length, data.readings.length));
  };
  return (
    <div class="stack data">
      <p class="muted section-intro">{t('dataIntro')}</p>
      <div>
        <button type="button" class="primary" onClick={() => void exportAll()}>
          {t('dataExport')}
        </button>
        <p class="small muted" role="status">
          {note}
        </p>
      </div>
      <ImportFlow syncOn={p.syncOn} goalCount={p.goalCount} />
    </div>
  );
}
