/**
 * Where the reader's data lives, seen by the background: the database (user-data.ts), or — when the database
 * cannot open — memory, so that settings, notes and packs still work for the session and the UI says they will
 * not be kept.
 */
import type { MekongDatabase, NoteRecord, PackRecord, PinRecord, SiteChoiceRecord } from '../db/database.ts';
import { DEFAULT_SETTINGS, type Settings } from '../db/settings.ts';
import {
  addPack,
  clearSiteChoice,
  getNote,
  getSettings,
  getSiteChoice,
  hostKey,
  isPinned,
  listNotes,
  listPacks,
  listPins,
  listSiteChoices,
  pinEntity,
  removePack,
  type SiteChoice,
  setNote,
  setSettings,
  setSiteChoice,
  unpinEntity,
} from '../db/user-data.ts';

export interface UserStore {
  readonly persistent: boolean;
  settings(): Promise<Settings>;
  setSettings(patch: Partial<Settings>): Promise<void>;
  siteChoice(hostname: string): Promise<SiteChoiceRecord | undefined>;
  setSiteChoice(hostname: string, choice: SiteChoice): Promise<void>;
  clearSiteChoice(hostname: string): Promise<void>;
  siteChoices(): Promise<SiteChoiceRecord[]>;
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
    settings: () => getSettings(db),
    setSettings: (patch) => setSettings(db, patch),
    siteChoice: (hostname) => getSiteChoice(db, hostname),
    setSiteChoice: (hostname, choice) => setSiteChoice(db, hostname, choice),
    clearSiteChoice: (hostname) => clearSiteChoice(db, hostname),
    siteChoices: () => listSiteChoices(db),
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
  const settings = new Map<string, unknown>();
  const sites = new Map<string, SiteChoiceRecord>();
  const notes = new Map<string, NoteRecord>();
  const pins = new Map<string, PinRecord>();
  const packs = new Map<string, PackRecord>();
  return {
    persistent: false,
    settings: async () => ({ ...structuredClone(DEFAULT_SETTINGS), ...Object.fromEntries(settings) }) as Settings,
    setSettings: async (patch) => {
      for (const [key, value] of Object.entries(patch)) settings.set(key, structuredClone(value));
    },
    siteChoice: async (hostname) => sites.get(hostKey(hostname)),
    setSiteChoice: async (hostname, choice) => {
      sites.set(hostKey(hostname), { ...choice, hostname: hostKey(hostname), updatedAt: Date.now() });
    },
    clearSiteChoice: async (hostname) => {
      sites.delete(hostKey(hostname));
    },
    siteChoices: async () => [...sites.values()].sort((a, b) => a.hostname.localeCompare(b.hostname)),
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
