/**
 * The extension pages' strings, in Vietnamese (the default) and English, from the WXT `_locales` files the
 * browser also reads (extension/public/_locales/<lang>/messages.json). The pages follow the reader's language
 * setting rather than the browser's, so both catalogues are bundled and `t` picks one; `$1`…`$9` are replaced
 * by the arguments, as `browser.i18n.getMessage` does.
 */
import type { MentionKind } from '../../shared/factbase/kinds.ts';
import type { Settings } from '../db/settings.ts';
import en from '../public/_locales/en/messages.json';
import vi from '../public/_locales/vi/messages.json';

export type Language = Settings['language'];
export type MessageKey = keyof typeof vi;

const CATALOGUES: Record<Language, Record<MessageKey, { message: string }>> = { vi, en };

let current: Language = 'vi';

export function setLanguage(language: Language): void {
  current = language;
  document.documentElement.lang = language;
}

export function language(): Language {
  return current;
}

export function t(key: MessageKey, ...args: Array<string | number>): string {
  const message = CATALOGUES[current][key]?.message ?? vi[key].message;
  return message.replace(/\$([1-9])/g, (_, n: string) => String(args[Number(n) - 1] ?? ''));
}

export function kindLabel(kind: MentionKind): string {
  return t(`kind_${kind}`);
}
