/**
 * Which site each tab with our content script shows, learnt from its `page-config` request (without the `tabs`
 * permission the background cannot read tab URLs). Kept in `storage.session` too, so a restarted service
 * worker still knows the tabs that loaded before it stopped.
 */
const KEY = 'tabHosts';

type SessionArea = {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
};

function sessionArea(): SessionArea | undefined {
  return (browser.storage as unknown as { session?: SessionArea }).session;
}

export class TabHosts {
  private hosts: Map<number, string> | undefined;
  private loading: Promise<Map<number, string>> | undefined;

  private load(): Promise<Map<number, string>> {
    this.loading ??= (async () => {
      const stored = await sessionArea()
        ?.get(KEY)
        .catch(() => undefined);
      const saved = (stored?.[KEY] ?? {}) as Record<string, string>;
      this.hosts = new Map(Object.entries(saved).map(([id, host]): [number, string] => [Number(id), host]));
      return this.hosts;
    })();
    return this.loading;
  }

  private save(): void {
    if (!this.hosts) return;
    void sessionArea()
      ?.set({ [KEY]: Object.fromEntries(this.hosts) })
      .catch(() => undefined);
  }

  remember(tabId: number, hostname: string): void {
    void this.load().then((hosts) => {
      hosts.set(tabId, hostname);
      this.save();
    });
  }

  forget(tabId: number): void {
    void this.load().then((hosts) => {
      if (hosts.delete(tabId)) this.save();
    });
  }

  async entries(): Promise<Array<[number, string]>> {
    return [...(await this.load())];
  }
}
