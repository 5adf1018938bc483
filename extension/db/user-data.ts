/**
 * The reader's own data: settings, per-site choices, pinned entities, notes and imported fact packs. Seeding
 * never touches these tables; a note outlives its entity leaving the fact base.
 */
import type { MekongDatabase, NoteRecord, PackRecord, PinRecord, SiteChoiceRecord } from './database.ts';
import { DEFAULT_SETTINGS, type Settings } from './settings.ts';

export { DEFAULT_SETTINGS, type Settings } from './settings.ts';

/** Every setting: stored values over the defaults. */
export async function getSettings(db: MekongDatabase): Promise<Settings> {
  const settings: Settings = { ...DEFAULT_SETTINGS, kinds: [...DEFAULT_SETTINGS.kinds] };
  for (const { key, value } of await db.settings.toArray()) {
    if (key in DEFAULT_SETTINGS) Object.assign(settings, { [key]: value });
  }
  return settings;
}

export async function getSetting<K extends keyof Settings>(db: MekongDatabase, key: K): Promise<Settings[K]> {
  const row = await db.settings.get(key);
  return row === undefined ? structuredClone(DEFAULT_SETTINGS[key]) : (row.value as Settings[K]);
}

export async function setSetting<K extends keyof Settings>(
  db: MekongDatabase,
  key: K,
  value: Settings[K],
): Promise<void> {
  await db.settings.put({ key, value });
}

/** Writes several settings in one transaction. */
export async function setSettings(db: MekongDatabase, patch: Partial<Settings>): Promise<void> {
  await db.settings.bulkPut(Object.entries(patch).map(([key, value]) => ({ key, value })));
}

/** Hostnames compare case-insensitively and without a trailing dot. */
export function hostKey(hostname: string): string {
  return hostname.trim().toLowerCase().replace(/\.$/, '');
}

export type SiteChoice = Omit<SiteChoiceRecord, 'hostname' | 'updatedAt'>;

export async function getSiteChoice(db: MekongDatabase, hostname: string): Promise<SiteChoiceRecord | undefined> {
  return db.siteChoices.get(hostKey(hostname));
}

export async function setSiteChoice(db: MekongDatabase, hostname: string, choice: SiteChoice): Promise<void> {
  await db.siteChoices.put({ ...choice, hostname: hostKey(hostname), updatedAt: Date.now() });
}

/** Every site choice, by hostname. */
export async function listSiteChoices(db: MekongDatabase): Promise<SiteChoiceRecord[]> {
  return db.siteChoices.orderBy('hostname').toArray();
}

/** Forget a site's choice: the global settings apply there again. */
export async function clearSiteChoice(db: MekongDatabase, hostname: string): Promise<void> {
  await db.siteChoices.delete(hostKey(hostname));
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
