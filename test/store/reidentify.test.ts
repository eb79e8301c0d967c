/**
 * Migration 3 on a database seeded at v2: readings keyed by what a page claimed move to the
 * identity their address gives them, and goals follow when that is unambiguous.
 */
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, openPacerDb } from '../../lib/store';
import { addReadings, readingsFor } from '../../lib/store/readings';
import { listGoals, putGoal } from '../../lib/store/goals';
import { qualifiedScope } from '../../lib/store/reidentify';
import { makeGoal, makeReading } from '../support/factories';

const V2 = MIGRATIONS.slice(0, 2);
const at = (d: number) => `2026-01-${String(d).padStart(2, '0')}T10:00:00Z`;

describe('migration 3: identities from the reading’s address', () => {
  it('qualifies self-hosted and multi-tenant scopes, leaves hosted and custom ones', () => {
    const m = (source: string, scope: string) => ({ source, scope, key: 'visitors' });
    expect(
      qualifiedScope({ metric: m('plausible', 'a.com'), url: 'https://stats.x.test/a.com' }),
    ).toBe('stats.x.test/a.com');
    expect(
      qualifiedScope({ metric: m('plausible', 'a.com'), url: 'https://plausible.io/a.com' }),
    ).toBeNull();
    expect(
      qualifiedScope({ metric: m('matomo', '1'), url: 'https://b.matomo.cloud/?idSite=1' }),
    ).toBe('b.matomo.cloud/1');
    expect(qualifiedScope({ metric: m('custom', 'x.test'), url: 'https://x.test/' })).toBeNull();
    expect(qualifiedScope({ metric: m('plausible', 'a.com') })).toBeNull();
    expect(qualifiedScope({ metric: m('plausible', 'a.com'), url: 'not a url' })).toBeNull();
  });

  it('moves readings and the goals whose readings all came from one host', async () => {
    const name = `pacer-reid-${Math.random()}`;
    const old = await openPacerDb({ name, migrations: V2 });
    const selfHosted = { source: 'plausible', scope: 'mysite.com', key: 'visitors' };
    const matomo = { source: 'matomo', scope: '1', key: 'nb_visits' };
    await putGoal(old, makeGoal({ id: 'self', metric: selfHosted }));
    await putGoal(old, makeGoal({ id: 'matomo', metric: matomo }));
    await putGoal(old, makeGoal({ id: 'cloud', metric: { ...selfHosted, scope: 'cloud.com' } }));
    await addReadings(old, [
      makeReading(selfHosted, 10, at(1), { url: 'https://stats.example.com/mysite.com' }),
      makeReading(selfHosted, 11, at(2), { url: 'https://stats.example.com/mysite.com?period=7d' }),
      // Matomo site 1 of two customers: the goal cannot follow both.
      makeReading(matomo, 5, at(1), { url: 'https://a.matomo.cloud/index.php?idSite=1' }),
      makeReading(matomo, 6, at(2), { url: 'https://b.matomo.cloud/index.php?idSite=1' }),
      makeReading({ ...selfHosted, scope: 'cloud.com' }, 7, at(1), {
        url: 'https://plausible.io/cloud.com',
      }),
    ]);
    old.close();

    const db = await openPacerDb({ name });
    expect(db.version).toBe(MIGRATIONS.length);
    const goals = Object.fromEntries(
      (await listGoals(db)).goals.map((g) => [g.id, g.metric.scope]),
    );
    expect(goals).toEqual({
      self: 'stats.example.com/mysite.com',
      matomo: '1',
      cloud: 'cloud.com',
    });
    const qualified = { ...selfHosted, scope: 'stats.example.com/mysite.com' };
    expect((await readingsFor(db, qualified)).map((r) => r.value)).toEqual([10, 11]);
    expect(await readingsFor(db, selfHosted)).toEqual([]);
    expect(
      (await readingsFor(db, { ...matomo, scope: 'a.matomo.cloud/1' })).map((r) => r.value),
    ).toEqual([5]);
    expect(
      (await readingsFor(db, { ...matomo, scope: 'b.matomo.cloud/1' })).map((r) => r.value),
    ).toEqual([6]);
    expect(
      (await readingsFor(db, { ...selfHosted, scope: 'cloud.com' })).map((r) => r.value),
    ).toEqual([7]);
    db.close();
  });
});
