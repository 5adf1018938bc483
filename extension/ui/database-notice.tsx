/** What the popup, the side panel and the options page say when the browser's database is not as it should be. */
import type { Status } from '../messaging/protocol.ts';
import { t } from './i18n.ts';

export function DatabaseNotice({ status }: { status?: Status }) {
  if (status?.database === 'unavailable') return <p class="ml-notice">{t('dbUnavailable', status.message ?? '')}</p>;
  return null;
}
