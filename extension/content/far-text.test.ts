/**
 * Text far from the viewport waits: a page longer than an article is read where the observer reports it near,
 * the rest when the reader comes near it or asks for the whole page, each block once and as it then is. The
 * observer is driven by the test (happy-dom lays nothing out).
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { curatedAnnotator } from '../../shared/text/testdata/curated-annotator.ts';
import { installHighlightRegistry } from '../testing/highlight-registry.ts';
import { DrivenObserver, useObserver } from '../testing/observers.ts';
import { wholePageAnnotator } from '../testing/whole-page.ts';
import { cutIntoBlocks, FarText, LAZY_CHARS } from './far-text.ts';
import type { PageAnnotator } from './page-annotator.ts';

const annotator = curatedAnnotator({ accentless: true });
const NAME = 'Phạm Minh Chính';
/** About 300 characters with one name in it. */
const paragraphText = (index: number) =>
  `Đoạn ${index}: Thủ tướng ${NAME} phát biểu tại hội nghị. ${'Nội dung của đoạn văn này dài vừa phải. '.repeat(6)}`;

beforeAll(() => {
  installHighlightRegistry();
});

let restoreObserver = () => {};
afterEach(() => {
  restoreObserver();
  DrivenObserver.forget();
  document.body.replaceChildren();
});

function paragraphs(count: number, from = 0): HTMLParagraphElement[] {
  return Array.from({ length: count }, (_, index) => {
    const paragraph = document.createElement('p');
    paragraph.textContent = paragraphText(from + index);
    return paragraph;
  });
}

/** An annotator over the whole page; `sent` counts how often each text went to the matcher. */
function pageAnnotator() {
  const sent = new Map<string, number>();
  const annotate = vi.fn(async (batch: ReadonlyArray<{ text: string }>) =>
    batch.map((piece) => {
      sent.set(piece.text, (sent.get(piece.text) ?? 0) + 1);
      return annotator.annotate(piece.text);
    }),
  );
  const { pageAnnotator: page } = wholePageAnnotator(annotate, new Set(['person'] as const));
  return { page, sent, annotate };
}

const blocksWithMentions = (page: PageAnnotator) => new Set(page.mentions().map((record) => record.block));

