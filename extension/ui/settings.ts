/** The extension pages' view of the settings: read from `storage.local`, applied (language, theme), followed. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Settings } from '../settings/settings.ts';
import { loadSettings, saveSettings, watchSettings } from '../settings/storage.ts';
import { useLanguage } from './catalogues.ts';

function apply(settings: Settings): void {
  useLanguage(settings.language);
  document.documentElement.lang = settings.language;
  if (settings.theme === 'auto') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = settings.theme;
}

/** The settings (undefined until loaded) and a function to change some of them. */
export function useSettings(): [Settings | undefined, (patch: Partial<Settings>) => Promise<void>] {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    const show = (loaded: Settings) => {
      apply(loaded);
      setSettings(loaded);
    };
    void loadSettings().then(show);
    // Another page (the options, the popup) may change them while this one is open.
    return watchSettings(show);
  }, []);
  const update = useCallback(async (patch: Partial<Settings>) => {
    const changed = await saveSettings(patch);
    apply(changed);
    setSettings(changed);
  }, []);
  return [settings, update];
}
