// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SyncNotice } from '../../components/options/SyncNotice';
import { SyncSetting } from '../../components/options/SyncSetting';
import { ago, syncLine } from '../../components/options/sync-text';
import { translator } from '../../lib/i18n';
import type { SyncStatus } from '../../lib/sync/types';
import { button, click, mount } from './helpers';

afterEach(() => document.body.replaceChildren());

const NOW = Date.parse('2026-11-27T10:00:00Z');
const synced: SyncStatus = {
  mode: 'synced',
  lastSyncedAt: '2026-11-27T09:58:00Z',
  pending: 0,
  ignored: [],
};
const failed: SyncStatus = {
  mode: 'local-only',
  error: 'Sync storage is full',
  pending: 2,
  ignored: [],
};
const en = translator('en');

describe('sync status in words', () => {
  it('says when it last synced, in both languages', () => {
    expect(syncLine(synced, true, 'en', en, NOW)).toBe('Synced 2 minutes ago');
    expect(syncLine(synced, true, 'ko', translator('ko'), NOW)).toBe('2분 전 동기화됨');
    expect(ago('2026-11-27T09:59:40Z', 'en', en, NOW)).toBe('just now');
    expect(syncLine({ ...synced, pending: 3 }, true, 'en', en, NOW)).toContain(
      '3 changes waiting to sync',
    );
  });

  it('is off when the user has not switched it on, whatever the background reports', () => {
    expect(syncLine(failed, false, 'en', en, NOW)).toBe('Off: goals stay in this browser.');
    expect(syncLine({ ...failed, off: true }, true, 'en', en, NOW)).toBe(
      'Waiting for the first sync…',
    );
  });
});

describe('SyncSetting and SyncNotice', () => {
  it('is a switch with its promise in the name, and offers a retry when local-only', () => {
    const onRetry = vi.fn();
    const onChange = vi.fn(async () => true);
    const { root, text } = mount(
      <SyncSetting
        enabled
        status={failed}
        retrying={false}
        onChange={onChange}
        onRetry={onRetry}
      />,
    );
    const toggle = root.querySelector<HTMLInputElement>('[role="switch"]')!;
    expect(toggle.checked).toBe(true);
    expect(toggle.closest('label')!.textContent).toContain('never readings');
    expect(text()).toContain('Local only: Sync storage is full');
    click(button(root, 'Retry now'));
    expect(onRetry).toHaveBeenCalledOnce();
    click(toggle);
    expect(onChange).toHaveBeenCalledWith(false);
  });

  it('lists remote goals that could not be used, with why', () => {
    const status = { ...synced, ignored: ['g7: deadline: Invalid date'] };
    const { text } = mount(
      <SyncSetting enabled status={status} retrying={false} onChange={vi.fn()} onRetry={vi.fn()} />,
    );
    expect(text()).toContain('Goals from other browsers that could not be used:');
    expect(text()).toContain('g7: deadline: Invalid date');
    expect(text()).not.toContain('Retry now');
  });

  it('warns in the options page and in one line in the side panel, only when sync failed', () => {
    const full = mount(<SyncNotice status={failed} enabled onRetry={() => {}} />);
    expect(full.root.querySelector('[role="alert"]')!.textContent).toContain(
      'Goal sync failed: Sync storage is full.',
    );
    const compact = mount(<SyncNotice status={failed} enabled compact />);
    expect(compact.text()).toContain('Sync failed: goals are saved in this browser only.');
    expect(mount(<SyncNotice status={synced} enabled />).text()).toBe('');
    expect(mount(<SyncNotice status={{ ...failed, off: true }} enabled />).text()).toBe('');
    expect(mount(<SyncNotice status={failed} enabled={false} />).text()).toBe('');
  });
});
