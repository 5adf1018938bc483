/**
 * The reader's own data in the database: pinned entities, notes and imported fact packs (settings and site
 * choices live in `storage.local`, settings/storage.ts). Seeding never touches these tables; a note outlives its
 * entity leaving the fact base.
 */
import type { LegacySettings } from '../settings/storage.ts';
import {
  legacySettingsRow,
  type MekongDatabase,
  type NoteRecord,
  type PackRecord,
  type PinRecord,
} from './database.ts';

/**
 * The settings and site choices schema 4 and earlier kept here, as the upgrade to schema 5 set them aside; they
 * live in `storage.local` now, and the background moves them there once (Store), then forgets them here.
 */
export async function legacySettings(db: MekongDatabase): Promise<LegacySettings> {
  const row = await legacySettingsRow(db).get('legacySettings');
  return { settings: row?.settings ?? [], sites: row?.sites ?? [] };
}

export async function clearLegacySettings(db: MekongDatabase): Promise<void> {
  await legacySettingsRow(db).delete('legacySettings');
}

/** Pins an entity; pinning it again keeps its first pin time. */
export async function pinEntity(db: MekongDatabase, entityId: string): Promise<void> {
  await db.transaction('rw', db.pins, async () => {
    if (!(await db.pins.get(entityId))) await db.pins.add({ entityId, pinnedAt: Date.now() });
  });
}

export async function unpinEntity(db: MekongDatabase, entityId: string): Promise<void> {
  await db.pins.delete(entityId);
}

export async function isPinned(db: MekongDatabase, entityId: string): Promise<boolean> {
  return (await db.pins.get(entityId)) !== undefined;
}

/** Pins, oldest first. */
export async function listPins(db: MekongDatabase): Promise<PinRecord[]> {
  return db.pins.orderBy('pinnedAt').toArray();
}

export async function getNote(db: MekongDatabase, entityId: string): Promise<NoteRecord | undefined> {
  return db.notes.get(entityId);
}

/**
 * Writes the note on an entity; `entityName` is kept with it so the note stays readable if the entity leaves the
 * fact base. Blank text deletes the note.
 */
export async function setNote(db: MekongDatabase, entityId: string, entityName: string, text: string): Promise<void> {
  if (text.trim() === '') {
    await db.notes.delete(entityId);
    return;
  }
  await db.transaction('rw', db.notes, async () => {
    const now = Date.now();
    const createdAt = (await db.notes.get(entityId))?.createdAt ?? now;
    await db.notes.put({ entityId, entityName, text, createdAt, updatedAt: now });
  });
}

export async function deleteNote(db: MekongDatabase, entityId: string): Promise<void> {
  await db.notes.delete(entityId);
}

/** Notes, most recently edited first. */
export async function listNotes(db: MekongDatabase): Promise<NoteRecord[]> {
  return db.notes.orderBy('updatedAt').reverse().toArray();
}

/** Imported fact packs, oldest first. */
export async function listPacks(db: MekongDatabase): Promise<PackRecord[]> {
  return (await db.packs.toArray()).sort((a, b) => a.importedAt - b.importedAt);
}

export async function addPack(db: MekongDatabase, pack: PackRecord): Promise<void> {
  await db.packs.put(pack);
}

export async function removePack(db: MekongDatabase, id: string): Promise<void> {
  await db.packs.delete(id);
}
