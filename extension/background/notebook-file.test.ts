import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addEntries } from '../db/notebook.ts';
import { freshDatabase } from '../db/test-support.ts';
import { exportPart, makeEntry, notebookFile, parseNotebookFile } from './notebook-file.ts';

const entry = makeEntry(
  {
    text: '2,2 tỷ USD',
    sentence: 'Năm 2024, kim ngạch thương mại Việt - Lào đạt 2,2 tỷ USD.',
    value: 2.2e9,
    unit: 'USD',
    metric: 'thuong-mai-viet-nam-lao',
    period: '2024',
    role: 'result',
  },
  { url: 'https://www.vnexpress.net/a', title: 'Bài', date: '2025-01-02' },
  7,
);

describe('notebook files', () => {
  it('round-trip: an exported file imports as the same entries', () => {
    const file = JSON.parse(JSON.stringify(notebookFile([entry])));
    expect(parseNotebookFile(file, 'vi')).toEqual({ ok: true, entries: [entry] });
    expect(entry.host).toBe('vnexpress.net');
  });

  it("recompute a file's keys and outlets rather than trust them", () => {
    const file = notebookFile([{ ...entry, id: 'forged', host: 'evil.example' }]);
    const parsed = parseNotebookFile(file, 'en');
    expect(parsed.ok && parsed.entries[0]).toMatchObject({ id: entry.id, host: 'vnexpress.net' });
  });

  it.each([
    ['not a notebook', { format: 'mekong-lens-notes', version: 1, entries: [] }, 'format'],
    ['an address that is not http(s)', notebookFile([{ ...entry, url: 'javascript:alert(1)' }]), 'entries.0.url'],
    ['a value that is not a number', notebookFile([{ ...entry, value: Number.NaN }]), 'entries.0.value'],
    ['an unknown role', notebookFile([{ ...entry, role: 'guess' as 'result' }]), 'entries.0.role'],
    ['a bad date', notebookFile([{ ...entry, date: '1/2/2025' }]), 'entries.0.date'],
  ])('refuse %s, saying where', (_, file, path) => {
    const parsed = parseNotebookFile(file, 'en');
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors.map((error) => error.path)).toContain(path);
  });
});

describe('an export in parts', () => {
  it('joins, part after part, into the whole file: JSON that imports every entry, CSV with a row each', async () => {
    const db = freshDatabase();
    const entries = Array.from({ length: 23 }, (_, i) =>
      makeEntry(
        { ...entry, value: 1e9 + i, sentence: `Câu "${i}", có dấu phẩy.` },
        { url: `https://a.vn/${i % 7}`, title: 'Bài' },
        i,
      ),
    );
    await addEntries(db, entries);
    const whole = async (format: 'json' | 'csv') => {
      const parts: string[] = [];
      let after: string | undefined;
      do {
        const part = await exportPart(db, format, after, 2);
        parts.push(part.text);
        after = part.next;
      } while (after !== undefined);
      return parts;
    };
    const json = await whole('json');
    expect(json.length).toBe(4);
    const parsed = parseNotebookFile(JSON.parse(json.join('')), 'vi');
    expect(parsed.ok && parsed.entries.sort((a, b) => a.recordedAt - b.recordedAt)).toEqual(entries);
    const rows = (await whole('csv')).join('').split('\r\n');
    expect(rows[0]).toMatch(/^metric,period,/);
    expect(rows.filter(Boolean)).toHaveLength(24);
    await db.delete();
    // An empty notebook is still a file.
    expect(JSON.parse((await exportPart(freshDatabase(), 'json')).text)).toMatchObject({ entries: [] });
  });
});
