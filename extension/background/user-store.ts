/**
 * Where the reader's notes, pins and packs live, seen by the background: the database (user-data.ts), or — when
 * the database cannot open — memory, so that they still work for the session and the UI says they will not be
 * kept. (Settings and site choices live in `storage.local`: settings/storage.ts.)
 */
import type { MekongDatabase, NoteRecord, PackRecord, PinRecord } from '../db/database.ts';
import {
  addPack,
  getNote,
  isPinned,
  listNotes,
  listPacks,
  listPins,
  pinEntity,
  removePack,
  setNote,
  unpinEntity,
} from '../db/user-data.ts';

export interface UserStore {
  readonly persistent: boolean;
  note(entityId: string): Promise<NoteRecord | undefined>;
  setNote(entityId: string, entityName: string, text: string): Promise<void>;
  /** Writes a note as it was exported (its times included). */
  putNote(note: NoteRecord): Promise<void>;
  notes(): Promise<NoteRecord[]>;
  pinned(entityId: string): Promise<boolean>;
  setPinned(entityId: string, pinned: boolean): Promise<void>;
  pins(): Promise<PinRecord[]>;
  packs(): Promise<PackRecord[]>;
  addPack(pack: PackRecord): Promise<void>;
  removePack(id: string): Promise<void>;
}

export function databaseUserStore(db: MekongDatabase): UserStore {
  return {
    persistent: true,
    note: (entityId) => getNote(db, entityId),
    setNote: (entityId, entityName, text) => setNote(db, entityId, entityName, text),
    putNote: async (note) => {
      await db.notes.put(note);
    },
    notes: () => listNotes(db),
    pinned: (entityId) => isPinned(db, entityId),
    setPinned: (entityId, pinned) => (pinned ? pinEntity(db, entityId) : unpinEntity(db, entityId)),
    pins: () => listPins(db),
    packs: () => listPacks(db),
    addPack: (pack) => addPack(db, pack),
    removePack: (id) => removePack(db, id),
  };
}

/** The same, in memory: lost when the background stops. */
export function memoryUserStore(): UserStore {
  const notes = new Map<string, NoteRecord>();
  const pins = new Map<string, PinRecord>();
  const packs = new Map<string, PackRecord>();
  return {
    persistent: false,
    note: async (entityId) => notes.get(entityId),
    setNote: async (entityId, entityName, text) => {
      if (text.trim() === '') {
        notes.delete(entityId);
        return;
      }
      const now = Date.now();
      notes.set(entityId, {
        entityId,
        entityName,
        text,
        createdAt: notes.get(entityId)?.createdAt ?? now,
        updatedAt: now,
      });
    },
    putNote: async (note) => {
      notes.set(note.entityId, { ...note });
    },
    notes: async () => [...notes.values()].sort((a, b) => b.updatedAt - a.updatedAt),
    pinned: async (entityId) => pins.has(entityId),
    setPinned: async (entityId, pinned) => {
      if (!pinned) pins.delete(entityId);
      else if (!pins.has(entityId)) pins.set(entityId, { entityId, pinnedAt: Date.now() });
    },
    pins: async () => [...pins.values()].sort((a, b) => a.pinnedAt - b.pinnedAt),
    packs: async () => [...packs.values()].sort((a, b) => a.importedAt - b.importedAt),
    addPack: async (pack) => {
      packs.set(pack.id, pack);
    },
    removePack: async (id) => {
      packs.delete(id);
    },
  };
}