describe('text far from the viewport', () => {
  it('is read when the reader comes near it, or asks for the whole page; each block once, as it then is', async () => {
    restoreObserver = useObserver(DrivenObserver);
    const main = document.createElement('main');
    const all = paragraphs(400);
    main.append(...all);
    document.body.append(main);
    expect(main.textContent?.length).toBeGreaterThan(LAZY_CHARS);

    const { page, sent } = pageAnnotator();
    page.start();
    await vi.waitFor(() => expect(DrivenObserver.first?.observed.size).toBeGreaterThan(0));
    // The far text's observer (the live window's comes after it).
    const observer = DrivenObserver.first as DrivenObserver;
    // Nothing is read before the observer has looked; only segments' ends are watched, not every block.
    expect(sent.size).toBe(0);
    expect(observer.observed.size).toBeLessThan(all.length / 4);

    // The top of the page is near: its first segment is read, nothing below it.
    observer.tell([all[0] as Element], true);
    await page.whenIdle();
    const near = blocksWithMentions(page);
    expect(near.has(all[0] as Element)).toBe(true);
    expect(near.size).toBeGreaterThan(1);
    expect(near.size).toBeLessThan(40);
    expect([...near].every((block) => all.indexOf(block as HTMLParagraphElement) < near.size)).toBe(true);
    // Too long to keep every mention live: only the blocks the live window reports near are drawn.
    const live = DrivenObserver.last as DrivenObserver;
    expect(live).not.toBe(observer);
    const drawn = () => CSS.highlights.get('ml-person')?.size ?? 0;
    expect(drawn()).toBe(0);
    live.tell([all[0] as Element], true);
    expect(drawn()).toBe(1);

    // A paragraph far below changes: it is not read now, and is read as it then is.
    const far = all[300] as HTMLParagraphElement;
    far.textContent = `Chủ tịch nước Lương Cường và Thủ tướng ${NAME} dự lễ.`;
    await new Promise((resolve) => setTimeout(resolve, 300));
    await page.whenIdle();
    expect(blocksWithMentions(page).has(far)).toBe(false);
    expect(sent.has(far.textContent)).toBe(false);

    // The reader scrolls to the middle: that segment is read, and the page between is still not.
    const middle = [...observer.observed].find((block) => all.indexOf(block as HTMLParagraphElement) > 150);
    observer.tell([middle as Element], true);
    await page.whenIdle();
    const afterScroll = blocksWithMentions(page);
    expect(afterScroll.has(middle as Element)).toBe(true);
    expect(afterScroll.has(all[100] as Element)).toBe(false);

    // The side panel asks for the whole page: every paragraph's mention, each text sent once.
    await page.readEverything();
    expect(blocksWithMentions(page)).toEqual(new Set(all));
    expect(page.mentions().filter((record) => record.block === far)).toHaveLength(1);
    expect(Math.max(...sent.values())).toBe(1);
    expect(observer.observed.size).toBe(0);
    page.stop();
  });

  it('leaves an article, and a page’s small change, to be read at once', async () => {
    restoreObserver = useObserver(DrivenObserver);
    const main = document.createElement('main');
    main.append(...paragraphs(60));
    document.body.append(main);
    const { page } = pageAnnotator();
    page.start();
    await page.whenIdle();
    expect(page.mentions()).toHaveLength(60);
    expect(DrivenObserver.last).toBeUndefined();

    // "Load more": a few paragraphs are read at once; a thousand wait for the reader.
    main.append(...paragraphs(5, 60));
    await vi.waitFor(() => expect(page.mentions()).toHaveLength(65));
    const more = paragraphs(1000, 65);
    main.append(...more);
    await vi.waitFor(() => expect(DrivenObserver.first?.observed.size).toBeGreaterThan(0));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(page.mentions()).toHaveLength(65);
    const observer = DrivenObserver.first as DrivenObserver;
    observer.tell([more[0] as Element], true);
    await page.whenIdle();
    const read = page.mentions().length - 65;
    expect(read).toBeGreaterThan(0);
    expect(read).toBeLessThan(40);
    page.stop();
  });

  it('forgets what a pass reads now, found from small roots or from the held blocks, and keeps the rest held', () => {
    restoreObserver = useObserver(DrivenObserver);
    // Two sections of 20 paragraphs (about 6,000 characters each): three segments, the second across both.
    const sections = [paragraphs(20), paragraphs(20, 20)].map((list) => {
      const section = document.createElement('section');
      section.append(...list);
      return section;
    });
    document.body.append(...sections);
    const all = sections.flatMap((section) => [...section.children]);
    const read: Element[][] = [];
    const far = new FarText((blocks) => read.push(blocks));
    far.hold(all.map((element) => ({ element, length: element.textContent?.length ?? 0 })));
    const observer = DrivenObserver.last as DrivenObserver;
    const watched = observer.observed.size;
    expect(all.every((block) => far.holds(block))).toBe(true);

    // A paragraph the page added (nothing held inside it) changes nothing.
    const added = document.createElement('p');
    sections[1]?.append(added);
    far.dropWithin([added]);
    expect(observer.observed.size).toBe(watched);

    // One paragraph of the second section is read now: only it leaves, its segment watched at its new ends.
    const one = all[30] as Element;
    far.dropWithin([one]);
    expect(far.holds(one)).toBe(false);
    expect(all.filter((block) => block !== one).every((block) => far.holds(block))).toBe(true);

    // The first section is read now (more elements inside it than blocks held): its blocks leave, the rest stay.
    for (let index = 0; index < 60; index++) sections[0]?.append(document.createElement('span'));
    far.dropWithin([sections[0] as Element]);
    expect(all.slice(0, 20).some((block) => far.holds(block))).toBe(false);
    expect(
      all
        .slice(20)
        .filter((block) => block !== one)
        .every((block) => far.holds(block)),
    ).toBe(true);
    // What is still held is still watched: the reader coming near it reads it.
    const end = all[39] as Element;
    expect(observer.observed.has(end)).toBe(true);
    observer.tell([end], true);
    expect(read.at(-1)).toContain(end);
    expect(read.flat()).not.toContain(all[0]);
    far.clear();
  });

  it('watches each segment’s first block and a run’s last; a first block near reads the segment ending there too', () => {
    restoreObserver = useObserver(DrivenObserver);
    const all = paragraphs(60);
    document.body.append(...all);
    const held = () => {
      const read: Element[][] = [];
      const far = new FarText((blocks) => read.push(blocks));
      far.hold(all.map((element) => ({ element, length: element.textContent?.length ?? 0 })));
      const observer = DrivenObserver.last as DrivenObserver;
      const firsts = all.filter((block) => observer.observed.has(block)).slice(0, -1);
      return { far, read, observer, firsts };
    };

    // Coming down: the third segment's first block is near; the second segment ends there and is read with it.
    const down = held();
    expect(down.firsts.length).toBeGreaterThanOrEqual(4);
    expect(down.firsts[0]).toBe(all[0]);
    expect(down.observer.observed.has(all.at(-1) as Element)).toBe(true);
    // One block watched per segment, and one more at the run's end.
    expect(down.observer.observed.size).toBe(down.firsts.length + 1);
    const [, second, third, fourth] = down.firsts as Element[];
    down.observer.tell([third as Element], true);
    const readDown = down.read.flat();
    expect(readDown).toEqual(
      expect.arrayContaining(
        all.slice(all.indexOf(second as HTMLParagraphElement), all.indexOf(fourth as HTMLParagraphElement)),
      ),
    );
    expect(readDown).not.toContain(all[0]);
    expect(readDown).not.toContain(fourth);
    down.far.clear();
    DrivenObserver.forget();

    // Coming up from the end: the last segment is read, then the one before it, whose end is watched from then on.
    const up = held();
    const last = all.at(-1) as Element;
    up.observer.tell([last], true);
    const lastFirst = up.firsts.at(-1) as Element;
    expect(up.read.at(-1)).toEqual(all.slice(all.indexOf(lastFirst as HTMLParagraphElement)));
    const before = all[all.indexOf(lastFirst as HTMLParagraphElement) - 1] as Element;
    expect(up.observer.observed.has(before)).toBe(true);
    up.observer.tell([before], true);
    expect(up.read.at(-1)).toContain(before);
    expect(up.read.at(-1)).toContain(up.firsts.at(-2));
    up.far.clear();
  });

  it('is cut into blocks in document order, keeping runs whole and leaving out what is not read', () => {
    const long = (text: string) => text.repeat(Math.ceil(5000 / text.length));
    document.body.innerHTML = `<main>
      <p id="a">${long('Một. ')}</p>
      <div id="wrap"><p id="b">${long('Hai. ')}</p><script>var x = 1;</script><p id="c">ngắn</p></div>
      <div id="inline">${long('Ba ')}<b>bốn</b> năm</div>
      <nav id="nav">${long('Menu ')}</nav>
      <p id="d">cuối</p>
    </main>`;
    const skip = (element: Element) => element.localName === 'nav';
    const cutting = cutIntoBlocks([document.querySelector('main') as Element], skip);
    let step = cutting.next();
    while (!step.done) step = cutting.next();
    const ids = step.value.blocks.map((block) => block.element.id);
    // The long wrapper is cut into its own blocks, in place; text with inline elements stays one block.
    expect(ids).toEqual(['a', 'b', 'c', 'inline', 'd']);
    expect(step.value.total).toBe(step.value.blocks.reduce((sum, block) => sum + block.length, 0));
    expect(step.value.blocks[0]?.length).toBe(document.getElementById('a')?.textContent?.length);
  });
});
