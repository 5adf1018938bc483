/**
 * The real side panel, as Chromium opens it beside a tab. Playwright does not list it among the context's pages,
 * so it is reached over the DevTools protocol: found among the browser's targets, and evaluated in.
 */
import type { Page } from 'playwright-core';

/** Evaluates `expression` in the open side panel and returns its value; undefined when no panel is open. */
export async function evaluateInSidePanel(page: Page, expression: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: Array<{ targetId: string; url: string; type: string }>;
    };
    const panel = targetInfos.find((target) => target.url.endsWith('/sidepanel.html'));
    if (!panel) return undefined;
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: panel.targetId, flatten: false })) as {
      sessionId: string;
    };
    const answer = new Promise<unknown>((resolve) => {
      cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
        if (event.sessionId !== sessionId) return;
        const message = JSON.parse(event.message) as { id?: number; result?: { result?: { value?: unknown } } };
        if (message.id === 1) resolve(message.result?.result?.value);
      });
    });
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id: 1, method: 'Runtime.evaluate', params: { expression, returnByValue: true } }),
    });
    const value = await answer;
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    return value;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** The name on the record the open side panel shows, or undefined. */
export const sidePanelRecordName = (page: Page) =>
  evaluateInSidePanel(page, `document.querySelector('.ml-record .ml-name')?.textContent ?? null`);
