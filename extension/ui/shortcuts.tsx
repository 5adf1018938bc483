/**
 * The reader's keyboard shortcuts, as the browser has them bound (they are manifest `commands`, so the reader
 * can change them), shown in the popup and the side panel with a way to change them.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from './i18n.ts';

interface Command {
  name?: string;
  shortcut?: string;
}

/** Where each browser lets the reader change an extension's shortcuts. */
function openShortcutSettings(): void {
  const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
  if (import.meta.env.FIREFOX) void commands.openShortcutSettings?.();
  else void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

export function Shortcuts() {
  const [commands, setCommands] = useState<Command[]>();
  useEffect(() => {
    void browser.commands
      ?.getAll()
      .then(setCommands)
      .catch(() => setCommands([]));
  }, []);
  if (!commands) return null;
  const key = (name: string) => commands.find((command) => command.name === name)?.shortcut;
  const next = key('next-mention');
  const previous = key('previous-mention');
  // Firefox: the key that opens the sidebar (Chrome has none for its side panel).
  const sidebar = key('_execute_sidebar_action');
  return (
    <div class="ml-shortcuts" data-testid="shortcuts">
      {next || previous ? (
        <p>
          {next && <kbd>{next}</kbd>} {previous && <kbd>{previous}</kbd>} {t('shortcutsStep')}
        </p>
      ) : (
        <p>{t('shortcutsNone')}</p>
      )}
      {sidebar && (
        <p>
          <kbd>{sidebar}</kbd> {t('shortcutsSidebar')}
        </p>
      )}
      {(!import.meta.env.FIREFOX ||
        typeof (browser.commands as { openShortcutSettings?: unknown })?.openShortcutSettings === 'function') && (
        <button type="button" class="ml-link-button" onClick={openShortcutSettings}>
          {t('shortcutsChange')}
        </button>
      )}
    </div>
  );
}
