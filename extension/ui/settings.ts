/** The extension pages' view of the settings: loaded from the background, applied (language, theme), changed by message. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Settings } from '../db/settings.ts';
import { type SettingsPatch, sendToBackground } from '../messaging/protocol.ts';
import { useLanguage } from './catalogues.ts';

function apply(settings: Settings): void {
  useLanguage(settings.language);
  document.documentElement.lang = settings.language;
  if (settings.theme === 'auto') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = settings.theme;
}

/** The settings (undefined until loaded) and a function to change some of them. */
export function useSettings(): [Settings | undefined, (patch: SettingsPatch) => Promise<void>] {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    const load = () =>
      sendToBackground({ type: 'get-settings' }).then((loaded) => {
        apply(loaded);
        setSettings(loaded);
      });
    void load();
    // Another page (the options) may change them while this one is open.
    const onFocus = () => void load();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, []);
  const update = useCallback(async (patch: SettingsPatch) => {
    const changed = await sendToBackground({ type: 'set-settings', patch });
    apply(changed);
    setSettings(changed);
  }, []);
  return [settings, update];
}
