import type { SmartResult } from '../../lib/goals/smart';
import type { MessageKey } from '../../lib/i18n';
import { useI18n } from '../i18n';
import { smartSentence } from './smart-text';

const LETTERS = [
  ['S', 'smartS'],
  ['M', 'smartM'],
  ['A', 'smartA'],
  ['R', 'smartR'],
  ['T', 'smartT'],
] as const satisfies readonly (readonly [keyof SmartResult, MessageKey])[];

/** The live SMART check: each letter passes, or says what is missing, in the UI language. */
export function SmartCheck({ result }: { result: SmartResult }) {
  const { t, lang } = useI18n();
  return (
    <section class="smart card" aria-labelledby="smart-h">
      <h3 id="smart-h">{t('smartHeading')}</h3>
      <ul class="smart-list">
        {LETTERS.map(([letter, name]) => {
          const r = result[letter];
          const state = r.ok === true ? 'ok' : r.ok === false ? 'no' : 'unknown';
          const icon = state === 'ok' ? '✓' : state === 'no' ? '✕' : '?';
          const verdict = t(
            state === 'ok' ? 'smartOk' : state === 'no' ? 'smartNo' : 'smartUnknown',
          );
          return (
            <li
              key={letter}
              class={`smart-item smart-${state}`}
              data-letter={letter}
              data-ok={String(r.ok)}
            >
              <span class="smart-letter" aria-hidden="true">
                {letter}
              </span>
              <span>
                <strong>
                  {t(name)} <span aria-hidden="true">{icon}</span>
                  <span class="visually-hidden">{verdict}</span>
                </strong>
                <br />
                <span class="small" data-reason={r.reason.code}>
                  {smartSentence(r.reason, t, lang)}
                </span>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
