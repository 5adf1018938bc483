import { describe, expect, it } from 'vitest';
import { findDate } from './dates.ts';

describe('findDate', () => {
  it.each([
    ['21:23 - 05/04/2023', '2023-04-05'],
    ['Thứ Hai, 1/12/2025 14:30', '2025-12-01'],
    ['Hà Nội, ngày 16 tháng 8 năm 2024', '2024-08-16'],
    [' date 2025-12-01 Việt - Lào hướng tới mục tiêu', '2025-12-01'],
    ['Cập nhật 2024-07-11T09:00:00+07:00', '2024-07-11'],
    ['Thứ Năm, 11-07-2024, 08:30', '2024-07-11'],
  ])('reads %j as %s', (text, expected) => {
    expect(findDate(text)).toBe(expected);
  });

  it('takes the first date written', () => {
    expect(findDate('Đăng 05/04/2023, sửa 06/04/2023')).toBe('2023-04-05');
  });

  it.each([
    ['giai đoạn 2021-2025'],
    ['Chiều 16/8'],
    ['31/02/2024'],
    ['tỷ lệ 1/2/3'],
    ['11/07-2024'],
    ['số 12-3-2024-5'],
  ])('finds no date in %j', (text) => {
    expect(findDate(text)).toBeUndefined();
  });
});
