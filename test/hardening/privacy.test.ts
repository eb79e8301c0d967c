import { describe, expect, it } from 'vitest';
import { bareUrl } from '../../lib/store/bare-url';
import { exportAll } from '../../lib/store';
import { makeReading } from '../support/factories';
import { dashboardTab, setup } from './setup';

const read = {
  source: 'plausible',
  scope: 'example.com',
  period: { start: '2026-01-01', end: '2026-01-30' },
  figures: [
    {
      key: 'visitors',
      label: 'Visitors',
      value: 12300,
      unit: 'count',
      precision: 50,
      text: '12.3k',
    },
  ],
};

describe('readings keep no query string or fragment (issue 10, defect 8)', () => {
  it('a share link’s auth token is not stored, nor exported', async () => {
    const { ask, db } = await setup();
    const url = 'https://plausible.io/share/example.com?auth=SECRET-TOKEN&period=30d#top';
    expect(await ask('page.read', { read }, dashboardTab(url))).toEqual({ stored: 1 });
    const [row] = await db.getAll('readings');
    expect(row?.url).toBe('https://plausible.io/share/example.com');
    expect(JSON.stringify(await exportAll(db, new Date()))).not.toContain('SECRET');
  });

  it('readings stored before the change leave the export without their query', async () => {
    const { db } = await setup();
    const metric = { source: 'plausible', scope: 'example.com', key: 'visitors' };
    await db.add('readings', {
      ...makeReading(metric, 1, '2026-01-02T00:00:00.000Z', {
        url: 'https://plausible.io/example.com?auth=OLD#x',
      }),
      metricId: 'plausible/example.com/visitors',
    });
    const out = await exportAll(db, new Date());
    expect(out.readings[0]?.url).toBe('https://plausible.io/example.com');
  });

  it('bareUrl cuts unparsable strings at ? or #', () => {
    expect(bareUrl('not a url?auth=1')).toBe('not a url');
    expect(bareUrl('x#frag?y')).toBe('x');
    expect(bareUrl('https://a.example/p/q?x=1')).toBe('https://a.example/p/q');
  });
});
