/**
 * The background's store: the only part of the extension that opens the database.
 *
 * On start it opens the database and reads the imported packs (a few milliseconds) and lays them over the bundled
 * fact base in memory: cards, lookups, search and the annotator come from that base. The database keeps what the
 * extension cannot rebuild — the reader's notes, pins, packs and notebook — and the compiled annotator per version,
 * so that a restarted service worker does not compile again; settings and site choices live in `storage.local`
 * (settings/storage.ts), where the store moves an older version's once. If the database cannot open (quota,
 * corruption, an upgrade blocked for `OPEN_TIMEOUT_MS`), the store keeps user data in memory for the session and
 * `status()` says so, with the reason. */
import type { BundledFactBase } from '../../shared/factbase/bundle.ts';
import { compileAnnotatorState, encodeAnnotatorState } from '../../shared/text/annotate.ts';
import { buildMatchTable } from '../../shared/text/match-table.ts';
import {
  annotatorCache,
  DatabaseOpenError,
  isDatabaseOpenError,
  type MekongDatabase,
  openDatabase,
} from '../db/database.ts';
import { clearLegacySettings, legacySettings } from '../db/user-data.ts';
import type {
  DatabaseState,
  ImportReport,
  LookupRecord,
  NotesFile,
  PageConfig,
  RequestOf,
  SavedEntities,
  SearchEntity,
  Sender,
  Status,
} from '../messaging/protocol.ts';
import { hostKey, type Settings, siteEnabled } from '../settings/settings.ts';
import { adoptLegacySettings, loadSettings, loadSites } from '../settings/storage.ts';
import { CATALOGUES } from '../ui/catalogues.ts';
import { CardService } from './cards.ts';
import { LookupService } from './lookup.ts';
import { NotebookService } from './notebook.ts';
import { parseNotesFile } from './notes-file.ts';
import { checkFactPack, mergeBases } from './packs.ts';
import { relatedLinks } from './related.ts';
import { databaseUserStore, memoryUserStore, type UserStore } from './user-store.ts';

export interface StoreOptions {
  bundle: BundledFactBase;
  /** Opens the database; `openDatabase()` by default. */
  open?: () => Promise<MekongDatabase>;
  /** How long opening may take before the store gives up on the database; `OPEN_TIMEOUT_MS` by default. */
  openTimeoutMs?: number;
}

/**
 * Opening takes milliseconds; one that has not answered after this long never will: an upgrade blocked by another
 * connection that does not close waits for ever, and every card and page would wait with it.
 */
export const OPEN_TIMEOUT_MS = 5_000;

