/**
 * The extension's IndexedDB database (Dexie), opened in one place.
 *
 * Two kinds of tables:
 * - fact-base tables, rebuilt from the bundled fact base by `seedFactBase` (seed.ts) on install and on every new
 *   fact-base version: `entities`, `entityFacts`, `metrics`, `metricFacts`, `relations`, `aliases`, `seeds`, and
 *   `meta` (which version is seeded);
 * - user-data tables, which seeding never touches: `pins`, `notes`, `packs` (the fact packs a reader imported;
 *   user-data.ts), and `notebookPages` and `notebookPoints` (the figures the reader met on pages; notebook.ts).
 *   Settings and site choices live in `storage.local` (settings/storage.ts), not here.
 *
 * Records are shaped for seeding speed: writing a row costs about the same whatever its size, so `entities` has a
 * row per entity (with one index, by kind) and facts and aliases go into `BUCKETS` rows each, keyed by a hash of
 * the entity id or the folded alias. Seeding 10,000 entities and 50,000 facts writes about 12,000 rows and 10,000
 * index entries in one transaction, where a row per fact with an entity index and a multi-entry alias index writes
 * over 100,000.
 *
 * Schema versions live in `SCHEMA_VERSIONS`; to change the schema, append a version (and, if data must move, an
 * `upgrade`), then add its case to migrations.test.ts. Changing only fact-base tables needs no upgrade: clear
 * `meta` in it and the next seeding refills them.
 */
import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type {
  Entity,
  Fact,
  FactBase,
  MentionKind,
  Metric,
  RelationType,
  Seed,
  Source,
} from '../../shared/factbase/schema.ts';
import { fnv1a32 } from '../../shared/hash.ts';
import { entryKey, type NotebookEntry } from '../../shared/notebook/readings.ts';
import { addTo, type NotebookChunkRecord, type NotebookPageRecord } from './notebook.ts';

export const DATABASE_NAME = 'mekong-lens';

/**
 * One bucket of facts by entity: entity id -> every fact whose `about` lists it, in the base's order. An entity's
 * facts live in bucket `bucketOf(entityId)`: about 10 entities and 16 KB per row at 10,000 entities, so seeding
 * writes 1,024 rows instead of 50,000 and a card's facts are one small read.
 */
export interface EntityFactsBucketRecord {
  bucket: number;
  facts: Record<string, Fact[]>;
}

/** The facts carrying a figure of one metric, sorted by period (the series a card compares against). */
export interface MetricFactsRecord {
  metricId: string;
  facts: Fact[];
}

/** A relation seen from one entity: `out` when the entity holds it, `in` when the entity is its target. */
export interface RelationEdge {
  type: RelationType;
  direction: 'out' | 'in';
  /** The entity at the other end. */
  other: string;
  note?: string;
  source?: Source;
}

/** Every relation an entity takes part in, both directions. Only entities with relations have a row. */
export interface RelationsRecord {
  entityId: string;
  relations: RelationEdge[];
}

/**
 * One bucket of the alias lookup: folded alias (shared/search/fold.ts) -> ids of the entities written so. A folded
 * alias lives in bucket `bucketOf(folded)`; a lookup reads one small row instead of the base keeping a
 * multi-entry index with an entry per alias.
 */
export interface AliasBucketRecord {
  bucket: number;
  aliases: Record<string, string[]>;
}

/** Which fact base is seeded. One row, key `factbase`. */
export interface MetaRecord {
  key: 'factbase';
  version: string;
  seededAt: number;
  counts: { entities: number; facts: number; metrics: number; seeds: number };
}

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

/**
 * Number of buckets of the bucketed tables (`entityFacts`, `aliases`). In Chromium a row costs about 0.1 ms to
 * write whatever its size (up to tens of KB), so a thousand buckets write in a tenth of the time of a row per fact
 * or per alias, and stay small enough to read in well under a millisecond.
 */
export const BUCKETS = 1024;

/** The bucket of a key (an entity id, a folded alias): FNV-1a over its UTF-16 code units, modulo `BUCKETS`. */
export function bucketOf(key: string): number {
  return fnv1a32(key) % BUCKETS;
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
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;

/** The fact-base tables, rebuilt by seeding. */
export const FACT_BASE_TABLES = [
  'entities',
  'entityFacts',
  'metrics',
  'metricFacts',
  'relations',
  'aliases',
  'seeds',
] as const;

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
  entities!: EntityTable<Entity, 'id'>;
  entityFacts!: EntityTable<EntityFactsBucketRecord, 'bucket'>;
  metrics!: EntityTable<Metric, 'id'>;
  metricFacts!: EntityTable<MetricFactsRecord, 'metricId'>;
  relations!: EntityTable<RelationsRecord, 'entityId'>;
  aliases!: EntityTable<AliasBucketRecord, 'bucket'>;
  seeds!: EntityTable<Seed, 'file'>;
  meta!: EntityTable<MetaRecord, 'key'>;
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
 * Callers catch it and fall back to the bundled fact base.
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
