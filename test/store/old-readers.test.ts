/**
 * Migration 4 on a database seeded at v3: readings older readers stored under the site's metric
 * (a filtered view), in the dashboard's UI language, or with no way to tell what they covered.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../lib/goals';
import { MIGRATIONS, openPacerDb } from '../../lib/store';
import { addReadings, readingsFor } from '../../lib/store/readings';
import { listGoals, putGoal } from '../../lib/store/goals';
import { makeGoal, makeReading } from '../support/factories';

const V3 = MIGRATIONS.slice(0, 3);
const UMAMI_ID = '756bbf38-42a5-4b11-b3b2-b16527e8b530';

describe('migration 4: readings from older readers', () => {
  it('moves filtered figures off the site metric, canonicalises keys, marks the unknowable, strips queries', async () => {
    const name = `pacer-old-${Math.random()}`;
    const old = await openPacerDb({ name, migrations: V3 });
    const site = { source: 'plausible', scope: 'shop.example', key: 'visitors' };
    const umamiDe = { source: 'umami', scope: UMAMI_ID, key: 'besucher' };
    await putGoal(old, makeGoal({ id: 'site', metric: site }));
    await putGoal(old, makeGoal({ id: 'umami', metric: umamiDe }));
    const day = (d: number) => `2026-11-${String(d).padStart(2, '0')}T12:00:00.000Z`;
    await addReadings(old, [
      // The site's own figure, with a share link's token in its address.
      makeReading(site, 12_350, day(10), {
        precision: 50,
        url: 'https://plausible.io/shop.example?period=month&auth=SECRET',
        period: { start: '2026-11-01', end: '2026-11-30' },
      }),
      // A page's figure stored as the site's visitors.
      makeReading(site, 3_850, day(11), {
        precision: 50,
        url: 'https://plausible.io/shop.example?f=is,page,/products&period=month',
        period: { start: '2026-11-01', end: '2026-11-30' },
      }),
      // No address: what it covered cannot be known.
      makeReading(site, 99_950, day(12), { precision: 50 }),
      // Read while Umami was in German.
      makeReading(umamiDe, 16_180, day(12), {
        url: `https://cloud.umami.is/websites/${UMAMI_ID}?date=30day`,
      }),
      // Typed by hand: never touched.
      makeReading(site, 12_400, day(13), { origin: 'check-in', period: null }),
    ]);
    old.close();

    const db = await openPacerDb({ name });
    expect(db.version).toBe(MIGRATIONS.length);
    const siteRows = await readingsFor(db, site);
    expect(siteRows.map((r) => [r.value, r.doubt ?? null])).toEqual([
      [12_350, null],
      [99_950, 'old-reader'],
      [12_400, null],
    ]);
    expect(siteRows[0]!.url).toBe('https://plausible.io/shop.example');
    const filtered = await readingsFor(db, { ...site, key: 'visitors~page=/products' });
    expect(filtered.map((r) => r.value)).toEqual([3_850]);

    const goals = Object.fromEntries((await listGoals(db)).goals.map((g) => [g.id, g.metric.key]));
    expect(goals).toEqual({ site: 'visitors', umami: 'visitors' });
    const umami = await readingsFor(db, { ...umamiDe, key: 'visitors' });
    expect(umami.map((r) => r.value)).toEqual([16_180]);

    // The marked reading never reaches a verdict: the 99,950 does not make the goal achieved.
    const goal = (await listGoals(db)).goals.find((g) => g.id === 'site')!;
    const e = evaluate(
      { ...goal, target: { value: 50_000 } },
      siteRows,
      new Date('2026-11-14T12:00:00Z'),
    );
    expect(e.current).not.toBe(99_950);
    expect(e.excluded.filter((x) => x.reason === 'old-reader')).toHaveLength(1);
    db.close();
  });
});
