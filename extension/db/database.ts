/**
 * The extension's IndexedDB database (Dexie), opened in one place and only by the background (background/store.ts):
 * the popup, the side panel and the options page ask the background.
 *
 * It holds what the extension cannot rebuild from its own code, and one thing that is slow to rebuild:
 * - the reader's data: `pins`, `notes`, `packs` (the fact packs a reader imported; user-data.ts), and
 *   `notebookPages` and `notebookPoints` (the figures the reader met on pages; notebook.ts);
 * - `meta`: the background's compiled annotator for the base in use (`annotatorCache`), so that a restarted service
 *   worker does not compile again, and settings an older version kept here until they move (`legacySettingsRow`).
 * The bundled fact base is code, not data: the background lays the packs over it in memory and answers cards,
 * lookups and search from there. Schema 1 to 5 also copied the base into tables (`entities`, `entityFacts`,
 * `metrics`, `metricFacts`, `relations`, `aliases`, `seeds`) that only `entities` was ever read from, by the
 * search boxes, which had the same entities from the background; schema 6 drops them.
 * Settings and site choices live in `storage.local` (settings/storage.ts), not here.
 *
 * Schema versions live in `SCHEMA_VERSIONS`; to change the schema, append a version (and, if data must move, an
 * `upgrade`), then add its case to migrations.test.ts.
 */
import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type { FactBase, MentionKind } from '../../shared/factbase/schema.ts';
import { entryKey, type NotebookEntry } from '../../shared/notebook/readings.ts';
import { addTo, type NotebookChunkRecord, type NotebookPageRecord } from './notebook.ts';

export const DATABASE_NAME = 'mekong-lens';

/**
 * The background's compiled annotator, encoded, for the fact base `version` (row `annotator`): a restarted service
 * worker answers the first page from it instead of compiling every alias again. Cleared when the extension is
 * installed or updated (its code may compile differently).
 */
export interface AnnotatorCacheRecord {
  key: 'annotator';
  version: string;
  state: string;
}

/** The `meta` table, as it holds the annotator's row. */
export const annotatorCache = (db: Dexie): Table<AnnotatorCacheRecord, 'annotator'> => db.table('meta');

/**
 * The settings (rows) and site choices (records) schema 4 and earlier kept in their own tables, set aside by the
 * upgrade to schema 5 (row `legacySettings`) until the background moves them to `storage.local`.
 */
export interface LegacySettingsRecord {
  key: 'legacySettings';
  settings: Array<{ key: string; value: unknown }>;
  sites: Array<{ hostname: string; enabled: boolean; kinds?: MentionKind[]; updatedAt: number }>;
}

/** The `meta` table, as it holds the set-aside settings' row. */
export const legacySettingsRow = (db: Dexie): Table<LegacySettingsRecord, 'legacySettings'> => db.table('meta');

export interface PinRecord {
  entityId: string;
  pinnedAt: number;
}

/** A reader's note on an entity; `entityName` keeps it readable if the entity leaves the fact base. */
export interface NoteRecord {
  entityId: string;
  entityName: string;
  text: string;
  createdAt: number;
  updatedAt: number;
}

/** A fact pack the reader imported (same schema as the fact base), kept until removed. */
export interface PackRecord {
  /** The pack's content version (`factBaseVersion` of its base). */
  id: string;
  name: string;
  importedAt: number;
  base: FactBase;
}

