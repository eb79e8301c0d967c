// @vitest-environment happy-dom
/** The review cadence setting (issue 13): a labelled choice, saved as `reviewCadence`. */
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { SettingsForm } from '../../components/options/SettingsForm';
import { DEFAULT_SETTINGS } from '../../lib/store/settings';
import { translator } from '../../lib/i18n';
import { byLabel, mount, settle } from './helpers';

describe('review cadence setting', () => {
  it('defaults to monthly, offers off/weekly/quarterly, and saves the choice', async () => {
    const onChange = vi.fn(async () => true);
    const ko = translator('ko');
    const m = mount(<SettingsForm settings={DEFAULT_SETTINGS} onChange={onChange} />, 'ko');
    const select = byLabel(m.root, ko('settingsReviewCadence')) as HTMLSelectElement;
    expect(select.value).toBe('monthly');
    expect([...select.options].map((o) => [o.value, o.textContent])).toEqual([
      ['weekly', '매주'],
      ['monthly', '매월'],
      ['quarterly', '분기마다'],
      ['off', '알리지 않음'],
    ]);
    act(() => {
      select.value = 'quarterly';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(onChange).toHaveBeenCalledWith({ reviewCadence: 'quarterly' });
    m.unmount();
  });
});
