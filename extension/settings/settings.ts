/**
 * The reader's settings and site choices: their shape, defaults and meaning, and the `storage.local` keys they live
 * under (storage.ts reads and writes them). Free of WXT storage and zod so that the message protocol and the
 * content scripts can name them at no cost.
 */
import { MENTION_KINDS, type MentionKind } from '../../shared/factbase/kinds.ts';

export const THEMES = ['auto', 'light', 'dark'] as const;
export const LANGUAGES = ['vi', 'en'] as const;
export const SITE_MODES = ['everywhere-except', 'only-listed'] as const;
export const HIGHLIGHT_MODES = ['all', 'first'] as const;
export const SCOPES = ['article', 'page'] as const;

export interface Settings {
  /** Highlight at all (a site choice can still turn a site off or on). */
  enabled: boolean;
  /** Which kinds to highlight. */
  kinds: MentionKind[];
  /** Highlight every mention of an entity, or only its first on the page. */
  mode: (typeof HIGHLIGHT_MODES)[number];
  /**
   * `article`: highlight the article's text only (headline, lead, body), never the site's menus, "related" lists,
   * other stories' teasers, comments or footer; `page`: everything a reader can read on the page.
   */
  scope: (typeof SCOPES)[number];
  /** Also match names typed without diacritics ("Pham Minh Chinh"). */
  accentless: boolean;
  /**
   * Draw every number with a unit, each with a card saying what little is known of it; by default only numbers
   * whose frame names a metric of the base are drawn.
   */
  allFigures: boolean;
  /**
   * Underline each kind in its own style (solid, double, dotted, dashed, wavy, over-and-under) besides its colour,
   * so that kinds stay apart without colour. Off by default: in Chromium an underlined highlight makes every later
   * change of the page work out each highlighted line's overflow again and repaint it (entrypoints/highlights.css).
   */
  underline: boolean;
  /** The colours of the extension's pages and of the card on a page: the system's, or forced light or dark. */
  theme: (typeof THEMES)[number];
  /** The interface language of the popup, the side panel, the options page and the card on a page. */
  language: (typeof LANGUAGES)[number];
  /**
   * `everywhere-except`: highlight on every site but those switched off; `only-listed`: only on sites switched
   * on.
   */
  siteMode: (typeof SITE_MODES)[number];
  /** The reading notebook does not record the figures of pages read (shared/notebook/readings.ts). */
  notebookPaused: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  enabled: true,
  kinds: [...MENTION_KINDS],
  mode: 'all',
  scope: 'article',
  accentless: true,
  allFigures: false,
  underline: false,
  theme: 'auto',
  language: 'vi',
  siteMode: 'everywhere-except',
  notebookPaused: false,
};

/** A reader's choice for one site: highlight there or not, and (kept from older versions) which kinds. */
export interface SiteChoice {
  enabled: boolean;
  kinds?: MentionKind[];
  updatedAt: number;
}

/** A site choice with its site, as the options page lists them. */
export type SiteChoiceEntry = SiteChoice & { hostname: string };

/** Hostnames compare case-insensitively and without a trailing dot. */
export function hostKey(hostname: string): string {
  return hostname.trim().toLowerCase().replace(/\.$/, '');
}

/** Whether a site is highlighted: global switch off wins; then the site's choice; then the site mode. */
export function siteEnabled(settings: Settings, choice: boolean | undefined): boolean {
  if (!settings.enabled) return false;
  return choice ?? settings.siteMode === 'everywhere-except';
}

/**
 * The `storage.local` keys (storage.ts defines the items): the settings, the site choices by `hostKey`, and the
 * version of the fact base in use, which the background writes when a pack comes or goes so that open pages
 * annotate again. The content scripts follow them with `storage.onChanged`; no page can read them.
 */
export const STORED = { settings: 'settings', sites: 'sites', baseVersion: 'baseVersion' } as const;