/** The database, or a `DatabaseOpenError` once `ms` have passed; a database that opens too late is closed. */
function openWithin(open: () => Promise<MekongDatabase>, ms: number): Promise<MekongDatabase> {
  const opening = open();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(
        new DatabaseOpenError(
          `cannot open the database (no answer after ${ms / 1000} s: an upgrade blocked by another connection?)`,
        ),
      );
      opening.then(
        (db) => db.close(),
        () => undefined,
      );
    }, ms);
    opening.then(
      (db) => {
        clearTimeout(timer);
        resolve(db);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

export class Store {
  private db: MekongDatabase | null = null;
  private user: UserStore = memoryUserStore();
  private base: BundledFactBase;
  private state: DatabaseState = 'ready';
  private message: string | undefined;
  private derived: { annotatorState?: Promise<string>; cards?: CardService; lookup?: LookupService } = {};
  /** Resolves once the database is open (or known unavailable) and the packs are laid over the bundle. */
  readonly opened: Promise<void>;
  private writes: Promise<unknown> = Promise.resolve();
  /** The reading notebook (notebook.ts). */
  readonly notebook = new NotebookService({
    db: async () => {
      await this.opened;
      return this.db;
    },
    base: () => this.base,
    settings: () => this.settings(),
    siteEnabled: async (hostname) => (await this.pageConfig(hostname)).enabled,
  });

  constructor(private readonly options: StoreOptions) {
    this.base = options.bundle;
    this.opened = this.open();
  }

  private async open(): Promise<void> {
    try {
      this.db = await openWithin(this.options.open ?? openDatabase, this.options.openTimeoutMs ?? OPEN_TIMEOUT_MS);
      this.user = databaseUserStore(this.db);
      await moveLegacySettings(this.db);
      this.setBase(mergeBases(this.options.bundle, await this.user.packs()));
    } catch (error) {
      // Opened but unreadable (a corrupted record): the reader's data goes to memory too, not half to each.
      this.db?.close();
      this.db = null;
      this.user = memoryUserStore();
      this.setBase(this.options.bundle);
      this.state = 'unavailable';
      this.message = isDatabaseOpenError(error) || error instanceof Error ? error.message : String(error);
      console.warn('[Mekong Lens] database unavailable; using the bundled fact base', error);
    }
  }

  private setBase(base: BundledFactBase): void {
    if (base === this.base) return;
    this.base = base;
    this.derived = {};
  }

  /** Serialises writes that change the base, so that two imports never check against the same stale base. */
  private serial<T>(task: () => Promise<T>): Promise<T> {
    const next = this.writes.then(task, task);
    this.writes = next.catch(() => undefined);
    return next;
  }

  currentBase(): BundledFactBase {
    return this.base;
  }

  async status(): Promise<Status> {
    await this.opened;
    const packs = await this.user.packs();
    return {
      bundleVersion: this.options.bundle.version,
      version: this.base.version,
      database: this.state,
      ...(this.message ? { message: this.message } : {}),
      counts: { entities: this.base.entities.length, facts: this.base.facts.length },
      packs: packs.map((pack) => ({
        id: pack.id,
        name: pack.name,
        importedAt: pack.importedAt,
        entities: pack.base.entities.length,
        facts: pack.base.facts.length,
      })),
    };
  }

  /**
   * The compiled annotator, encoded to cross `runtime.sendMessage`: compiled once here, so that a content
   * script only decodes it (a few ms) instead of compiling every alias on every page it runs on.
   */
  async annotatorState(): Promise<string> {
    await this.opened;
    const base = this.base;
    this.derived.annotatorState ??= this.cachedAnnotatorState(base.version).then((cached) => {
      if (cached) return cached;
      const state = encodeAnnotatorState(compileAnnotatorState(buildMatchTable(base)));
      // Kept for the next start of the worker; a failed write only means compiling again then.
      if (this.db)
        annotatorCache(this.db)
          .put({ key: 'annotator', version: base.version, state })
          .catch(() => undefined);
      return state;
    });
    return this.derived.annotatorState;
  }

  /** The encoded annotator of a previous start of the worker, if it was for this fact base. */
  private async cachedAnnotatorState(version: string): Promise<string | undefined> {
    try {
      const record = this.db ? await annotatorCache(this.db).get('annotator') : undefined;
      return record?.version === version ? record.state : undefined;
    } catch {
      return undefined;
    }
  }

  /** Forgets the encoded annotator: the extension was installed or updated, and its code may compile differently. */
  async forgetCompiledAnnotator(): Promise<void> {
    await this.opened;
    this.derived.annotatorState = undefined;
    if (this.db)
      await annotatorCache(this.db)
        .delete('annotator')
        .catch(() => undefined);
  }

  /** A card; a figure's card adds what other articles the reader read said (`sender`: the page asking). */
  async card(request: RequestOf<'card'>, sender: Sender = {}) {
    await this.opened;
    this.derived.cards ??= new CardService(this.base, relatedLinks(this.base));
    const card = this.derived.cards.card(request);
    if (card?.type !== 'figure') return card;
    const read = await this.notebook.readFor(card.figure, sender);
    return read ? { ...card, figure: { ...card.figure, read } } : card;
  }

  async searchEntities(): Promise<SearchEntity[]> {
    await this.opened;
    return this.base.entities.map(({ id, kind, name, aliases, summary, roles }) => ({
      id,
      kind,
      name,
      aliases,
      summary,
      ...(roles ? { roles } : {}),
    }));
  }

  async lookup(id: string, date?: string): Promise<LookupRecord | null> {
    await this.opened;
    this.derived.lookup ??= new LookupService(this.base);
    const record = this.derived.lookup.record(id, date);
    if (!record) return null;
    const [note, pinned] = await Promise.all([this.user.note(id), this.user.pinned(id)]);
    return { ...record, ...(note ? { note: { text: note.text, updatedAt: note.updatedAt } } : {}), pinned };
  }

  /** The settings (after `opened`: on the first start after an upgrade, the database's have moved by then). */
  async settings(): Promise<Settings> {
    await this.opened;
    return loadSettings();
  }

  /** How a site's pages are annotated: the settings, with the site's choice. */
  async pageConfig(hostname: string): Promise<PageConfig> {
    await this.opened;
    const [settings, sites] = await Promise.all([loadSettings(), loadSites()]);
    const choice = sites[hostKey(hostname)];
    return {
      enabled: siteEnabled(settings, choice?.enabled),
      kinds: choice?.kinds ?? settings.kinds,
      mode: settings.mode,
      scope: settings.scope,
      accentless: settings.accentless,
      allFigures: settings.allFigures,
      underline: settings.underline,
      language: settings.language,
      theme: settings.theme,
      notebook: !settings.notebookPaused,
      messages: CATALOGUES[settings.language],
    };
  }

  async setNote(entityId: string, text: string): Promise<{ ok: boolean; note?: { text: string; updatedAt: number } }> {
    await this.opened;
    const name =
      this.base.entities.find((entity) => entity.id === entityId)?.name ??
      (await this.user.note(entityId))?.entityName ??
      entityId;
    await this.user.setNote(entityId, name, text);
    const note = await this.user.note(entityId);
    return { ok: true, ...(note ? { note: { text: note.text, updatedAt: note.updatedAt } } : {}) };
  }

  async setPin(entityId: string, pinned: boolean): Promise<{ pinned: boolean }> {
    await this.opened;
    await this.user.setPinned(entityId, pinned);
    return { pinned: await this.user.pinned(entityId) };
  }

  async saved(): Promise<SavedEntities> {
    await this.opened;
    const entities = new Map(this.base.entities.map((entity) => [entity.id, entity]));
    const [pins, notes] = await Promise.all([this.user.pins(), this.user.notes()]);
    return {
      pins: pins.flatMap(({ entityId }) => {
        const entity = entities.get(entityId);
        return entity ? [{ id: entity.id, name: entity.name, kind: entity.kind }] : [];
      }),
      notes: notes.flatMap((note) => {
        const entity = entities.get(note.entityId);
        return entity
          ? [{ id: entity.id, name: entity.name, kind: entity.kind, text: note.text, updatedAt: note.updatedAt }]
          : [];
      }),
    };
  }

  async exportNotes(): Promise<NotesFile> {
    await this.opened;
    const [notes, pins] = await Promise.all([this.user.notes(), this.user.pins()]);
    return {
      format: 'mekong-lens-notes',
      version: 1,
      exportedAt: new Date().toISOString(),
      notes: notes.map(({ entityId, entityName, text, createdAt, updatedAt }) => ({
        entityId,
        entityName,
        text,
        createdAt,
        updatedAt,
      })),
      pins: pins.map(({ entityId, pinnedAt }) => ({ entityId, pinnedAt })),
    };
  }

  /** Merges a notes file: a note is added, or replaces an older edit of the same entity's note; pins are added. */
  async importNotes(data: unknown): Promise<ImportReport> {
    await this.opened;
    const { language } = await this.settings();
    const parsed = parseNotesFile(data, language);
    if (!parsed.ok) return parsed;
    const added = { notes: 0, updated: 0, unchanged: 0, pins: 0 };
    for (const note of parsed.file.notes) {
      const existing = await this.user.note(note.entityId);
      if (existing && existing.updatedAt >= note.updatedAt) {
        added.unchanged += 1;
        continue;
      }
      await this.user.putNote(note);
      added[existing ? 'updated' : 'notes'] += 1;
    }
    for (const pin of parsed.file.pins) {
      if (await this.user.pinned(pin.entityId)) continue;
      await this.user.setPinned(pin.entityId, true);
      added.pins += 1;
    }
    return { ok: true, added };
  }

  async importPack(data: unknown, fileName?: string): Promise<ImportReport> {
    await this.opened;
    return this.serial(async () => {
      const { language } = await this.settings();
      const packs = await this.user.packs();
      const check = await checkFactPack(data, this.base, {
        language,
        fileName,
        imported: packs.map((pack) => pack.id),
      });
      if (!check.ok) return check;
      await this.user.addPack({ id: check.id, name: check.name, importedAt: Date.now(), base: check.base });
      await this.rebase();
      return { ok: true, added: check.added, name: check.name };
    });
  }

  async removePack(id: string): Promise<boolean> {
    await this.opened;
    return this.serial(async () => {
      if (!(await this.user.packs()).some((pack) => pack.id === id)) return false;
      await this.user.removePack(id);
      await this.rebase();
      return true;
    });
  }

  /** Lays the packs over the bundle again. */
  private async rebase(): Promise<void> {
    this.setBase(mergeBases(this.options.bundle, await this.user.packs()));
  }
}

/**
 * Settings and site choices an older version kept in the database go to `storage.local`, once: a reader who
 * upgrades keeps their switched-off sites, language and options. A failure leaves them there for the next start.
 */
async function moveLegacySettings(db: MekongDatabase): Promise<void> {
  try {
    const legacy = await legacySettings(db);
    if (legacy.settings.length === 0 && legacy.sites.length === 0) return;
    await adoptLegacySettings(legacy);
    await clearLegacySettings(db);
  } catch (error) {
    console.warn('[Mekong Lens] could not move the settings out of the database', error);
  }
}
