import { describe, expect, it } from 'vitest';
import { getSettings, importAll, openPacerDb, putSettings, SettingsPatch } from '../../lib/store';

describe('settings', () => {
  it('a patch changes only what it names', async () => {
    const db = await openPacerDb({ name: `settings-${Math.random()}` });
    await putSettings(db, { syncGoals: true, tolerance: 0.2, notifications: true });
    const patch = SettingsPatch.parse({ language: 'ko' });
    expect(patch).toEqual({ language: 'ko' });
    const next = await putSettings(db, patch);
    expect(next).toMatchObject({
      language: 'ko',
      syncGoals: true,
      tolerance: 0.2,
      notifications: true,
    });
  });

  it('refuses unknown or out-of-range fields in a patch', () => {
    expect(SettingsPatch.safeParse({ tolerance: 2 }).success).toBe(false);
    expect(SettingsPatch.safeParse({ theme: 'dark' }).success).toBe(false);
  });

  it('an imported file brings its settings but not whether this browser syncs', async () => {
    const db = await openPacerDb({ name: `settings-${Math.random()}` });
    await putSettings(db, { syncGoals: false });
    await importAll(
      db,
      {
        format: 'pacer',
        version: 1,
        exportedAt: '2026-01-01T00:00:00.000Z',
        goals: [],
        readings: [],
        settings: { language: 'ko', syncGoals: true, tolerance: 0.3 },
      },
      'merge',
    );
    expect(await getSettings(db)).toMatchObject({
      language: 'ko',
      tolerance: 0.3,
      syncGoals: false,
    });
  });
});
