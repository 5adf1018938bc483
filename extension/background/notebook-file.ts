/**
 * The reading notebook's files: the JSON the side panel exports and imports, and the figures a content script
 * reports. Both are checked field by field; a bad file changes nothing and says what is wrong, where.
 */
import { en, vi } from 'zod/locales';
import { z } from 'zod/mini';
import { ISO_DAY } from '../../shared/iso-date.ts';
import { entryKey, type NotebookEntry, outletOf, type ReadFigure } from '../../shared/notebook/readings.ts';
import type { Settings } from '../db/settings.ts';
import type { ImportProblem } from '../messaging/protocol.ts';
import { ReadFigureShape } from '../messaging/schemas.ts';

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
