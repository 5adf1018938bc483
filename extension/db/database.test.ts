import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, DatabaseOpenError, isDatabaseOpenError, openDatabase } from './database.ts';

describe('openDatabase', () => {
  it('opens the database at the current schema version', async () => {
    const db = await openDatabase({ name: 'mekong-lens-open' });
    expect(db.isOpen()).toBe(true);
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    await db.delete();
  });

  it('opens a database that a newer build wrote (the extension was downgraded), keeping its data', async () => {
    const name = 'mekong-lens-newer';
    const newer = new Dexie(name);
    newer.version(CURRENT_SCHEMA_VERSION + 10).stores({ notes: 'entityId', future: 'id' });
    await newer.open();
    await newer.table('notes').put({ entityId: 'to-lam', entityName: 'Tô Lâm', text: 'x', createdAt: 1, updatedAt: 1 });
    newer.close();

    const db = await openDatabase({ name });
    expect((await db.notes.get('to-lam'))?.text).toBe('x');
    await db.delete();
  });

  it('raises DatabaseOpenError when opening fails (the disk is full: QuotaExceededError)', async () => {
    const failing = {
      open() {
        const request = { error: new DOMException('quota exceeded', 'QuotaExceededError') } as Record<string, unknown>;
        setTimeout(() => {
          const onerror = request.onerror as ((event: unknown) => void) | undefined;
          onerror?.({ target: request, type: 'error', preventDefault() {}, stopPropagation() {} });
        });
        return request;
      },
    } as unknown as IDBFactory;
    const error = await openDatabase({ name: 'mekong-lens-corrupt', indexedDB: failing, IDBKeyRange }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DatabaseOpenError);
    expect((error as DatabaseOpenError).cause).toBeInstanceOf(Error);
    expect((error as Error).message).toContain('QuotaExceededError');
  });

  it('raises DatabaseOpenError when IndexedDB refuses to open (private mode, blocked storage)', async () => {
    const refusing = {
      open() {
        throw new DOMException('storage is disabled', 'SecurityError');
      },
    } as unknown as IDBFactory;
    const error = await openDatabase({ name: 'mekong-lens-refused', indexedDB: refusing, IDBKeyRange }).catch(
      (e: unknown) => e,
    );
    expect(isDatabaseOpenError(error)).toBe(true);
  });

  it('tells other errors apart from a failure to open', () => {
    expect(isDatabaseOpenError(new Error('other'))).toBe(false);
    expect(isDatabaseOpenError(undefined)).toBe(false);
  });
});
