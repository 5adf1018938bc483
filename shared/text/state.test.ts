/**
 * The transferable annotator: restore(decode(encode(compile(table)))) finds exactly what createAnnotator finds,
 * for any text, with the fixture, the curated base and a synthetic base; corrupted or foreign input throws.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticFactBase } from '../../bench/synthetic-factbase.ts';
import { bundledFactBase } from '../factbase/bundle.ts';
import type { FactBase } from '../factbase/schema.ts';
import {
  ANNOTATOR_STATE_VERSION,
  type AnnotatorOptions,
  type AnnotatorState,
  compileAnnotatorState,
  createAnnotator,
  decodeAnnotatorState,
  encodeAnnotatorState,
  type Mention,
  restoreAnnotator,
  StateError,
} from './annotate.ts';
import { buildMatchTable, type MatchTable } from './match-table.ts';
import { stringAt, toStringList } from './state.ts';
import { binaryString } from './testdata/any-string.ts';
import { fixtureBase } from './testdata/fixture-base.ts';

const seedsDir = new URL('../../seeds/', import.meta.url);
/** Sentences of the seeds (names, figures and their context as the news writes them). */
const SENTENCES = readdirSync(seedsDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .flatMap((name) => readFileSync(new URL(name, seedsDir), 'utf8').split(/(?<=[.!?])\s+|\n+/))
  .map((sentence) => sentence.trim())
  .filter((sentence) => sentence.length > 0);
const FILLER = (
  'hai bên nhất trí tiếp tục nâng tầm hợp tác kinh tế hỗ trợ nhau xây dựng TP đường kim ngạch thương mại ' +
  'vốn đầu tư năm 2022 2023 đạt tăng đoàn kết đặc biệt toàn diện thoả thuận khoẻ hoà bình thuỷ lợi tỉ lệ'
).split(' ');
const FIGURES = ['1,7 tỷ USD', '927,8 triệu USD', '11,1%', '10 - 15%', '5.500 tỷ đồng', '2,5 tỷ đô la Mỹ', '256 dự án'];
const PUNCTUATION = [' ', ' ', ' ', ', ', '. ', '; ', ' (', ') ', '\n', ' – ', '\u00a0', ' "'];
const VARIANTS: Array<(text: string) => string> = [
  (text) => text,
  (text) => text.normalize('NFD'),
  (text) => text.replaceAll('ủy', 'uỷ').replaceAll('òa', 'oà'),
  (text) => text.replaceAll(' - ', ' – ').replaceAll('-', '\u2011'),
  (text) => text.toUpperCase(),
  // Accent-less, as typed without a Vietnamese keyboard.
  (text) =>
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replaceAll('đ', 'd')
      .replaceAll('Đ', 'D'),
];

function textOf(table: MatchTable): fc.Arbitrary<string> {
  const aliases = table.entities.flatMap((entity) => entity.aliases);
  const word = fc.constantFrom(...FILLER);
  const filler = fc
    .array(fc.tuple(word, fc.constantFrom(...PUNCTUATION)), { maxLength: 8 })
    .map((parts) => parts.flat().join(''));
  const vietnamese = fc
    .array(
      fc.oneof(
        { weight: 3, arbitrary: filler },
        { weight: 2, arbitrary: fc.constantFrom(...aliases) },
        { weight: 1, arbitrary: fc.constantFrom(...SENTENCES) },
        { weight: 1, arbitrary: fc.constantFrom(...FIGURES) },
      ),
      { maxLength: 8 },
    )
    .map((parts) => parts.join(' '));
  return fc.oneof(
    {
      weight: 6,
      arbitrary: fc.tuple(vietnamese, fc.constantFrom(...VARIANTS)).map(([text, variant]) => variant(text)),
    },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
    { weight: 1, arbitrary: binaryString(60) },
  );
}

const plain = (mentions: Mention[]) => mentions.map((mention) => ({ ...mention }));

const tables: Array<[string, MatchTable]> = [
  ['the fixture', buildMatchTable(fixtureBase)],
  ['the curated base', buildMatchTable(bundledFactBase as unknown as FactBase & { version: string })],
  ['3,000 synthetic entities', buildMatchTable({ ...syntheticFactBase({ entities: 3_000 }), version: 'synthetic' })],
];

describe.each(tables)('a restored annotator, with %s', (_name, table) => {
  // The first draws every number (a base without metrics has no other figures to show), then the default.
  const options: AnnotatorOptions[] = [
    { figures: 'all' },
    {},
    { accentless: false },
    { figures: 'linked' },
    { figures: 'none' },
  ];
  const created = options.map((option) => createAnnotator(table, option));
  const state = compileAnnotatorState(table);
  const encoded = encodeAnnotatorState(state);
  const decoded = decodeAnnotatorState(encoded);
  // One state serves every option: given at compile time or at restore time.
  const restored = [
    ...options.map((option) =>
      restoreAnnotator(decodeAnnotatorState(encodeAnnotatorState(compileAnnotatorState(table, option)))),
    ),
    ...options.map((option) => restoreAnnotator(decoded, option)),
    ...options.map((option) => restoreAnnotator(structuredClone(state), option)),
  ];

  it('annotates any text exactly as createAnnotator does', () => {
    fc.assert(
      fc.property(textOf(table), (text) => {
        const expected = created.map((annotator) => plain(annotator.annotate(text)));
        // One comparison of all fifteen: an `expect` each was a tenth of the time.
        expect(restored.map((annotator) => plain(annotator.annotate(text)))).toEqual(
          restored.map((_, k) => expected[k % options.length]),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('finds the same mentions on every seed', () => {
    for (const sentence of [SENTENCES.join(' '), SENTENCES.join('\n')]) {
      const expected = created[0]?.annotate(sentence) ?? [];
      expect(expected.length).toBeGreaterThan(0);
      expect(plain(restored[options.length]?.annotate(sentence) ?? [])).toEqual(plain(expected));
    }
  });

  it('keeps the matcher’s sizes and conflicts', () => {
    const matcher = created[0]?.matcher;
    expect(restored[options.length]?.matcher.patternCount).toBe(matcher?.patternCount);
    expect(restored[options.length]?.matcher.nodeCount).toBe(matcher?.nodeCount);
    expect(restored[options.length]?.matcher.conflicts).toEqual(matcher?.conflicts);
  });

  it('encodes to one ASCII string that survives JSON (chrome.runtime.sendMessage)', () => {
    expect(encoded).toMatch(/^[\x20-\x7e]+$/);
    const carried = JSON.parse(JSON.stringify({ state: encoded })).state as string;
    expect(carried).toBe(encoded);
    expect(encodeAnnotatorState(decodeAnnotatorState(carried))).toBe(encoded);
  });
});

describe('decoding refuses what is not a whole state of this version', () => {
  const table = tables[0]?.[1] as MatchTable;
  const encoded = encodeAnnotatorState(compileAnnotatorState(table));
  const body = encoded.lastIndexOf(':') + 1;

  it.each([
    ['an empty string', ''],
    ['JSON', '{"entities":[]}'],
    ['another format', encoded.replace('state:annotator:', 'state:search:')],
    ['another version', encoded.replace(`:annotator:${ANNOTATOR_STATE_VERSION}:`, ':annotator:999:')],
    ['a truncated string', encoded.slice(0, encoded.length - 400)],
    ['a string cut in its header', encoded.slice(0, body - 3)],
    [
      'a wrong length',
      encoded.replace(/:annotator:(\d+):(\d+):/, (_m, version, n) => `:annotator:${version}:${Number(n) + 8}:`),
    ],
    ['a wrong checksum', encoded.replace(/:([0-9a-f]{8}):/, ':00000000:')],
    ['a bad base64 character', `${encoded.slice(0, body + 100)}*${encoded.slice(body + 101)}`],
    ['something appended', `${encoded}AAAA`],
  ])('throws a StateError for %s', (_what, text) => {
    expect(() => decodeAnnotatorState(text)).toThrow(StateError);
  });

  it('names the versions when they differ', () => {
    const next = ANNOTATOR_STATE_VERSION + 1;
    const other = encoded.replace(`:annotator:${ANNOTATOR_STATE_VERSION}:`, `:annotator:${next}:`);
    expect(() => decodeAnnotatorState(other)).toThrow(
      new RegExp(`version ${next}.*version ${ANNOTATOR_STATE_VERSION}`),
    );
  });

  it('throws for any one character changed in the payload', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    fc.assert(
      fc.property(fc.integer({ min: body, max: encoded.length - 3 }), fc.constantFrom(...alphabet), (at, char) => {
        fc.pre(encoded[at] !== char);
        const corrupted = `${encoded.slice(0, at)}${char}${encoded.slice(at + 1)}`;
        // The last character before '=' padding carries unused bits: changing only those changes no byte.
        const bytes = (text: string) => Buffer.from(text.slice(text.lastIndexOf(':') + 1), 'base64');
        fc.pre(!bytes(corrupted).equals(bytes(encoded)));
        expect(() => decodeAnnotatorState(corrupted)).toThrow(StateError);
      }),
      { numRuns: 300 },
    );
  });
});

describe('restoring refuses a malformed state', () => {
  const table = tables[0]?.[1] as MatchTable;
  const fresh = () => structuredClone(compileAnnotatorState(table));
  type Breaker = (state: AnnotatorState) => void;
  it.each<[string, Breaker]>([
    ['another version', (state) => Object.assign(state, { version: 0 })],
    ['a Map where arrays belong', (state) => Object.assign(state.matcher, { rootChild: new Map() })],
    ['typed arrays arrived as plain objects', (state) => Object.assign(state, JSON.parse(JSON.stringify(state)))],
    [
      'a short pattern column',
      (state) => Object.assign(state.matcher, { patEntity: state.matcher.patEntity.slice(1) }),
    ],
    ['a cycle in a pattern list', (state) => state.matcher.patNext.fill(1)],
    ['a trie edge to nowhere', (state) => state.matcher.childTarget.fill(state.matcher.nodeCount)],
    ['an entity out of range', (state) => state.matcher.patEntity.fill(state.entities.kind.length)],
    ['a full lexicon table', (state) => state.lexicon.bare.slots.fill(1)],
    ['a key past its pool', (state) => state.lexicon.full.offsets.fill(1 << 20)],
    ['a wrong figure mode', (state) => Object.assign(state.options, { figures: 'some' })],
  ])('throws a StateError for %s', (_what, breakState) => {
    const state = fresh();
    breakState(state);
    expect(() => restoreAnnotator(state)).toThrow(StateError);
  });
});

describe('string lists', () => {
  it('keep every string, whatever its UTF-8 width, as TextEncoder and TextDecoder read it one by one', () => {
    const pieces = ['a', 'Lào', 'Đ', '€', '😀', '\ud83d', '\ude00', '', ' '];
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...pieces), { maxLength: 5 }), { maxLength: 8 }), (parts) => {
        const strings = parts.map((p) => p.join(''));
        const list = toStringList(strings);
        const decoder = new TextDecoder();
        const encoder = new TextEncoder();
        strings.forEach((string, index) => {
          expect(stringAt(list, index)).toBe(decoder.decode(encoder.encode(string)));
        });
      }),
    );
  });
});
