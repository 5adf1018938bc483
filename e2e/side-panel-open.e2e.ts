/**
 * "Mở trong bảng bên" on a card opens the side panel (Chromium's `sidePanel.open` needs the reader's click, which
 * the background's message listener carries only while it runs), whether the panel is closed or already open.
 */
import { describe, expect, it } from 'vitest';
import { card, cardName, mentionPoint } from './support/card.ts';
import { openSeed, useExtension } from './support/extension.ts';
import { sidePanelRecordName } from './support/side-panel.ts';

const env = useExtension();

const sidePanels = () =>
  env.session.worker.evaluate(async () =>
    (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).map(
      (context) => new URL(context.documentUrl ?? '').pathname,
    ),
  );

describe('the card’s “open in the side panel”', () => {
  it('opens the side panel on the card’s entity when it is closed, and switches it when it is open', async () => {
    const page = await openSeed(env.session, env.server, '004_8af0e2a929b6679e.txt');
    expect(await sidePanels()).toEqual([]);
    const warnings: string[] = [];
    env.session.worker.on('console', (message) => warnings.push(message.text()));

    const toLam = await mentionPoint(page, 'person', 'Tô Lâm');
    await page.mouse.move(toLam.x, toLam.y);
    await expect.poll(() => cardName(page)).toBe('Tô Lâm');
    await card(page).getByRole('button', { name: 'Mở trong bảng bên' }).click();
    await expect.poll(sidePanels).toEqual(['/sidepanel.html']);
    await expect.poll(() => sidePanelRecordName(page)).toBe('Tô Lâm');
    expect(warnings.filter((text) => text.includes('side panel'))).toEqual([]);

    // Already open: the same button moves the panel to another entity.
    await page.keyboard.press('Escape');
    const place = await mentionPoint(page, 'place', 'Vientiane');
    await page.mouse.move(place.x, place.y);
    await expect.poll(() => card(page).count()).toBe(1);
    const placeName = await card(page).locator('.ml-name').innerText();
    await card(page).getByRole('button', { name: 'Mở trong bảng bên' }).click();
    await expect.poll(() => sidePanelRecordName(page)).toBe(placeName);
    expect(await sidePanels()).toEqual(['/sidepanel.html']);
    expect(warnings.filter((text) => text.includes('side panel'))).toEqual([]);
    await page.close();
  });

  it('says how to open the panel when the browser will not open it from the page', async () => {
    const page = await openSeed(env.session, env.server, '004_8af0e2a929b6679e.txt');
    const toLam = await mentionPoint(page, 'person', 'Tô Lâm');
    await page.mouse.move(toLam.x, toLam.y);
    await expect.poll(() => cardName(page)).toBe('Tô Lâm');
    // A click the page makes up, long after the reader's last gesture, is none of the reader's: the browser
    // refuses to open the panel for it (as Firefox does for any click in a page).
    await page.addScriptTag({
      content: `setTimeout(() => {
        const root = document.querySelector('mekong-lens-card').shadowRoot;
        root.querySelector('.ml-card-foot .ml-link').click();
      }, 5500);`,
    });
    await page.waitForTimeout(5600);
    await expect
      .poll(() =>
        card(page)
          .locator('.ml-notice-line')
          .innerText()
          .catch(() => ''),
      )
      .toContain('bấm nút Mekong Lens');
    expect(await card(page).locator('.ml-notice-line').getAttribute('role')).toBe('status');
    await page.close();
  });
});
