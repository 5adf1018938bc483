/** Chrome refuses to load an extension whose catalogue has a key outside [A-Za-z0-9_@]: hold both catalogues to it. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe.each(['vi', 'en'])('the %s catalogue', (language) => {
  const messages = JSON.parse(
    readFileSync(new URL(`../public/_locales/${language}/messages.json`, import.meta.url), 'utf8'),
  ) as Record<string, { message?: unknown }>;
  it('has only keys Chrome accepts, each with a message', () => {
    expect(Object.keys(messages).filter((key) => !/^[A-Za-z0-9_@]+$/.test(key))).toEqual([]);
    expect(Object.keys(messages).filter((key) => typeof messages[key]?.message !== 'string')).toEqual([]);
  });
});
