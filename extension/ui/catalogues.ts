/** Both interface catalogues, for the extension pages and the background (the content script is sent one). */
import en from '../public/_locales/en/messages.json';
import vi from '../public/_locales/vi/messages.json';
import { type Catalogue, type Language, setLanguage } from './i18n.ts';

export const CATALOGUES: Record<Language, Catalogue> = { vi, en };

/** `t` speaks `language` from now on. */
export function useLanguage(language: Language): void {
  setLanguage(language, CATALOGUES[language]);
}

// Until the reader's setting is read, the default language.
useLanguage('vi');
