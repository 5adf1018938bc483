/**
 * The card says how a role or a body stands at the page's date (never as current past the base's latest source),
 * and its buttons do what they say.
 */
import { cleanup, fireEvent, render as renderInDocument, screen } from '@testing-library/preact';
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { curatedFactBase } from '../../shared/factbase/data/index.ts';
import { buildEntityCard, cardIndex } from '../../shared/lookup/build-card.ts';
import type { Card, EntityCard } from '../../shared/lookup/card.ts';
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

describe('the card’s buttons', () => {
  afterEach(cleanup);

  const related = { id: 'sonexay-siphandone', name: 'Sonexay Siphandone', kind: 'person' as const };
  const card = (id: string): Card => {
    const entity = buildEntityCard(index, () => [related], id, '2024-07-11') as EntityCard;
    return { type: 'entity', kind: entity.kind, entity };
  };

  it('follow a related entity, go back, step through the page’s mentions and open the side panel', () => {
    const actions = {
      onOpenEntity: vi.fn(),
      onBack: vi.fn(),
      onStepMention: vi.fn(),
      onOpenInSidePanel: vi.fn(),
    };
    const toLam = card('to-lam');
    renderInDocument(<CardView card={toLam} onPage={{ index: 2, count: 5 }} {...actions} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Tô Lâm');
    expect(screen.getByText('Trên trang này: lần 2/5')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Sonexay Siphandone' }));
    expect(actions.onOpenEntity).toHaveBeenCalledWith('sonexay-siphandone');
    fireEvent.click(screen.getByRole('button', { name: /Quay lại/ }));
    expect(actions.onBack).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Lần nhắc sau' }));
    fireEvent.click(screen.getByRole('button', { name: 'Lần nhắc trước' }));
    expect(actions.onStepMention.mock.calls).toEqual([[1], [-1]]);
    fireEvent.click(screen.getByRole('button', { name: 'Mở trong bảng bên' }));
    expect(actions.onOpenInSidePanel).toHaveBeenCalledWith('to-lam');
  });

  it('show no way back, no stepping and no foot when there is nowhere to go', () => {
    const { container } = renderInDocument(<CardView card={card('to-lam')} onPage={{ index: 1, count: 1 }} />);
    expect(screen.queryByRole('button', { name: /Quay lại/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Lần nhắc sau' })).toBeNull();
    expect(container.querySelector('.ml-card-foot')).toBeNull();
  });

  it('list at most the fact limit and say how many more there are', () => {
    const toLam = card('to-lam');
    const facts = toLam.type === 'entity' ? toLam.entity.facts.length : 0;
    expect(facts).toBeGreaterThan(2);
    const { container } = renderInDocument(<CardView card={toLam} factLimit={2} />);
    expect(container.querySelectorAll('.ml-facts > li')).toHaveLength(2);
    expect(screen.getByText(`và ${facts - 2} dữ kiện khác`)).toBeTruthy();
  });
});
