/**
 * The reading notebook's files: the JSON the side panel exports and imports, and the figures a content script
 * reports. Both are checked field by field; a bad file changes nothing and says what is wrong, where.
 */
import { en, vi } from 'zod/locales';
import { z } from 'zod/mini';
import { ISO_DAY } from '../../shared/iso-date.ts';
import {
  CSV_HEADER,
  csvRows,
  entryKey,
  type NotebookEntry,
  outletOf,
  type ReadFigure,
} from '../../shared/notebook/readings.ts';
import type { MekongDatabase } from '../db/database.ts';
import { entriesAfter } from '../db/notebook.ts';
import type { ImportProblem, NotebookExport } from '../messaging/protocol.ts';
import { ReadFigureShape } from '../messaging/schemas.ts';
import type { Settings } from '../settings/settings.ts';

/** Most entries a notebook file may hold. */
export const MAX_NOTEBOOK_ENTRIES = 200_000;

const Url = z.string().check(
  z.maxLength(4096),
  z.refine((url) => /^https?:$/.test(safeProtocol(url)), 'not an http(s) address'),
);

const EntryShape = z.object({
  ...ReadFigureShape,
  id: z.optional(z.string()),
  url: Url,
  host: z.optional(z.string()),
  title: z.string().check(z.maxLength(500)),
  date: z.optional(z.string().check(z.regex(ISO_DAY))),
  recordedAt: z.number().check(z.nonnegative()),
});

const NotebookFileSchema = z.object({
  format: z.literal('mekong-lens-notebook'),
  version: z.literal(1),
  exportedAt: z.optional(z.string()),
  entries: z.array(EntryShape).check(z.maxLength(MAX_NOTEBOOK_ENTRIES)),
});

/** The file `notebook-export` gives (as JSON) and `notebook-import` takes. */
export interface NotebookFile {
  format: 'mekong-lens-notebook';
  version: 1;
  exportedAt: string;
  entries: NotebookEntry[];
}

function safeProtocol(url: string): string {
  try {
    return new URL(url).protocol;
  } catch {
    return '';
  }
}

/** A reading made into an entry: its key and outlet computed here, never taken from a message or a file. */
export function makeEntry(
  figure: ReadFigure,
  page: { url: string; title: string; date?: string },
  recordedAt: number,
): NotebookEntry {
  const { text, sentence, value, valueMax, unit, metric, period, role, qualifier } = figure;
  const entry: NotebookEntry = {
    id: '',
    url: page.url,
    host: outletOf(page.url),
    title: page.title,
    ...(page.date ? { date: page.date } : {}),
    text,
    sentence,
    value,
    ...(valueMax !== undefined ? { valueMax } : {}),
    unit,
    metric,
    period,
    role,
    ...(qualifier ? { qualifier } : {}),
    recordedAt,
  };
  entry.id = entryKey(entry);
  return entry;
}

export function notebookFile(entries: NotebookEntry[]): NotebookFile {
  return { format: 'mekong-lens-notebook', version: 1, exportedAt: new Date().toISOString(), entries };
}

/** Page rows an export part holds: a few megabytes, so no one message or string holds the whole notebook. */
export const EXPORT_PAGES = 500;

/**
 * One part of the notebook as a file: the entries of the `EXPORT_PAGES` page rows after `after` (from the first
 * when undefined), the file's head on the first part, its tail on the last (the one without `next`). The parts
 * joined in order are the file.
 */
export async function exportPart(
  db: MekongDatabase | null,
  format: 'json' | 'csv',
  after?: string,
  pages = EXPORT_PAGES,
): Promise<NotebookExport> {
  const { entries, next } = db ? await entriesAfter(db, after, pages) : { entries: [] };
  const day = new Date().toISOString().slice(0, 10);
  const more = next === undefined ? {} : { next };
  if (format === 'csv')
    return {
      fileName: `mekong-lens-notebook-${day}.csv`,
      mime: 'text/csv',
      text: (after === undefined ? CSV_HEADER : '') + csvRows(entries),
      ...more,
    };
  let text = entries.map((entry) => JSON.stringify(entry)).join(',');
  if (after === undefined) text = `${JSON.stringify(notebookFile([])).slice(0, -2)}${text}`;
  else if (entries.length > 0) text = `,${text}`;
  return {
    fileName: `mekong-lens-notebook-${day}.json`,
    mime: 'application/json',
    text: next === undefined ? `${text}]}` : text,
    ...more,
  };
}

/** Every part of an export, in order (the side panel asks for them one message at a time). */
export async function exportParts(db: MekongDatabase | null, format: 'json' | 'csv'): Promise<string[]> {
  const parts: string[] = [];
  let after: string | undefined;
  do {
    const part = await exportPart(db, format, after);
    parts.push(part.text);
    after = part.next;
  } while (after !== undefined);
  return parts;
}

/** Checks a notebook file; its entries come back with their keys and outlets recomputed. */
export function parseNotebookFile(
  data: unknown,
  language: Settings['language'],
): { ok: true; entries: NotebookEntry[] } | { ok: false; errors: ImportProblem[] } {
  z.config(language === 'vi' ? vi() : en());
  const parsed = NotebookFileSchema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.slice(0, 30).map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    };
  }
  return { ok: true, entries: parsed.data.entries.map((entry) => makeEntry(entry, entry, entry.recordedAt)) };
}
