import { describe, expect, it } from 'vitest';
import en from '../public/_locales/en/messages.json';
import vi from '../public/_locales/vi/messages.json';

describe('the interface strings', () => {
  it('has every Vietnamese string in English too, with the same substitutions', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const [key, { message }] of Object.entries(vi)) {
      const english = (en as Record<string, { message: string }>)[key]?.message ?? '';
      expect(english.match(/\$\d/g)?.sort(), key).toEqual(message.match(/\$\d/g)?.sort());
    }
  });

  it('names every string as the browser reads them (letters, digits, "_" and "@"): one other key and it loads nothing', () => {
    expect(Object.keys(vi).filter((key) => !/^[A-Za-z0-9_@]+$/.test(key))).toEqual([]);
  });
});
