import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledFactBase } from '../factbase/bundle.ts';
import { buildMatchTable } from './match-table.ts';
import { AliasTokenizer, Lexicon, normalize, Tokens, tokenize } from './normalize.ts';

/** The full keys of a text's tokens, as the matcher compares them. */
function keys(text: string): number[] {
  const lexicon = new Lexicon();
  const tokens = new Tokens();
  tokenize(text, tokens, lexicon, true);
  return Array.from(tokens.full.subarray(0, tokens.count));
}

function sameKeys(a: string, b: string): boolean {
  const lexicon = new Lexicon();
  const tokens = new Tokens();
  tokenize(a, tokens, lexicon, true);
  const first = Array.from(tokens.full.subarray(0, tokens.count));
  tokenize(b, tokens, lexicon, true);
  return JSON.stringify(first) === JSON.stringify(Array.from(tokens.full.subarray(0, tokens.count)));
}

describe('Vietnamese normalisation rules', () => {
  it.each([
    ['oà', 'òa', 'hoà bình', 'hòa bình'],
    ['oá', 'óa', 'toán', 'tóan'],
    ['oả', 'ỏa', 'thoả thuận', 'thỏa thuận'],
    ['oã', 'õa', 'choãi', 'chõai'],
    ['oạ', 'ọa', 'kế hoạch', 'kế họach'],
    ['oè', 'òe', 'khoẻ', 'khỏe'],
    ['uỳ', 'ùy', 'Thuỳ', 'Thùy'],
    ['uý', 'úy', 'Thuý', 'Thúy'],
    ['uỷ', 'ủy', 'Uỷ hội sông Mekong', 'Ủy hội sông Mekong'],
    ['uỹ', 'ũy', 'luỹ kế', 'lũy kế'],
    ['uỵ', 'ụy', 'thuỵ', 'thụy'],
  ])('reads the tone placements %s and %s alike ("%s" = "%s")', (_a, _b, left, right) => {
    expect(sameKeys(left, right)).toBe(true);
  });

  it.each([
    ['tỉ', 'tỷ'],
    ['lí', 'lý'],
    ['kĩ', 'kỹ'],
    ['Mĩ', 'Mỹ'],
    ['quí', 'quý'],
  ])('reads the i/y spellings %s and %s alike', (left, right) => {
    expect(sameKeys(left, right)).toBe(true);
  });

  it.each([
    ['tay', 'tai'],
    ['Thủy', 'Thủi'],
    ['Huy', 'Hui'],
  ])('keeps y after a vowel: %s is not %s', (left, right) => {
    expect(sameKeys(left, right)).toBe(false);
  });

  it.each([
    ['Việt - Lào', 'Việt-Lào'],
    ['Việt – Lào', 'Việt-Lào'],
    ['Việt — Lào', 'Việt - Lào'],
    ['Việt\u2011Lào', 'Việt-Lào'],
    ['Việt Nam\u00a0-\u00a0Lào', 'Việt Nam - Lào'],
    ['Phạm\u2009Minh\u202fChính', 'Phạm Minh Chính'],
    ['Phạm  Minh\tChính', 'Phạm Minh Chính'],
  ])('reads every dash and space variant alike: %j = %j', (left, right) => {
    expect(sameKeys(left, right)).toBe(true);
  });

  it.each([
    ['NFD', 'Thủ tướng Phạm Minh Chính'.normalize('NFD')],
    ['upper case', 'THỦ TƯỚNG PHẠM MINH CHÍNH'],
    ['NFD upper case', 'THỦ TƯỚNG PHẠM MINH CHÍNH'.normalize('NFD')],
  ])('reads %s input like NFC', (_name, text) => {
    expect(sameKeys(text, 'Thủ tướng Phạm Minh Chính')).toBe(true);
  });

  it.each([
    ['Lào', 'Lão'],
    ['Lào', 'Lao'],
    ['Vũng Áng', 'Vùng Áng'],
    ['đồng', 'dòng'],
  ])('keeps different diacritics apart: %s is not %s', (left, right) => {
    expect(sameKeys(left, right)).toBe(false);
  });

  it('keeps a line break as a token, so that a name cannot span lines', () => {
    expect(keys('Phạm Minh\nChính')).toHaveLength(4);
  });

  it('does not break a word at a soft hyphen, a zero-width space or a zero-width joiner', () => {
    expect(sameKeys('Phạm\u00adMinh', 'PhạmMinh')).toBe(true);
    expect(sameKeys('Phom\u200bvihane', 'Phomvihane')).toBe(true);
    expect(sameKeys('Sone\u200dxay', 'Sonexay')).toBe(true);
  });

  it('reads compatibility forms as the letters they are: full-width Latin, ideographic space', () => {
    expect(sameKeys('Ｓｏｎｅｘａｙ　Ｓｉｐｈａｎｄｏｎｅ', 'Sonexay Siphandone')).toBe(true);
    expect(sameKeys('ＡＳＥＡＮ', 'ASEAN')).toBe(true);
  });
});

