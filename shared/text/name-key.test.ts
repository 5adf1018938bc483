import { describe, expect, it } from 'vitest';
import { createAnnotator } from './annotate.ts';
import { buildMatchTable } from './match-table.ts';
import { bareNameKey, nameKey } from './name-key.ts';
import { fixtureBase } from './testdata/fixture-base.ts';

describe('nameKey: the matcher’s reading of a name', () => {
  it.each([
    ['Uỷ hội sông Mekong', 'Ủy hội sông Mekong'],
    ['Thoả thuận', 'Thỏa thuận'],
    ['Thanh Hoá', 'Thanh Hóa'],
    ['Việt Nam-Lào', 'Việt Nam – Lào'],
    ['Hợp tác Việt-Lào', 'Hợp tác Việt – Lào'],
    ['Việt Nam - Lào', 'VIỆT NAM\u00a0-\u00a0LÀO'],
    ['20 tỉ USD', '20 tỷ USD'],
    ['Viê\u0323t Nam', 'Việt Nam'],
  ])('treats "%s" and "%s" as the same name', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it('keeps names that differ in more than tone placement apart', () => {
    expect(nameKey('Viêng Chăn')).not.toBe(nameKey('Viên Chăn'));
    expect(nameKey('Lào')).not.toBe(nameKey('Lao'));
    expect(nameKey('Hợp tác Việt Lào')).not.toBe(nameKey('Hợp tác Việt - Lào'));
  });

  it('meets without marks what text typed without accents reads alike', () => {
    expect(bareNameKey('Phạm Minh Chính')).toBe(bareNameKey('pham minh chinh'));
    expect(bareNameKey('Bộ Kế hoạch và Đầu tư')).toBe(bareNameKey('BO KE HOACH VA DAU TU'));
    expect(bareNameKey('Lào')).not.toBe(bareNameKey('Lạng'));
  });
});

describe('ambiguous spellings, keyed as the matcher reads them', () => {
  // The review's case: one spelling declared ambiguous between two entities, written with another dash by one of
  // them, must not light up as that one.
  const base = {
    ...fixtureBase,
    version: 'ambiguous-dash',
    entities: [
      ...fixtureBase.entities,
      { id: 'e1', kind: 'event' as const, name: 'Diễn đàn Một', aliases: ['Hợp tác Việt-Lào'], summary: '…' },
      { id: 'e2', kind: 'event' as const, name: 'Diễn đàn Hai', aliases: ['Hợp tác Việt - Lào'], summary: '…' },
    ],
    ambiguousAliases: [
      ...(fixtureBase.ambiguousAliases ?? []),
      { alias: 'Hợp tác Việt - Lào', entities: ['e1', 'e2'], reason: 'two forums go by it' },
    ],
  };
  const annotator = createAnnotator(buildMatchTable(base));

  it.each(['Hợp tác Việt – Lào', 'Hợp tác Việt-Lào', 'Hợp tác Việt - Lào'])('gives "%s" no card', (spelling) => {
    const ids = annotator.annotate(`Chương trình ${spelling} năm nay.`).map((m) => m.entity.id);
    expect(ids).not.toContain('e1');
    expect(ids).not.toContain('e2');
  });

  it('still finds each entity by its own name', () => {
    const ids = annotator.annotate('Diễn đàn Một và Diễn đàn Hai.').map((m) => m.entity.id);
    expect(ids).toEqual(['e1', 'e2']);
  });
});
