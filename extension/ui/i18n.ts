/**
 * The interface's one `t()` — for the extension pages and the card on a page alike — over the WXT `_locales`
 * catalogues the browser also reads (extension/public/_locales/<lang>/messages.json), in Vietnamese (the
 * default) and English. Everything follows the reader's language setting rather than the browser's. `$1`…`$9`
 * are replaced by the arguments, as `browser.i18n.getMessage` does.
 *
 * This module holds no catalogue itself: the extension pages load both (catalogues.ts), while the content script,
 * which runs on every page, gets the one it needs with its configuration from the background and never bundles
 * them.
 */
import type { MentionKind } from '../../shared/factbase/kinds.ts';
import type vi from '../public/_locales/vi/messages.json';
import type { Settings } from '../settings/settings.ts';

export type Language = Settings['language'];
export type MessageKey = keyof typeof vi;
export type Catalogue = Record<MessageKey, { message: string }>;

let current: Language = 'vi';
let messages: Partial<Record<string, { message: string }>> = {};

/** Which language and catalogue `t` reads. (An extension page also marks its document; see settings.ts.) */
export function setLanguage(language: Language, catalogue: Partial<Record<string, { message: string }>>): void {
  current = language;
  messages = catalogue;
}

export function language(): Language {
  return current;
}

export function t(key: MessageKey, ...args: Array<string | number>): string {
  const message = messages[key]?.message ?? key;
  return message.replace(/\$([1-9])/g, (_, n: string) => String(args[Number(n) - 1] ?? ''));
}

/** A kind as a group's title: "Nhân vật", "People". */
export function kindLabel(kind: MentionKind): string {
  return t(`kind_${kind}`);
}

/** A kind as one thing's label on a card: "Nhân vật", "Person". */
export function kindName(kind: MentionKind): string {
  return t(`kindOne_${kind}`);
}
