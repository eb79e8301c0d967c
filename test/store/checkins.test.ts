import { describe, expect, it } from 'vitest';
import {
  addReadings,
  deleteCheckin,
  latestUnit,
  openPacerDb,
  putCheckin,
  readingsFor,
} from '../../lib/store';
import { getStamps } from '../../lib/store/stamps';
import type { Reading } from '../../lib/goals/schema';
import { makeReading } from '../support/factories';

const metric = { source: 'manual', scope: 'percent', key: 'share' };
const open = () => openPacerDb({ name: `checkins-${Math.random()}` });
const checkin = (value: number, observedAt: string, over: Partial<Reading> = {}): Reading =>
  makeReading(metric, value, observedAt, { unit: 'percent', origin: 'check-in', ...over });

describe('check-ins in the store', () => {
  it('stores a check-in as a reading of its metric and bumps the metric’s stamp', async () => {
    const db = await open();
    expect(await putCheckin(db, checkin(9.1, '2026-05-08T12:00:00.000Z', { note: 'survey' }))).toBe(
      0,
    );
    const rows = await readingsFor(db, metric);
    expect(rows).toEqual([checkin(9.1, '2026-05-08T12:00:00.000Z', { note: 'survey' })]);
    expect((await getStamps(db)).byMetric['manual/percent/share']).toBeGreaterThan(0);
  });

  it('a second check-in on the same day replaces the first; other days stay', async () => {
    const db = await open();
    await putCheckin(db, checkin(9.1, '2026-05-08T12:00:00.000Z'));
    await putCheckin(db, checkin(9.4, '2026-05-09T12:00:00.000Z'));
    expect(await putCheckin(db, checkin(9.2, '2026-05-08T18:00:00.000Z'))).toBe(1);
    expect((await readingsFor(db, metric)).map((r) => r.value)).toEqual([9.2, 9.4]);
  });

  it('never touches readings read from a page that day', async () => {
    const db = await open();
    await addReadings(db, [
      makeReading(metric, 8, '2026-05-08T09:00:00.000Z', { unit: 'percent' }),
    ]);
    await putCheckin(db, checkin(9.1, '2026-05-08T12:00:00.000Z'));
    await putCheckin(db, checkin(9.3, '2026-05-08T12:00:00.000Z'));
    expect((await readingsFor(db, metric)).map((r) => [r.value, r.origin ?? 'page'])).toEqual([
      [8, 'page'],
      [9.3, 'check-in'],
    ]);
    expect(await deleteCheckin(db, metric, '2026-05-08')).toBe(1);
    expect((await readingsFor(db, metric)).map((r) => r.value)).toEqual([8]);
  });

  it('an edit that moves the day removes the old day’s check-in in the same write', async () => {
    const db = await open();
    await putCheckin(db, checkin(9.1, '2026-05-08T12:00:00.000Z'));
    expect(await putCheckin(db, checkin(9.1, '2026-05-07T12:00:00.000Z'), '2026-05-08')).toBe(1);
    expect((await readingsFor(db, metric)).map((r) => r.observedAt)).toEqual([
      '2026-05-07T12:00:00.000Z',
    ]);
  });

  it('deleting a day with no check-in removes nothing and leaves the stamp alone', async () => {
    const db = await open();
    await putCheckin(db, checkin(9.1, '2026-05-08T12:00:00.000Z'));
    const before = await getStamps(db);
    expect(await deleteCheckin(db, metric, '2026-05-09')).toBe(0);
    expect(await getStamps(db)).toEqual(before);
    expect(await deleteCheckin(db, metric, '2026-05-08')).toBe(1);
    expect(await readingsFor(db, metric)).toEqual([]);
  });

  it('refuses a reading that is not a check-in, writing nothing', async () => {
    const db = await open();
    await expect(
      putCheckin(db, makeReading(metric, 1, '2026-05-08T12:00:00.000Z')),
    ).rejects.toThrow(/not a check-in/);
    expect(await readingsFor(db, metric)).toEqual([]);
  });

  it('latestUnit skips the check-ins a save replaces', async () => {
    const db = await open();
    expect(await latestUnit(db, metric)).toBeNull();
    await putCheckin(
      db,
      checkin(5000, '2026-05-08T12:00:00.000Z', { unit: 'currency', currency: 'KRW' }),
    );
    expect(await latestUnit(db, metric)).toEqual({ unit: 'currency', currency: 'KRW' });
    expect(await latestUnit(db, metric, ['2026-05-08'])).toBeNull();
  });
});
