import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isVietnameseTag, isVietnameseText } from './language.ts';

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
