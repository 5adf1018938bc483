import { describe, expect, it } from 'vitest';
import { compact, fold } from './fold.ts';

describe('fold', () => {
  it.each([
    ['Bộ Kế hoạch và Đầu tư', 'bo ke hoach va dau tu'],
    ['Tô Lâm', 'to lam'],
    ['KH&ĐT', 'kh dt'],
    ['Việt Nam - Lào', 'viet nam lao'],
    ['Việt\u00a0Nam–Lào', 'viet nam lao'],
    ['  Xổm-xạy  ', 'xom xay'],
  ])("folds '%s' to '%s'", (text, folded) => {
    expect(fold(text)).toBe(folded);
  });

  it("folds both tone-mark placements alike: 'Uỷ ban' and 'Ủy ban', 'thoả' and 'thỏa'", () => {
    expect(fold('Uỷ ban')).toBe(fold('Ủy ban'));
    expect(fold('thoả thuận')).toBe(fold('thỏa thuận'));
  });

  it('folds precomposed and decomposed Unicode alike', () => {
    expect(fold('Lâm'.normalize('NFC'))).toBe(fold('Lâm'.normalize('NFD')));
  });

  it("compacts away spaces and dashes: 'Sone-xay', 'Sone xay' and 'Sonexay' meet", () => {
    expect(compact('Sone-xay')).toBe('sonexay');
    expect(compact('Sone xay')).toBe('sonexay');
    expect(compact('KH&ĐT')).toBe('khdt');
  });
});
