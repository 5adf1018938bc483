import { afterEach, describe, expect, it } from 'vitest';
import { useLanguage } from './catalogues.ts';
import { formatDate, formatValue } from './format.ts';

afterEach(() => useLanguage('vi'));

describe('formatValue', () => {
  it('writes scale words and the decimal comma in Vietnamese, "đồng" for VND', () => {
    expect(formatValue(1.7e9, 'USD')).toBe('1,7 tỷ USD');
    expect(formatValue(927.8e6, 'USD')).toBe('927,8 triệu USD');
    expect(formatValue(12.5, '%')).toBe('12,5%');
    expect(formatValue(3e12, 'VND')).toBe('3 nghìn tỷ đồng');
    expect(formatValue(1.7e9, 'USD', 1.79e9)).toBe('1,7 tỷ – 1,79 tỷ USD');
  });

  it('writes English numbers in English', () => {
    useLanguage('en');
    expect(formatValue(1.7e9, 'USD')).toBe('1.7 billion USD');
    expect(formatValue(927.8e6, 'USD')).toBe('927.8 million USD');
  });
});

describe('formatDate', () => {
  it('writes a day dd/mm/yyyy, a month mm/yyyy, a year as it is', () => {
    expect(formatDate('2024-07-11')).toBe('11/07/2024');
    expect(formatDate('2024-04')).toBe('04/2024');
    expect(formatDate('2024')).toBe('2024');
    useLanguage('en');
    expect(formatDate('2024-07-11')).toBe('11/07/2024');
  });
});
