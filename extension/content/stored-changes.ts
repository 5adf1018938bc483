/**
 * Follows some of the extension's `storage.local` keys (settings/settings.ts, `STORED`) from a content script,
 * without WXT storage or zod: the script only learns that they changed and asks the background what that means
 * for its page (the background reads and checks the values).
 */
import { extensionApi } from '../messaging/extension-api.ts';

export function onStoredChange(keys: readonly string[], changed: (keys: Set<string>) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local') return;
    const hit = new Set(keys.filter((key) => key in changes));
    if (hit.size > 0) changed(hit);
  };
  const api = extensionApi();
  api.storage.onChanged.addListener(listener);
  return () => api.storage.onChanged.removeListener(listener);
}
