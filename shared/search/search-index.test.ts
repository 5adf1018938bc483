import { describe, expect, it } from 'vitest';
import { curatedFactBase } from '../factbase/data/index.ts';
import { createSearchIndex, groupByKind } from './search-index.ts';

const index = createSearchIndex(curatedFactBase.entities);
const first = (query: string) => index.search(query)[0];

describe('search over the real entities', () => {
  it("finds Tô Lâm for 'to lam'", () => {
    expect(first('to lam')?.id).toBe('to-lam');
  });

  it("finds Bộ Kế hoạch và Đầu tư for 'bo ke hoach va dau tu' and for 'KH&ĐT'", () => {
    expect(first('bo ke hoach va dau tu')?.id).toBe('bo-ke-hoach-va-dau-tu');
    expect(first('KH&ĐT')?.id).toBe('bo-ke-hoach-va-dau-tu');
  });

  it("finds Ủy ban nhân dân tỉnh Nghệ An for 'ubnd nghe an'", () => {
    expect(first('ubnd nghe an')?.id).toBe('ubnd-tinh-nghe-an');
  });

  it("finds Đảng Cộng sản Việt Nam for 'dcs viet nam', by the abbreviation of its name's first words", () => {
    expect(first('dcs viet nam')).toMatchObject({
      id: 'dang-cong-san-viet-nam',
      matched: { field: 'abbreviation', text: 'DCS' },
    });
  });

  it("finds Thongloun Sisoulith with a typo ('thongloun sisulith') and in Vietnamese spelling", () => {
    expect(first('thongloun sisulith')?.id).toBe('thongloun-sisoulith');
    expect(first('thoong lun xi xu lit')?.id).toBe('thongloun-sisoulith');
  });

  it("finds Viêng Chăn for 'vientiane' and says the alias matched", () => {
    expect(first('vientiane')).toMatchObject({ id: 'vieng-chan', matched: { field: 'alias', text: 'Vientiane' } });
  });

  it('answers a name as it is typed, from its second letter', () => {
    const typed = 'Phạm Minh Chính';
    for (let end = 3; end <= typed.length; end++) {
      expect(first(typed.slice(0, end))?.id, typed.slice(0, end)).toBe('pham-minh-chinh');
    }
  });

  it('ranks an exact spelling above names it is only part of', () => {
    const ids = index.search('nghe an').map((result) => result.id);
    expect(ids[0]).toBe('nghe-an');
    expect(ids).toContain('ubnd-tinh-nghe-an');
  });

  it('finds an entity by a word of its summary', () => {
    expect(index.search('dai su').map((result) => result.id)).toContain('khamphao-ernthavanh');
  });

  it('describes a person by the role that holds now: Tô Lâm is Tổng Bí thư, no longer Chủ tịch nước', () => {
    expect(first('to lam')?.description).toMatch(/^Tổng Bí thư/);
  });

  it('describes other entities by their summary', () => {
    const port = curatedFactBase.entities.find((entity) => entity.id === 'cang-vung-ang');
    expect(first('cang vung ang')?.description).toBe(port?.summary);
  });

  it('keeps only the kinds asked for', () => {
    const results = index.search('nghe an', { kinds: ['organization'] });
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((result) => result.kind === 'organization')).toBe(true);
  });

  it('returns at most `limit` results, best first', () => {
    const results = index.search('lao', { limit: 3 });
    expect(results).toHaveLength(3);
    const scores = results.map((result) => result.score);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
  });

  it('returns nothing for an empty or blank query, or for text that matches nothing', () => {
    expect(index.search('')).toEqual([]);
    expect(index.search('  - ')).toEqual([]);
    expect(index.search('qqqqzzzz')).toEqual([]);
  });
});

describe('groupByKind', () => {
  it('groups results by kind in the fixed order person, organization, place, project, agreement, event', () => {
    const groups = groupByKind(index.search('viet lao', { limit: 50 }));
    const order = ['person', 'organization', 'place', 'project', 'agreement', 'event'];
    const kinds = groups.map((group) => group.kind);
    expect(kinds).toEqual(order.filter((kind) => kinds.includes(kind as never)));
    expect(kinds.length).toBeGreaterThan(1);
  });

  it('keeps the ranking inside each group', () => {
    const results = index.search('nghe an', { limit: 50 });
    for (const group of groupByKind(results)) {
      expect(group.results).toEqual(results.filter((result) => result.kind === group.kind));
    }
  });
});
