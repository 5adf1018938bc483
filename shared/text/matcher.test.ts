/**
 * The trie against an oracle: a brute-force matcher written from the semantics in matcher.ts's header (every
 * alias tried at every token, leftmost then longest, case rules, the accent-less rule), on random aliases and
 * texts from a vocabulary full of near-misses. Both read the same tokens: this checks the trie, its compiled
 * arrays and its verification, not the tokenizer (normalize.test.ts does that).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Matcher } from './matcher.ts';
import { compileMatcherState, MatcherCompiler, type MatcherPattern } from './matcher-compile.ts';
import {
  Lexicon,
  TOKEN_ALL_UPPER,
  TOKEN_DIACRITIC,
  TOKEN_DIGITS,
  TOKEN_UPPER_FIRST,
  TOKEN_WORD,
  Tokens,
  tokenize,
} from './normalize.ts';

interface Cut {
  bare: number[];
  full: number[];
  flags: number[];
}

function cut(text: string, lexicon: Lexicon, intern: boolean): Cut {
  const tokens = new Tokens();
  tokenize(text, tokens, lexicon, intern);
  return {
    bare: [...tokens.bare.subarray(0, tokens.count)],
    full: [...tokens.full.subarray(0, tokens.count)],
    flags: [...tokens.flags.subarray(0, tokens.count)],
  };
}

/** Every alias at every token; the longest that passes its checks wins; the scan resumes after it. */
function bruteForce(aliases: readonly Cut[], text: Cut): Array<[number, number, number, number]> {
  const out: Array<[number, number, number, number]> = [];
  const n = text.bare.length;
  for (let i = 0; i < n; i++) {
    let best: [number, number, number, number] | undefined;
    aliases.forEach((alias, entity) => {
      const length = alias.bare.length;
      if (length === 0 || i + length > n) return;
      for (let k = 0; k < length; k++) if (alias.bare[k] !== text.bare[i + k] || text.bare[i + k] === 0) return;
      const at = (k: number) => text.flags[i + k] as number;
      const own = (k: number) => alias.flags[k] as number;
      const exact =
        alias.full.every((id, k) => id === text.full[i + k]) &&
        (!(own(0) & TOKEN_UPPER_FIRST) || at(0) & TOKEN_UPPER_FIRST) &&
        alias.flags.every((f, k) => k >= 31 || !(f & TOKEN_ALL_UPPER) || at(k) & TOKEN_ALL_UPPER);
      const words = alias.flags.filter((f) => f & TOKEN_WORD).length;
      const capitalised = alias.flags.filter((f, k) => k < 31 && f & TOKEN_UPPER_FIRST).length;
      const marked = alias.flags.some((f) => f & TOKEN_DIACRITIC);
      const accentless =
        !exact &&
        marked &&
        words >= 2 &&
        capitalised >= 2 &&
        (!(own(0) & TOKEN_UPPER_FIRST) || at(0) & TOKEN_UPPER_FIRST) &&
        alias.flags.every((f, k) => k >= 31 || !(f & TOKEN_ALL_UPPER) || at(k) & TOKEN_ALL_UPPER) &&
        alias.flags.every(
          (f, k) => !(at(k) & TOKEN_DIACRITIC) && (k >= 31 || !(f & TOKEN_UPPER_FIRST) || at(k) & TOKEN_UPPER_FIRST),
        ) &&
        alias.flags.some((_, k) => at(k) & TOKEN_WORD && !(at(k) & (TOKEN_ALL_UPPER | TOKEN_DIGITS)));
      if (!exact && !accentless) return;
      // Longer wins; at the same length an exact reading beats an accent-less one, then the first alias.
      if (!best || i + length > best[1] || (i + length === best[1] && exact && best[3] === 1)) {
        best = [i, i + length, entity, exact ? 0 : 1];
      }
    });
    if (best) {
      out.push(best);
      i = best[1] - 1;
    }
  }
  return out;
}

function compiled(patterns: MatcherPattern[], lexicon: Lexicon, accentless = true): Matcher {
  return new Matcher(compileMatcherState(patterns, lexicon), lexicon, { accentless });
}

