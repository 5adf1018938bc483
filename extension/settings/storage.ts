/**
 * The reader's settings and site choices in `storage.local`, as WXT storage items: every context (background,
 * popup, options, side panel) reads them here, follows them with `watch`, and writes them here. A stored value is
 * checked on every read: a setting or a site choice that does not pass (a hand-edited or corrupted value) falls
 * back to its default with a console warning, and the rest is kept. The content scripts do not load this module
 * (zod and WXT storage would double their size): they follow the keys with `storage.onChanged` (settings.ts,
 * `STORED`) and ask the background for their page's configuration.
 */
import { storage } from 'wxt/utils/storage';
import { z } from 'zod/mini';
import { MENTION_KINDS } from '../../shared/factbase/kinds.ts';
import {
  DEFAULT_SETTINGS,
  HIGHLIGHT_MODES,
  hostKey,
  LANGUAGES,
  SCOPES,
  type Settings,
  SITE_MODES,
  type SiteChoice,
  type SiteChoiceEntry,
  STORED,
  siteEnabled,
  THEMES,
} from './settings.ts';

const Kinds = z.array(z.enum(MENTION_KINDS)).check(z.maxLength(MENTION_KINDS.length));

/** Each setting's shape; a stored value is checked key by key. */
export const SettingShapes = {
  enabled: z.boolean(),
  kinds: Kinds,
  mode: z.enum(HIGHLIGHT_MODES),
  scope: z.enum(SCOPES),
  accentless: z.boolean(),
  allFigures: z.boolean(),
  underline: z.boolean(),
  theme: z.enum(THEMES),
  language: z.enum(LANGUAGES),
  siteMode: z.enum(SITE_MODES),
  notebookPaused: z.boolean(),
} satisfies { [K in keyof Settings]: z.ZodMiniType<Settings[K]> };

const SiteChoiceShape = z.object({ enabled: z.boolean(), kinds: z.optional(Kinds), updatedAt: z.number() });

/**
 * Version 1: the settings as one object, the site choices as one object by `hostKey`. A change of shape adds a
 * step to `migrations` (`2: (v1) => v2`) and raises `version`; WXT runs the steps once, on the first read.
 */
const settingsItem = storage.defineItem<object>(`local:${STORED.settings}`, {
  version: 1,
  migrations: {},
});
const sitesItem = storage.defineItem<object>(`local:${STORED.sites}`, { version: 1, migrations: {} });
/** The version of the fact base in use (background/main.ts writes it; the annotator follows it). */
export const baseVersionItem = storage.defineItem<string>(`local:${STORED.baseVersion}`);

function warn(what: string, value: unknown): void {
  console.warn(`[Mekong Lens] ${what} is not valid and was replaced by its default`, value);
}

/** The stored settings over the defaults; a value that does not pass its check gives way to the default. */
export function readSettings(stored: unknown): Settings {
  const settings: Settings = structuredClone(DEFAULT_SETTINGS) as Settings;
  if (stored == null) return settings;
  if (typeof stored !== 'object' || Array.isArray(stored)) {
    warn('the stored settings', stored);
    return settings;
  }
  for (const [key, value] of Object.entries(stored)) {
    const shape = SettingShapes[key as keyof Settings];
    if (!shape) continue;
    const parsed = shape.safeParse(value);
    if (parsed.success) Object.assign(settings, { [key]: parsed.data });
    else warn(`the setting ${key}`, value);
  }
  return settings;
}

/** The stored site choices; an entry that does not pass its check is left out (the site follows the site mode). */
export function readSites(stored: unknown): Record<string, SiteChoice> {
  const sites: Record<string, SiteChoice> = {};
  if (stored == null) return sites;
  if (typeof stored !== 'object' || Array.isArray(stored)) {
    warn('the stored site choices', stored);
    return sites;
  }
  for (const [hostname, value] of Object.entries(stored)) {
    const parsed = SiteChoiceShape.safeParse(value);
    if (parsed.success) sites[hostKey(hostname)] = parsed.data;
    else warn(`the choice for ${hostname}`, value);
  }
  return sites;
}

export async function loadSettings(): Promise<Settings> {
  return readSettings(await settingsItem.getValue());
}

/** Changes some settings; returns them all. */
export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const settings = { ...(await loadSettings()), ...structuredClone(patch) };
  await settingsItem.setValue(settings);
  return settings;
}

/** Calls `apply` with the settings whenever they change, in any context. Returns a stop. */
export function watchSettings(apply: (settings: Settings) => void): () => void {
  return settingsItem.watch((stored) => apply(readSettings(stored)));
}

export async function loadSites(): Promise<Record<string, SiteChoice>> {
  return readSites(await sitesItem.getValue());
}

/** Every site choice, by hostname. */
export async function listSites(): Promise<SiteChoiceEntry[]> {
  return Object.entries(await loadSites())
    .map(([hostname, choice]) => ({ hostname, ...choice }))
    .sort((a, b) => a.hostname.localeCompare(b.hostname));
}

export function watchSites(apply: () => void): () => void {
  return sitesItem.watch(() => apply());
}

/** A site's choice, or undefined to forget it (the global settings apply there again). */
export async function setSiteChoice(hostname: string, choice: Omit<SiteChoice, 'updatedAt'> | undefined) {
  const sites = await loadSites();
  const key = hostKey(hostname);
  if (choice) sites[key] = { ...choice, updatedAt: Date.now() };
  else delete sites[key];
  await sitesItem.setValue(sites);
}

/** Whether a site is highlighted, and why. */
export interface SiteState {
  hostname: string;
  enabled: boolean;
  /** The reader's choice for this site, if they made one. */
  choice?: boolean;
  globalEnabled: boolean;
  siteMode: Settings['siteMode'];
}

export async function siteState(hostname: string): Promise<SiteState> {
  const [settings, sites] = await Promise.all([loadSettings(), loadSites()]);
  const choice = sites[hostKey(hostname)];
  return {
    hostname,
    enabled: siteEnabled(settings, choice?.enabled),
    ...(choice ? { choice: choice.enabled } : {}),
    globalEnabled: settings.enabled,
    siteMode: settings.siteMode,
  };
}

/**
 * Switches a site on or off. A choice that only repeats the site mode's default is forgotten, so the list of
 * sites stays the list of exceptions.
 */
export async function setSiteEnabled(hostname: string, enabled: boolean): Promise<SiteState> {
  const { siteMode } = await loadSettings();
  await setSiteChoice(hostname, enabled === (siteMode === 'everywhere-except') ? undefined : { enabled });
  return siteState(hostname);
}

/** What an older version kept in the database: settings as rows, site choices as records. */
export interface LegacySettings {
  settings: Array<{ key: string; value: unknown }>;
  sites: SiteChoiceEntry[];
}

/**
 * Moves the settings and site choices an older version kept in the database here, once: only while nothing is
 * stored here yet, so a reader who upgrades keeps their switched-off sites, language and options. Returns whether
 * it wrote anything.
 */
export async function adoptLegacySettings(legacy: LegacySettings): Promise<boolean> {
  if (legacy.settings.length === 0 && legacy.sites.length === 0) return false;
  const [settings, sites] = await Promise.all([settingsItem.getValue(), sitesItem.getValue()]);
  if (settings != null || sites != null) return false;
  await Promise.all([
    settingsItem.setValue(readSettings(Object.fromEntries(legacy.settings.map(({ key, value }) => [key, value])))),
    sitesItem.setValue(
      readSites(Object.fromEntries(legacy.sites.map(({ hostname, ...choice }) => [hostname, choice]))),
    ),
  ]);
  return true;
}
