/**
 * Cards say what the base knows as of its latest source: a role or an organisation's state is never presented as
 * current on a page dated after that source (DESIGN.md, "What the base knows, and as of when").
 */
import { describe, expect, it } from 'vitest';
import { curatedFactBase } from '../factbase/data/index.ts';
import type { FactBase, Role } from '../factbase/schema.ts';
import { buildEntityCard, cardIndex, rolesAt } from './build-card.ts';
import type { EntityCard } from './card.ts';

const index = cardIndex(curatedFactBase);
const card = (id: string, date?: string) => buildEntityCard(index, () => [], id, date) as EntityCard;
const standings = (entity: EntityCard) =>
  entity.rolesAtDate.map((role) => [role.title.split(' ').slice(0, 3).join(' '), role.standing, role.asOf]);

const source = (date: string) => ({ seed: 'x.txt', quote: 'q', date });

describe('rolesAt', () => {
  const dated: Role = { title: 'A', from: '2020-01-01', to: '2021-12-31', source: source('2021-06-01') };
  const open: Role = { title: 'B', from: '2022-01-01', source: source('2023-06-01'), also: [source('2024-06-01')] };
  const undated: Role = { title: 'C', source: source('2023-03-01') };

  it('holds a role from its public-record start through its end, or through its latest source', () => {
    expect(rolesAt([dated, open], '2021-01-01')).toEqual([{ role: dated, standing: 'held', asOf: '2021-12-31' }]);
    expect(rolesAt([dated, open], '2024-06-01')).toEqual([{ role: open, standing: 'held', asOf: '2024-06-01' }]);
  });

  it('past the latest source of an open role, gives it only as of that source', () => {
    expect(rolesAt([dated, open], '2025-01-01')).toEqual([
      { role: open, standing: 'latest-source', asOf: '2024-06-01' },
    ]);
  });

  it('without a date, gives every open role as of its latest source, never as current', () => {
    expect(rolesAt([dated, open, undated], undefined).map((r) => [r.role.title, r.standing, r.asOf])).toEqual([
      ['B', 'latest-source', '2024-06-01'],
      ['C', 'latest-source', '2023-03-01'],
    ]);
    expect(rolesAt([dated], undefined)).toEqual([{ role: dated, standing: 'ended', asOf: '2021-12-31' }]);
  });

  it('holds an undated role only on the day of its source', () => {
    expect(rolesAt([undated], '2023-03-01')[0]?.standing).toBe('held');
    expect(rolesAt([undated], '2023-03-02')[0]?.standing).toBe('latest-source');
  });

  it('before the first source of a role with no known start, gives it as a later article states it', () => {
    expect(rolesAt([undated], '2020-01-01')).toEqual([{ role: undated, standing: 'later-source', asOf: '2023-03-01' }]);
  });

  it('claims nothing before a dated appointment, and after every role ended gives the last with its end', () => {
    expect(rolesAt([open], '2021-01-01')).toEqual([]);
    expect(rolesAt([dated], '2022-01-01')).toEqual([{ role: dated, standing: 'ended', asOf: '2021-12-31' }]);
  });
});

