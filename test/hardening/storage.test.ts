/** Issue 10, defect 5: every storage failure says what it is, and reading resumes when it is back. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDB } from 'idb';
import { openPacerDb, StoreError } from '../../lib/store';
import { setup } from './setup';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('opening the database: every failure is a StoreError with its own code', () => {
  it('IndexedDB missing (storage disabled)', async () => {
    vi.stubGlobal('indexedDB', null);
    const err = await openPacerDb({ name: 'x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).code).toBe('unavailable');
  });

  it('indexedDB.open throwing synchronously (SecurityError, private windows)', async () => {
    const real = indexedDB;
    vi.stubGlobal('indexedDB', {
      open: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
      deleteDatabase: real.deleteDatabase.bind(real),
    });
    const err = await openPacerDb({ name: 'x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).code).toBe('unavailable');
  });

  it('a database newer than the extension', async () => {
    const name = `newer-${Math.random()}`;
    (await openDB(name, 999)).close();
    const err = await openPacerDb({ name }).catch((e: unknown) => e);
    expect((err as StoreError).code).toBe('downgrade');
  });

  it('an upgrade blocked by an old connection', async () => {
    const name = `blocked-${Math.random()}`;
    const old = await openDB(name, 1); // never closes: it ignores versionchange
    const err = await openPacerDb({ name, blockedTimeoutMs: 10 }).catch((e: unknown) => e);
    expect((err as StoreError).code).toBe('blocked');
    old.close();
  });
});

describe('storage.status tells storage trouble from silence, and retries each time', () => {
  it('answers the code while storage fails, ok once it is back; goals.list follows', async () => {
    let failing = true;
    const ctx = await setup({
      dbFn: async () => {
        if (failing) throw new StoreError('downgrade');
        return ctx.db;
      },
    });
    expect(await ctx.ask('goals.list', {})).toBeNull();
    expect(await ctx.ask('storage.status', {})).toEqual({ ok: false, code: 'downgrade' });
    failing = false;
    expect(await ctx.ask('storage.status', {})).toEqual({ ok: true });
    expect(await ctx.ask('goals.list', {})).toMatchObject({ goals: [], broken: [] });
  });

  it('a raw error from opening counts as storage unavailable', async () => {
    const ctx = await setup({
      dbFn: async () => {
        throw new TypeError("Cannot read properties of null (reading 'open')");
      },
    });
    expect(await ctx.ask('storage.status', {})).toEqual({ ok: false, code: 'unavailable' });
  });
});