describe('normalize', () => {
  it.each([
    ['Thủ tướng Hòa Bình', 'thủ tướng hoà bình'],
    ['Ủy ban liên Chính phủ Việt Nam – Lào', 'uỷ ban liên chính phủ việt nam - lào'],
    ['Kỹ  thuật\u00a0và tỷ lệ', 'kĩ thuật và tỉ lệ'],
    ['Khỏe mạnh, thùy mị', 'khoẻ mạnh, thuỳ mị'],
    ['Của người', 'của người'],
    ['Mùa thu', 'mùa thu'],
  ])('writes %j as %j (modern tone placement, i/y, dashes, spaces)', (input, output) => {
    expect(normalize(input).text).toBe(output);
    expect(normalize(input.normalize('NFD')).text).toBe(output);
  });

  it('strips every mark on request', () => {
    expect(normalize('Bộ Kế hoạch và Đầu tư', { accents: 'strip' }).text).toBe('bo ke hoach va dau tu');
  });

  it('keeps case on request', () => {
    expect(normalize('Uỷ hội sông Mekong', { lowercase: false }).text).toBe('Uỷ hội sông Mekong');
    expect(normalize('Ủy hội sông Mekong', { lowercase: false }).text).toBe('Uỷ hội sông Mekong');
  });

  it('maps every output character back to the original text', () => {
    const input = 'Ủy  ban\u00a0–\u00a0Lào'.normalize('NFD');
    const { text, map } = normalize(input);
    expect(text).toBe('uỷ ban - lào');
    expect(map).toHaveLength(text.length + 1);
    expect(map[text.length]).toBe(input.length);
    expect(input.slice(map[text.indexOf('lào')], map[text.length])).toBe('Lào'.normalize('NFD'));
    expect(input.slice(map[0], map[2])).toBe('Ủy'.normalize('NFD'));
  });
});

describe('AliasTokenizer (compiling aliases word by word)', () => {
  /** Ids and flags of `alias` cut by `tokenize` and by the tokenizer, on lexicons filled in the same order. */
  function both(aliases: readonly string[]): { plain: number[][]; cached: number[][] } {
    const plainLexicon = new Lexicon();
    const cachedLexicon = new Lexicon();
    const aliasTokenizer = new AliasTokenizer(cachedLexicon);
    const tokens = new Tokens();
    const read = (t: Tokens) => [
      ...t.bare.subarray(0, t.count),
      ...t.full.subarray(0, t.count),
      ...t.flags.subarray(0, t.count),
    ];
    const plain: number[][] = [];
    const cached: number[][] = [];
    for (const alias of aliases) {
      tokenize(alias, tokens, plainLexicon, true);
      plain.push(read(tokens));
      aliasTokenizer.tokenize(alias, tokens);
      cached.push(read(tokens));
    }
    return { plain, cached };
  }

  it('cuts every alias of the bundled base as tokenize does', () => {
    const table = buildMatchTable(bundledFactBase);
    const aliases = [...table.entities.flatMap((e) => [...e.aliases, ...(e.weak ?? [])]), ...(table.blocks ?? [])];
    const { plain, cached } = both(aliases);
    expect(cached).toEqual(plain);
  });

  it('agrees with tokenize on text with spaces of every kind, marks, dashes and invisible characters', () => {
    const pieces = [
      ' ',
      '  ',
      '\u00a0',
      '\u200b',
      '\u00ad',
      '-',
      '–',
      'Việt',
      'Lào',
      'Viê\u0323t',
      '\u0301',
      'ĐT',
      'KH&ĐT',
      '(',
      '2025',
    ];
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), { maxLength: 6 }), (parts) => {
        const aliases = parts.map((p) => p.join(''));
        const { plain, cached } = both(aliases);
        expect(cached).toEqual(plain);
      }),
    );
  });
});
