import { handleRequests } from '../messaging/protocol.ts';

export default defineBackground(() => {
  handleRequests({
    ping: () => ({ ok: true, version: browser.runtime.getManifest().version }),
  });
});
