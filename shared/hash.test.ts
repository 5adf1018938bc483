import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex, textHash } from './hash.ts';

/** FNV-1a, 32 bits, as published: the reference for textHash's first lane. */
function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

describe('sha256Hex', () => {
  it('hashes "abc" to the FIPS 180-2 test vector', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('hashes the UTF-8 bytes, as Node’s crypto does, Vietnamese included', async () => {
    for (const text of ['', 'Hợp tác Việt – Lào', 'Thủ tướng Phạm Minh Chính 🇻🇳'])
      expect(await sha256Hex(text)).toBe(createHash('sha256').update(text).digest('hex'));
  });
});

describe('the FNV-1a hashes', () => {
  it('give FNV-1a’s published 32-bit values as the first half of textHash', () => {
    expect(textHash('').slice(0, 8)).toBe('811c9dc5');
    expect(textHash('a').slice(0, 8)).toBe('e40c292c');
    expect(textHash('foobar').slice(0, 8)).toBe('bf9cf968');
    fc.assert(
      fc.property(fc.string({ maxLength: 50 }), (text) => {
        expect(textHash(text).slice(0, 8)).toBe(fnv1a32(text).toString(16).padStart(8, '0'));
      }),
    );
  });

  it('name a text in 16 hex digits, different for a different text', () => {
    expect(textHash('Năm 2024')).toMatch(/^[0-9a-f]{16}$/);
    expect(textHash('Năm 2024')).not.toBe(textHash('Năm 2025'));
  });
});
