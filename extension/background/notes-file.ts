/** The notes file (`export-notes` / `import-notes`): its schema, and a parse that says what is wrong, where. */

import { en, vi } from 'zod/locales';
import { z } from 'zod/mini';
import type { ImportProblem, NotesFile } from '../messaging/protocol.ts';
import type { Settings } from '../settings/settings.ts';

const EntityId = z.string().check(z.minLength(1), z.maxLength(200));
const Time = z.number().check(z.nonnegative());

const NotesFileSchema = z.object({
  format: z.literal('mekong-lens-notes'),
  version: z.literal(1),
  exportedAt: z.optional(z.string()),
  notes: z
    .array(
      z.object({
        entityId: EntityId,
        entityName: z.string().check(z.maxLength(500)),
        text: z.string().check(z.minLength(1), z.maxLength(20_000)),
        createdAt: Time,
        updatedAt: Time,
      }),
    )
    .check(z.maxLength(100_000)),
  pins: z._default(z.array(z.object({ entityId: EntityId, pinnedAt: Time })).check(z.maxLength(100_000)), []),
});

export function parseNotesFile(
  data: unknown,
  language: Settings['language'],
): { ok: true; file: NotesFile } | { ok: false; errors: ImportProblem[] } {
  z.config(language === 'vi' ? vi() : en());
  const parsed = NotesFileSchema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.slice(0, 30).map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    };
  }
  return { ok: true, file: { ...parsed.data, exportedAt: parsed.data.exportedAt ?? '' } };
}
