/**
 * Names as the news writes them, in the real extension: names inside names reach page-mentions and the card,
 * weak spellings wait for support on the page, credits and names that only contain an alias get no card.
 */
import { describe, expect, it } from 'vitest';
import { card, mentionPoint } from './support/card.ts';
import { pageMentions, useExtension } from './support/extension.ts';

const env = useExtension();

describe('names on a page', () => {
  it('keeps the committee inside the session, waits for support before "MPI" and the port, and skips credits and traps', async () => {
    const page = await env.session.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(env.server.url('/names.html'));
    await expect.poll(() => pageMentions(env.session, page).catch(() => undefined)).toBeDefined();
    const { mentions } = await pageMentions(env.session, page);

    const session = mentions.find((m) => m.entity.id === 'ky-hop-46-uy-ban-lien-chinh-phu-viet-nam-lao');
    expect(session?.nested?.map((inner) => inner.entity.id)).toEqual(['uy-ban-lien-chinh-phu-viet-nam-lao']);
    const ids = mentions.map((m) => m.entity.id);
    expect(ids).toContain('sonexay-siphandone'); // "Thủ tướng Sonexay": a title with the given name alone
    expect(ids).not.toContain('bo-ke-hoach-va-dau-tu'); // "MPI" alone: nothing on the page supports it
    expect(ids).not.toContain('thanh-duy'); // a photo credit
    expect(ids).not.toContain('ho-chi-minh'); // the academy named after him
    expect(ids).not.toContain('vieng-chan'); // the province, not the capital
    // "cảng Vũng Áng" alone may be another port: unsupported, the place written inside it stands in its place.
    expect(ids).not.toContain('cang-vung-ang');
    expect(mentions.filter((m) => m.entity.id === 'vung-ang').map((m) => m.text)).toEqual(['Vũng Áng']);

    // The card of the session lists the committee "in this name"; following it opens the committee's card.
    const point = await mentionPoint(page, 'event', 'Lào - Việt Nam');
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => card(page).textContent()).toContain('Trong tên này');
    await card(page)
      .getByRole('button', { name: /Ủy ban liên Chính phủ/ })
      .first()
      .click();
    await expect.poll(() => card(page).getAttribute('data-entity')).toBe('uy-ban-lien-chinh-phu-viet-nam-lao');

    // Once the page names the ministry in full, "MPI" gets its card.
    await page.evaluate(() => (window as unknown as { addSupport: () => void }).addSupport());
    await expect
      .poll(async () => (await pageMentions(env.session, page)).mentions.filter((m) => m.text === 'MPI').length)
      .toBe(1);
    // …and the port gets its own card, the place now inside it.
    const after = (await pageMentions(env.session, page)).mentions;
    const port = after.find((m) => m.entity.id === 'cang-vung-ang');
    expect(port?.text).toBe('cảng Vũng Áng');
    expect(port?.nested?.map((inner) => inner.entity.id)).toEqual(['vung-ang']);
    expect(errors).toEqual([]);
    await page.close();
  });
});