const WORDS = ['Việt', 'viet', 'VIỆT', 'Viet', 'Nam', 'nam', 'NAM', 'Lào', 'Lao', 'lào', 'LÀO', 'Lão'];
const MORE = [
  'Tô',
  'Lâm',
  'To',
  'Lam',
  'to',
  'lắm',
  'VIET',
  'LAO',
  'TO',
  'LAM',
  'UBND',
  'ubnd',
  'Hà',
  'Nội',
  'Ha',
  'Noi',
  '2025',
  '-',
  '–',
  ',',
];
const word = fc.constantFrom(...WORDS, ...MORE);

describe('the trie agrees with a brute-force matcher', () => {
  it('on random aliases and texts', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.array(word, { minLength: 1, maxLength: 4 }), { maxLength: 12, selector: (a) => a.join(' ') }),
        fc.array(word, { maxLength: 40 }),
        fc.boolean(),
        (aliasWords, textWords, accentless) => {
          const lexicon = new Lexicon();
          const all = aliasWords.map((words) => words.join(' '));
          // One entity an alias, and only the first of the spellings the matcher reads alike (its documented
          // "first compiled wins"); the oracle is not asked to merge same-entity spellings.
          const seen = new Set<string>();
          const aliases = all.filter((alias) => {
            const key = cut(alias, lexicon, true).full.join(',');
            if (seen.has(key)) return false;
            seen.add(key);
            return true;
          });
          const matcher = compiled(
            aliases.map((alias, entity) => ({ entity, alias })),
            lexicon,
            accentless,
          );
          const cuts = aliases.map((alias) => cut(alias, lexicon, false));
          const text = textWords.join(' ');
          const tokens = new Tokens();
          tokenize(text, tokens, lexicon, false);
          const found = matcher.match(tokens);
          const got = Array.from({ length: found.count }, (_, m) => Array.from(found.data.subarray(m * 4, m * 4 + 4)));
          const expected = bruteForce(
            accentless ? cuts : cuts.map((c) => ({ ...c, flags: c.flags.map((f) => f & ~TOKEN_DIACRITIC) })),
            cut(text, lexicon, false),
          ).filter(([, , , loose]) => accentless || loose === 0);
          expect(got).toEqual(expected);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('aliases longer than the case masks', () => {
  // A pack may name something in 40 words; case rules cover the first 31 tokens (the masks' bits) and no bit of
  // them is read again for a later token.
  const words = Array.from({ length: 38 }, (_, k) => `mục${k}`).join(' ');

  it.each([
    ['an abbreviation first, written as it is', `UBND Lớn ${words} cuối`, (alias: string) => alias],
    [
      'capitalised words first, typed without accents',
      `Ban Lớn ${words} cuối`,
      (alias: string) => alias.replace(/ục/g, 'uc').replace('Lớn', 'Lon').replace('cuối', 'cuoi'),
    ],
  ])('matches a 40-word alias with %s', (_, alias, write) => {
    const lexicon = new Lexicon();
    const matcher = compiled([{ entity: 7, alias }], lexicon);
    const tokens = new Tokens();
    tokenize(`Theo ${write(alias)} hôm nay`, tokens, lexicon, false);
    const found = matcher.match(tokens);
    expect(found.count).toBe(1);
    expect(Array.from(found.data.subarray(0, 3))).toEqual([1, 42, 7]);
  });
});

describe('compiling a list of aliases at once', () => {
  it('makes the state that adding them one by one makes (same-entity merges and conflicts included)', () => {
    const spelling = fc.array(word, { minLength: 0, maxLength: 4 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(3), fc.array(spelling, { maxLength: 5 }), fc.boolean()), { maxLength: 8 }),
        (groups) => {
          const one = new MatcherCompiler(new Lexicon());
          const all = new MatcherCompiler(new Lexicon());
          for (const [entity, aliases, loose] of groups) {
            for (const alias of aliases) one.add(entity, alias, loose);
            all.addAll(aliases, entity, loose);
          }
          expect(all.toState()).toEqual(one.toState());
        },
      ),
      { numRuns: 300 },
    );
  });

  it('makes the same state across the batches it joins (long lists, entities one each)', () => {
    const spelling = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(40), spelling), { minLength: 250, maxLength: 800 }), (pairs) => {
        const one = new MatcherCompiler(new Lexicon());
        const all = new MatcherCompiler(new Lexicon());
        for (const [entity, alias] of pairs) one.add(entity, alias);
        all.addAll(
          pairs.map(([, alias]) => alias),
          pairs.map(([entity]) => entity),
        );
        expect(all.toState()).toEqual(one.toState());
      }),
      { numRuns: 20 },
    );
  });
});
