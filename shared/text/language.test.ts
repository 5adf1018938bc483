import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactlyVietnamese, isVietnameseTag, isVietnameseText } from './language.ts';

const seed = (name: string) => readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');

describe('isVietnameseText', () => {
  it('recognises each seed article as Vietnamese', () => {
    for (const name of ['000_a152b25d463c024e.txt', '002_f3f953fad2599bae.txt', '004_8af0e2a929b6679e.txt']) {
      expect(isVietnameseText(seed(name).slice(0, 2000))).toBe(true);
    }
  });

  it('recognises decomposed (NFD) Vietnamese as Vietnamese', () => {
    expect(isVietnameseText(seed('001_5c7b4323a7a94c0f.txt').slice(0, 1000).normalize('NFD'))).toBe(true);
  });

  it.each([
    ['English', 'The Prime Minister met his Lao counterpart in Vientiane to discuss trade, railways and the port.'],
    [
      'French',
      'Le Premier ministre a rencontré son homologue laotien à Vientiane pour évoquer le commerce et le port.',
    ],
    [
      'Portuguese',
      'O primeiro-ministro encontrou-se com o seu homólogo do Laos em Vientiane para discutir o comércio.',
    ],
  ])('does not take %s for Vietnamese', (_language, text) => {
    expect(isVietnameseText(text)).toBe(false);
  });

  it('needs enough letters to decide', () => {
    expect(isVietnameseText('Lào')).toBe(false);
  });

  it('decides as its definition (NFC, lower case, Unicode letters) on any precomposed text', () => {
    const verdicts = new Set<boolean>();
    // Letters of every kind the table reads and the ones it leaves to the exact test, weighted so that the share
    // of Vietnamese-only letters falls on both sides of the 3 % threshold.
    const letter = fc.oneof(
      { arbitrary: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'), weight: 25 },
      { arbitrary: fc.constantFrom(...'ăđơưạảấầẩẫậỳỵỷỹĩũĂĐƠƯẠẢẤẦẨẪẬỲỴỶỸĨŨ'), weight: 1 },
      { arbitrary: fc.constantFrom(...'àéôçñüßøÀÉÔÇÑÜØªµº×÷αβγΔδжЖ中文ລາວខ្មែរ', '𠀀', '😀'), weight: 3 },
      { arbitrary: fc.constantFrom(...' .,;:!?0123456789-–—“”‘’…•‰′()\n\t'), weight: 6 },
    );
    fc.assert(
      fc.property(fc.array(letter, { minLength: 30, maxLength: 400 }), (chars) => {
        const text = chars.join('');
        expect(isVietnameseText(text)).toBe(exactlyVietnamese(text));
        verdicts.add(exactlyVietnamese(text));
      }),
      { numRuns: 400 },
    );
    expect(verdicts).toEqual(new Set([true, false]));
  });
});

describe('isVietnameseTag', () => {
  it.each([
    ['vi', true],
    ['vi-VN', true],
    ['VI', true],
    ['en', false],
    ['vie', false],
    ['', false],
    [null, false],
  ])('reads %j as %s', (tag, expected) => {
    expect(isVietnameseTag(tag)).toBe(expected);
  });
});
