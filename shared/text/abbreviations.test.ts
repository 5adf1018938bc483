import { describe, expect, it } from 'vitest';
import { abbreviates } from './abbreviations.ts';
import { resolveEvidence } from './annotate.ts';
import { curatedAnnotator } from './testdata/curated-annotator.ts';

const annotator = curatedAnnotator();
const ids = (text: string) => resolveEvidence(annotator.annotate(text)).map((m) => `${m.text} → ${m.entity.id}`);

describe('an abbreviation the text defines', () => {
  it('is the initials of the name in order, ending with its last word’s', () => {
    expect(abbreviates('KHĐT', 'Bộ Kế hoạch và Đầu tư')).toBe(true);
    expect(abbreviates('KH&ĐT', 'Bộ Kế hoạch và Đầu tư')).toBe(true);
    expect(abbreviates('TTXVN', 'Thông tấn xã Việt Nam')).toBe(true);
    expect(abbreviates('KHĐ', 'Bộ Kế hoạch và Đầu tư')).toBe(false);
    expect(abbreviates('MPI', 'Bộ Kế hoạch và Đầu tư')).toBe(false);
    expect(abbreviates('L', 'Lào')).toBe(false);
  });

  it('names the body in brackets and wherever the text writes it again, not before', () => {
    expect(
      ids(
        'KHĐT là viết tắt. Theo Bộ Kế hoạch và Đầu tư (KHĐT), Lào dẫn đầu các nơi Việt Nam đầu tư. Số liệu của KHĐT cho thấy vậy.',
      ),
    ).toEqual([
      'Bộ Kế hoạch và Đầu tư → bo-ke-hoach-va-dau-tu',
      'KHĐT → bo-ke-hoach-va-dau-tu',
      'KHĐT → bo-ke-hoach-va-dau-tu',
    ]);
  });

  it('is not defined by a bracket of something else', () => {
    expect(ids('Bộ Kế hoạch và Đầu tư (Hà Nội) chủ trì.')).toEqual([
      'Bộ Kế hoạch và Đầu tư → bo-ke-hoach-va-dau-tu',
      'Hà Nội → ha-noi',
    ]);
    expect(ids('Bộ Kế hoạch và Đầu tư (ABC) chủ trì.')).toEqual(['Bộ Kế hoạch và Đầu tư → bo-ke-hoach-va-dau-tu']);
  });
});