export interface SchemaVersion {
  version: number;
  /** Dexie store specs for the tables this version adds or changes (`null` deletes a table). */
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

/** Every schema version, oldest first. Never edit a published version: append one. */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      entities: 'id, kind',
      entityFacts: 'bucket',
      metrics: 'id',
      metricFacts: 'metricId',
      relations: 'entityId',
      aliases: 'bucket',
      seeds: 'file',
      meta: 'key',
      settings: 'key',
      siteChoices: 'hostname',
      pins: 'entityId, pinnedAt',
      notes: 'entityId, updatedAt',
    },
  },
  {
    version: 2,
    stores: { packs: 'id' },
  },
  {
    // The reading notebook: a new table, nothing to move (notes, pins and the rest are kept as they are).
    version: 3,
    stores: { notebook: 'id, [metric+period], metric, recordedAt' },
  },
  {
    // The notebook at scale (notebook.ts): a row per page with the words, chunks of points by metric and period.
    // Every schema-3 record moves over under its new key; the old table goes.
    version: 4,
    stores: {
      notebook: null,
      notebookPages: 'page',
      notebookPoints: '[metric+period+chunk], [metric+period+count]',
    },
    upgrade: async (tx) => {
      const old = (await tx.table('notebook').toArray()) as NotebookEntry[];
      await addTo(
        { pages: tx.table('notebookPages'), points: tx.table('notebookPoints') },
        old.map((entry) => ({ ...entry, id: entryKey(entry) })),
      );
    },
  },
  {
    // Settings and site choices moved to storage.local (settings/storage.ts): their rows are set aside in `meta`
    // for the background to move there (it cannot reach storage from inside this transaction), and the tables go.
    version: 5,
    stores: { settings: null, siteChoices: null },
    upgrade: async (tx) => {
      const [settings, sites] = await Promise.all([tx.table('settings').toArray(), tx.table('siteChoices').toArray()]);
      if (settings.length > 0 || sites.length > 0)
        await tx.table('meta').put({ key: 'legacySettings', settings, sites } satisfies LegacySettingsRecord);
    },
  },
  {
    // The copy of the fact base goes (see the header): nothing read it but the search boxes, which ask the
    // background now. Its row in `meta` (which version was copied) goes with it.
    version: 6,
    stores: {
      entities: null,
      entityFacts: null,
      metrics: null,
      metricFacts: null,
      relations: null,
      aliases: null,
      seeds: null,
    },
    upgrade: async (tx) => {
      await tx.table('meta').delete('factbase');
    },
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;

/** Where IndexedDB comes from: the browser's by default, or another (fake-indexeddb in Node). */
export interface DatabaseOptions {
  name?: string;
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

/** Declares `versions` on `db`, oldest first. The migration tests use it to open a database as it was. */
export function declareVersions(db: Dexie, versions: readonly SchemaVersion[]): void {
  for (const { version, stores, upgrade } of versions) {
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
}

export class MekongDatabase extends Dexie {
  pins!: EntityTable<PinRecord, 'entityId'>;
  notes!: EntityTable<NoteRecord, 'entityId'>;
  packs!: EntityTable<PackRecord, 'id'>;
  notebookPages!: Table<NotebookPageRecord, string>;
  notebookPoints!: Table<NotebookChunkRecord, [string, string, number]>;

  constructor({ name = DATABASE_NAME, indexedDB, IDBKeyRange }: DatabaseOptions = {}) {
    super(name, indexedDB && IDBKeyRange ? { indexedDB, IDBKeyRange } : undefined);
    declareVersions(this, SCHEMA_VERSIONS);
  }
}

/**
 * The database could not be opened (no IndexedDB, private mode, a newer schema on disk, quota, corruption).
 * The background catches it and keeps the reader's data in memory for the session.
 */
export class DatabaseOpenError extends Error {
  override readonly name = 'DatabaseOpenError';
}

export function isDatabaseOpenError(error: unknown): error is DatabaseOpenError {
  return error instanceof DatabaseOpenError;
}

/** Opens the database, upgrading it to the current schema; throws `DatabaseOpenError` if it cannot. */
export async function openDatabase(options: DatabaseOptions = {}): Promise<MekongDatabase> {
  let db: MekongDatabase | undefined;
  try {
    db = new MekongDatabase(options);
    await db.open();
    return db;
  } catch (error) {
    db?.close();
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    throw new DatabaseOpenError(`cannot open the database "${options.name ?? DATABASE_NAME}" (${reason})`, {
      cause: error,
    });
  }
}
