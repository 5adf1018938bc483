/**
 * `fc.string({ unit: 'binary', maxLength })`, generated the same way: fast-check's 'binary' unit is a `nat` over
 * every code point but the surrogates, mapped in order. Its own unit also reverses that map of 1.1 million entries
 * (about 1.5 s, once per worker) only to plant "dangerous" strings such as `__proto__`, which the 'grapheme'
 * strings beside it in each test still get.
 */
import fc from 'fast-check';

const SURROGATES = 0xe000 - 0xd800;
const codePoint = fc
  .nat({ max: 0x10ffff - SURROGATES })
  .map((index) => String.fromCodePoint(index < 0xd800 ? index : index + SURROGATES));

export const binaryString = (maxLength: number): fc.Arbitrary<string> => fc.string({ unit: codePoint, maxLength });
