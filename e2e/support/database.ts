/**
 * The extension's IndexedDB seen from one of its own pages, without Dexie: what every table holds (row counts) and
 * which packs are stored — to show that a refused import changed nothing.
 * Also a way to make the database unusable the way a browser can: an old version held open by a connection that
 * will not close, so the background's upgrade is blocked.
 */
import type { Page } from 'playwright-core';

export interface DatabaseSnapshot {
  version: number;
  counts: Record<string, number>;
  packs: string[];
}

/** Reads the database from `page`, a page of the extension's origin; the connection is closed again. */
export function databaseSnapshot(page: Page): Promise<DatabaseSnapshot> {
  return page.evaluate(
    () =>
      new Promise<DatabaseSnapshot>((resolve, reject) => {
        const open = indexedDB.open('mekong-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names);
          const counts: Record<string, number> = {};
          for (const name of names) {
            const count = tx.objectStore(name).count();
            count.onsuccess = () => {
              counts[name] = count.result;
            };
          }
          const packs = tx.objectStore('packs').getAllKeys();
          tx.oncomplete = () => {
            db.close();
            resolve({ version: db.version, counts, packs: packs.result.map(String) });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/**
 * From `page` (of the extension's origin): deletes the database, recreates it at the first schema version
 * (IndexedDB version 10, Dexie's 1) and keeps that connection open, ignoring requests to close it. The next
 * background to start cannot upgrade it. Stop the service worker first, so that it does not reopen it meanwhile.
 */
export function holdOldDatabase(page: Page): Promise<void> {
  return page.evaluate(async () => {
    const holdOnce = () =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const removal = indexedDB.deleteDatabase('mekong-lens');
        removal.onerror = () => reject(removal.error);
        removal.onsuccess = () => {
          const open = indexedDB.open('mekong-lens', 10);
          open.onupgradeneeded = () => open.result.createObjectStore('notes', { keyPath: 'entityId' });
          open.onerror = () => reject(open.error);
          open.onsuccess = () => resolve(open.result);
        };
      });
    // A worker still stopping may reopen the database between the deletion and the reopening: try again.
    for (let attempt = 1; ; attempt++) {
      try {
        const db = await holdOnce();
        db.onversionchange = () => undefined;
        (globalThis as { heldDatabase?: IDBDatabase }).heldDatabase = db;
        return;
      } catch (error) {
        if (attempt === 20) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  });
}