describe('a person’s card at the page’s date', () => {
  it('Tô Lâm: Chủ tịch nước in 7/2024, both roles between 3/8 and 21/10/2024, Tổng Bí thư in 12/2025', () => {
    expect(standings(card('to-lam', '2024-07-11'))).toEqual([['Chủ tịch nước', 'held', '2024-10-21']]);
    expect(standings(card('to-lam', '2024-09-01'))).toEqual([
      ['Tổng Bí thư', 'held', '2025-12-01'],
      ['Chủ tịch nước', 'held', '2024-10-21'],
    ]);
    expect(standings(card('to-lam', '2025-12-01'))).toEqual([['Tổng Bí thư', 'held', '2025-12-01']]);
  });

  it('Tô Lâm on a page after the base’s latest source: Tổng Bí thư only as of 1/12/2025, never Chủ tịch nước', () => {
    const later = card('to-lam', '2026-11-29');
    expect(standings(later)).toEqual([['Tổng Bí thư', 'latest-source', '2025-12-01']]);
    expect(standings(card('to-lam'))).toEqual([['Tổng Bí thư', 'latest-source', '2025-12-01']]);
  });

  it('Tô Lâm’s summary does not read as if he were still President', () => {
    const { summary } = card('to-lam', '2025-12-01');
    expect(summary).toMatch(/Chủ tịch nước từ 5\/2024 đến 10\/2024/);
    expect(summary).toMatch(/nguồn mới nhất/);
    expect(summary).not.toMatch(/Chủ tịch nước \(từ/);
  });

  it('Thongloun Sisoulith: both roles the seeds give him, Tổng Bí thư and Chủ tịch nước', () => {
    expect(standings(card('thongloun-sisoulith', '2024-07-11'))).toEqual([
      ['Tổng Bí thư', 'held', '2025-12-01'],
      ['Chủ tịch nước', 'held', '2025-12-01'],
    ]);
  });

  it('cites the article nearest the page’s date for a role several articles state', () => {
    expect(card('pham-minh-chinh', '2023-04-05').rolesAtDate[0]?.source.date).toBe('2023-04-05');
    expect(card('pham-minh-chinh', '2024-11-06').rolesAtDate[0]?.source.date).toBe('2024-11-06');
    expect(card('pham-minh-chinh', '2025-06-01').rolesAtDate[0]).toMatchObject({
      standing: 'latest-source',
      asOf: '2024-11-06',
    });
  });

  it('Trần Quốc Phương after his ministry merged: as of 16/8/2024, and the merger said', () => {
    const june2025 = card('tran-quoc-phuong', '2025-06-01');
    expect(standings(june2025)).toEqual([
      ['Thứ trưởng Bộ', 'latest-source', '2024-08-16'],
      ['Phó Chủ tịch', 'latest-source', '2024-08-16'],
    ]);
    expect(june2025.rolesAtDate[0]?.organizationEnded).toMatchObject({
      id: 'bo-ke-hoach-va-dau-tu',
      date: '2025-03-01',
      text: 'hợp nhất vào Bộ Tài chính',
    });
    expect(june2025.rolesAtDate[0]?.organizationEnded?.note).toMatch(/Hồ sơ công khai, ngoài các bài nguồn/);
    // Before the merger, only the date of the latest source.
    const dec2024 = card('tran-quoc-phuong', '2024-12-01');
    expect(dec2024.rolesAtDate[0]).toMatchObject({ standing: 'latest-source', asOf: '2024-08-16' });
    expect(dec2024.rolesAtDate[0]?.organizationEnded).toBeUndefined();
    expect(card('tran-quoc-phuong', '2024-08-16').rolesAtDate.map((role) => role.standing)).toEqual(['held', 'held']);
  });

  it('a role with no known start on a page older than its first source: shown as a later article states it', () => {
    const before = card('phet-phomphiphak', '2023-04-05');
    expect(before.rolesAtDate.map((role) => [role.standing, role.asOf])).toEqual([
      ['later-source', '2024-08-16'],
      ['later-source', '2024-08-16'],
    ]);
  });

  it('a historical role is given with its end, never as current', () => {
    expect(card('ho-chi-minh', '2024-08-16').rolesAtDate).toEqual([
      expect.objectContaining({ standing: 'ended', to: '1969-09-02' }),
    ]);
  });
});

describe('an organisation’s card at the page’s date', () => {
  it('Bộ Kế hoạch và Đầu tư: current on its sources’ dates; later, as of its latest source and then merged', () => {
    const onSource = card('bo-ke-hoach-va-dau-tu', '2024-08-16');
    expect(onSource.latestSource).toBeUndefined();
    expect(onSource.ended).toBeUndefined();
    const beforeMerger = card('bo-ke-hoach-va-dau-tu', '2024-12-01');
    expect(beforeMerger.latestSource).toBe('2024-08-16');
    expect(beforeMerger.ended).toBeUndefined();
    const afterMerger = card('bo-ke-hoach-va-dau-tu', '2025-06-01');
    expect(afterMerger.latestSource).toBe('2024-08-16');
    expect(afterMerger.ended).toMatchObject({ date: '2025-03-01', text: 'hợp nhất vào Bộ Tài chính' });
    expect(afterMerger.ended?.note).toMatch(/Hồ sơ công khai, ngoài các bài nguồn/);
    expect(card('bo-ke-hoach-va-dau-tu').ended).toBeDefined();
  });

  it('the Lao ministry’s merger, from the public record', () => {
    expect(card('bo-ke-hoach-va-dau-tu-lao', '2025-06-01').ended).toMatchObject({ date: '2025-03-20' });
    expect(card('bo-ke-hoach-va-dau-tu-lao', '2025-01-01').ended).toBeUndefined();
  });

  it('no organisation or project card on an undated page presents its state without its latest source', () => {
    for (const entity of curatedFactBase.entities.filter((e) => e.kind === 'organization' || e.kind === 'project')) {
      expect(card(entity.id).latestSource, entity.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('only an organisation or a project is dated this way (a place is not a state)', () => {
    expect(card('ha-noi').latestSource).toBeUndefined();
  });
});

describe('sources', () => {
  it('a fact from seed 000’s "Tin liên quan" teaser cites that story and its own date, inside the 2023 page', () => {
    const fdi = card('viet-nam', '2024-05-01').facts.find((fact) => fact.id === 'viet-nam-thu-hut-fdi-4-thang-2024');
    expect(fdi?.sources[0]).toMatchObject({
      title: 'Việt Nam hút 9,27 tỷ USD vốn FDI 4 tháng đầu năm',
      date: '2024-04',
      within: { date: '2023-04-05' },
    });
  });

  it('works on a base without the optional fields (a fact pack)', () => {
    const pack: FactBase = {
      seeds: [{ file: 'x.txt', title: 'X', date: '2024-01-01', dateBasis: 'stated' }],
      entities: [
        {
          id: 'a',
          kind: 'organization',
          name: 'A',
          aliases: [],
          summary: 'A.',
        },
      ],
      metrics: [],
      facts: [{ id: 'a-x', about: ['a'], text: 'x', sources: [{ seed: 'x.txt', quote: 'q', date: '2024-01-01' }] }],
    };
    const packCard = buildEntityCard(cardIndex(pack), () => [], 'a', '2024-06-01');
    expect(packCard).toMatchObject({ rolesAtDate: [], latestSource: '2024-01-01' });
  });
});
