// @vitest-environment happy-dom
/** The card says how a role or a body stands at the page's date: never as current past the base's latest source. */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { curatedFactBase } from '../../shared/factbase/data/index.ts';
import { buildEntityCard, cardIndex } from '../../shared/lookup/build-card.ts';
import type { EntityCard } from '../../shared/lookup/card.ts';
import { CardView } from './card.tsx';

const index = cardIndex(curatedFactBase);

function shown(id: string, date?: string, factLimit = 3): HTMLElement {
  const entity = buildEntityCard(index, () => [], id, date) as EntityCard;
  const root = document.createElement('div');
  render(<CardView card={{ type: 'entity', kind: entity.kind, entity }} factLimit={factLimit} />, root);
  return root;
}

const text = (root: HTMLElement, selector: string) => root.querySelector(selector)?.textContent ?? '';

describe('the card’s role line and summary at the page’s date', () => {
  it('on the article’s date: the role as the article states it', () => {
    expect(text(shown('to-lam', '2024-07-11'), '.ml-role')).toBe(
      'Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam · theo bài 11/07/2024',
    );
  });

  it('two roles held at once are both shown', () => {
    const role = text(shown('thongloun-sisoulith', '2024-07-11'), '.ml-role');
    expect(role).toContain('Tổng Bí thư Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào');
    expect(role).toContain('; Chủ tịch nước Cộng hòa Dân chủ Nhân dân Lào');
  });

  it('after the latest source: "theo nguồn mới nhất (dd/mm/yyyy)", never as current', () => {
    expect(text(shown('to-lam', '2026-11-29'), '.ml-role')).toBe(
      'Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam · theo nguồn mới nhất (01/12/2025)',
    );
  });

  it('a role in a ministry since merged says so', () => {
    expect(text(shown('tran-quoc-phuong', '2025-06-01'), '.ml-role')).toContain(
      'Thứ trưởng Bộ Kế hoạch và Đầu tư · theo nguồn mới nhất (16/08/2024) (Bộ Kế hoạch và Đầu tư: hợp nhất vào Bộ Tài chính từ 01/03/2025)',
    );
  });

  it('on a page older than the first source: as a later article states it', () => {
    expect(text(shown('phet-phomphiphak', '2023-04-05'), '.ml-role')).toContain('theo nguồn sau ngày bài (16/08/2024)');
  });

  it('an organisation after its latest source and its merger', () => {
    const root = shown('bo-ke-hoach-va-dau-tu', '2025-06-01');
    expect(text(root, '.ml-summary')).toMatch(/ · theo nguồn mới nhất \(16\/08\/2024\)$/);
    expect(text(root, '.ml-ended')).toBe('Từ 01/03/2025: hợp nhất vào Bộ Tài chính');
    expect(root.querySelector('.ml-ended')?.getAttribute('title')).toMatch(/Hồ sơ công khai/);
    expect(shown('bo-ke-hoach-va-dau-tu', '2024-08-16').querySelector('.ml-ended')).toBeNull();
  });

  it('a fact from another story’s teaser cites that story, not the article around it', () => {
    const sources = [...shown('viet-nam', '2024-05-01', 100).querySelectorAll('.ml-source')].map((s) => s.textContent);
    expect(sources).toContain(
      'Nguồn: “Việt Nam hút 9,27 tỷ USD vốn FDI 4 tháng đầu năm”, 04/2024 (tin liên quan đăng kèm bài ngày 05/04/2023)',
    );
  });
});
