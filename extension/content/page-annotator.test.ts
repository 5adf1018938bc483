/**
 * A long run is read in pieces: every piece within PIECE_CHARS, the pieces together the run's text, cut after a
 * sentence where there is one; and a page of one huge text node gets the same mentions as when read whole.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { MENTION_KINDS, type MentionKind } from '../../shared/factbase/kinds.ts';
import { curatedAnnotator } from '../../shared/text/testdata/curated-annotator.ts';
import { installHighlightRegistry } from '../testing/highlight-registry.ts';
import { EverythingNear, useObserver } from '../testing/observers.ts';
import { annotateWholePage, wholePageAnnotator } from '../testing/whole-page.ts';
import { BEFORE_CHARS, outermostRoots, PIECE_CHARS, pieces } from './page-annotator.ts';
import type { TextRun } from './text-runs.ts';

const annotator = curatedAnnotator({ accentless: true });
const SENTENCE = 'Thủ tướng Phạm Minh Chính hội kiến Thủ tướng Lào Sonexay Siphandone tại Viêng Chăn. ';

beforeAll(() => {
  installHighlightRegistry();
});

const runOf = (text: string): TextRun => {
  const node = document.createTextNode(text);
  return { block: document.body, text, nodes: [node], starts: [0] };
};

describe('long runs', () => {
  it('are cut into pieces within the limit, after a sentence, that add up to the run', () => {
    const text = SENTENCE.repeat(Math.ceil((3.5 * PIECE_CHARS) / SENTENCE.length));
    const parts = [...pieces(runOf(text))];
    expect(parts.length).toBeGreaterThanOrEqual(4);
    // Each piece's own text (after the sentences it reads again as context) follows the last one's.
    const own = parts.map((part) => part.text.slice(part.from));
    expect(own.join('')).toBe(text);
    for (const [index, part] of parts.entries()) {
      expect(own[index]?.length).toBeLessThanOrEqual(PIECE_CHARS);
      expect(text.slice(part.offset, part.offset + part.text.length)).toBe(part.text);
      if (index > 0) expect(part.from).toBeGreaterThan(0);
    }
    for (const part of parts.slice(0, -1)) expect(part.text.endsWith('.')).toBe(true);
  });

  it('without sentences, are cut at a space, and a run without spaces where the limit falls', () => {
    const words = 'một hai ba '.repeat(PIECE_CHARS / 2);
    for (const part of [...pieces(runOf(words))].slice(0, -1)) expect(words[part.offset + part.text.length]).toBe(' ');
    const solid = 'x'.repeat(PIECE_CHARS * 2 + 5);
    expect([...pieces(runOf(solid))].map((part) => part.text.length - part.from)).toEqual([
      PIECE_CHARS,
      PIECE_CHARS,
      5,
    ]);
  });

  it('one huge text node gets the mentions it holds, at the right places', async () => {
    // More text than an article: read once the observer finds it near the viewport, as it is on a screen.
    const restore = useObserver(EverythingNear);
    const text = SENTENCE.repeat(Math.ceil((100_000 / SENTENCE.length) | 0));
    const paragraph = document.createElement('p');
    paragraph.textContent = text;
    document.body.replaceChildren(paragraph);
    const { pageAnnotator } = await annotateWholePage(async (batch) =>
      batch.map((piece) => annotator.annotate(piece.text)),
    );
    const whole = annotator.annotate(text).filter((mention) => MENTION_KINDS.includes(mention.kind));
    const found = pageAnnotator.mentions();
    expect(found.length).toBe(whole.length);
    expect(found.map((record) => record.range.toString())).toEqual(whole.map((mention) => mention.text));
    pageAnnotator.stop();
    restore();
  });
});

describe('evidence on a page that changes', () => {
  it('shows the names inside a weak name in its place until the page supports it, and again when it no longer does', async () => {
    const port = document.createElement('p');
    port.textContent = 'Tàu cập cảng Vũng Áng.';
    document.body.replaceChildren(port);
    const { pageAnnotator, layer } = await annotateWholePage(async (batch) =>
      batch.map((piece) => annotator.annotate(piece.text)),
    );
    const listed = () => pageAnnotator.mentions().map((record) => `${record.range} → ${record.mention.entity.id}`);
    const drawn = (kind: MentionKind) => layer.size(kind);
    expect(listed()).toEqual(['Vũng Áng → vung-ang']);
    expect([drawn('place'), drawn('project')]).toEqual([1, 0]);

    const railway = document.createElement('p');
    railway.textContent = 'Tuyến đường sắt Viêng Chăn - Vũng Áng được khởi công.';
    document.body.append(railway);
    await vi.waitFor(() =>
      expect(listed()).toEqual([
        'cảng Vũng Áng → cang-vung-ang',
        'đường sắt Viêng Chăn - Vũng Áng → duong-sat-vieng-chan-vung-ang',
      ]),
    );
    await vi.waitFor(() => expect([drawn('place'), drawn('project')]).toEqual([0, 2]));

    railway.remove();
    await vi.waitFor(() => expect(listed()).toEqual(['Vũng Áng → vung-ang']));
    await vi.waitFor(() => expect([drawn('place'), drawn('project')]).toEqual([1, 0]));
    pageAnnotator.stop();
  });
});

describe('the text a pass read before a piece', () => {
  it('is the text of the pieces before it, up to BEFORE_CHARS, and only the first piece has none', async () => {
    const paragraphs = ['Campuchia và Việt Nam ký thỏa thuận.', 'Kim ngạch hai nước đạt 10 tỷ USD.', 'x'.repeat(2000)];
    paragraphs.push('Năm 2024 đạt 2,2 tỷ USD.');
    document.body.replaceChildren(
      ...paragraphs.map((text) => {
        const paragraph = document.createElement('p');
        paragraph.textContent = text;
        return paragraph;
      }),
    );
    const seen: Array<string | undefined> = [];
    const { pageAnnotator } = await annotateWholePage(async (batch) => {
      for (const piece of batch) seen.push(piece.before?.());
      return batch.map(() => []);
    });
    pageAnnotator.stop();
    expect(seen[0]).toBeUndefined();
    expect(seen[1]).toBe(paragraphs[0]);
    expect(seen[2]).toBe(`${paragraphs[0]}\n${paragraphs[1]}`);
    // A long paragraph fills the context: the last piece reads only its end.
    expect(seen[3]).toBe((paragraphs[2] as string).slice(-BEFORE_CHARS));
  });
});

describe('drawing a pass', () => {
  it('draws an article once, when its batch is done, however many slices turning it into ranges takes', async () => {
    // 200 paragraphs with a name each: one batch. A clock that moves 0.1 ms a reading makes the work take many
    // slices (8 ms each) and well under DRAW_EVERY_MS.
    document.body.replaceChildren(
      ...Array.from({ length: 200 }, (_, index) => {
        const element = document.createElement('p');
        element.textContent = `Đoạn ${index}: Tổng Bí thư Tô Lâm tiếp đoàn.`;
        return element;
      }),
    );
    let clock = 0;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => (clock += 0.1));
    const { pageAnnotator, layer } = wholePageAnnotator(async (batch) =>
      batch.map((piece) => annotator.annotate(piece.text)),
    );
    const drawn: number[] = [];
    const flush = layer.flush.bind(layer);
    layer.flush = () => {
      flush();
      if (drawn.at(-1) !== layer.size('person')) drawn.push(layer.size('person'));
    };
    pageAnnotator.start();
    await pageAnnotator.whenIdle();
    now.mockRestore();
    const changes = [...drawn];
    pageAnnotator.stop();
    // The pass took several slices' worth of its clock, and less than DRAW_EVERY_MS.
    expect(clock).toBeGreaterThan(3 * 8);
    expect(clock).toBeLessThan(300);
    // One change of the registry: all 200 at once (drawing the first slice at once made it two, two paints).
    expect(changes).toEqual([200]);
  });
});

describe('drawing while the page changes', () => {
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const paragraph = (text: string) => {
    const element = document.createElement('p');
    element.textContent = text;
    return element;
  };

  it("waits for the page's next change, and draws in the same task, before that change is rendered", async () => {
    document.body.replaceChildren(paragraph('Tổng Bí thư Tô Lâm tiếp đoàn.'));
    const { pageAnnotator, layer } = await annotateWholePage(async (batch) =>
      batch.map((piece) => annotator.annotate(piece.text)),
    );
    expect(layer.size('person')).toBe(1);
    // A page that adds a paragraph every 100 ms.
    document.body.append(paragraph('Thời tiết hôm nay đẹp.'));
    await sleep(100);
    document.body.append(paragraph('Thủ tướng Phạm Minh Chính dự lễ khởi công.'));
    await sleep(250);
    // Read and kept, not drawn yet: its own frame would repaint the page, one frame before the page's next one.
    expect(pageAnnotator.mentions().map((record) => record.range.toString())).toContain('Thủ tướng Phạm Minh Chính');
    expect(layer.size('person')).toBe(1);
    document.body.append(paragraph('Giá vàng tăng.'));
    // The observer's callback, a microtask after the change: before the browser renders it.
    await Promise.resolve();
    expect(layer.size('person')).toBe(2);

    // Whoever waits for the page's mentions gets them drawn at once, even while the page keeps changing.
    document.body.append(paragraph('Thủ tướng Lào Sonexay Siphandone phát biểu.'));
    await sleep(250);
    expect(layer.size('person')).toBe(2);
    await pageAnnotator.whenIdle();
    expect(layer.size('person')).toBe(3);
    pageAnnotator.stop();
  });

  it('never waits long for a next change, and draws at once on a page that changed only once', async () => {
    document.body.replaceChildren(paragraph('Tổng Bí thư Tô Lâm tiếp đoàn.'));
    const { pageAnnotator, layer } = await annotateWholePage(async (batch) =>
      batch.map((piece) => annotator.annotate(piece.text)),
    );
    document.body.append(paragraph('Thời tiết hôm nay đẹp.'));
    await sleep(100);
    document.body.append(paragraph('Thủ tướng Phạm Minh Chính dự lễ khởi công.'));
    await sleep(150);
    expect(layer.size('person')).toBe(1);
    // Drawn on its own once the wait is over.
    await sleep(300);
    expect(layer.size('person')).toBe(2);
    // Quiet for more than a second, then one change: nothing to wait for.
    await sleep(1100);
    document.body.append(paragraph('Thủ tướng Lào Sonexay Siphandone phát biểu.'));
    await sleep(200);
    expect(layer.size('person')).toBe(3);
    pageAnnotator.stop();
  });
});

describe('the roots a pass reads', () => {
  const blocks = (count: number, parent: Element) =>
    Array.from({ length: count }, (_, index) => {
      const block = document.createElement('p');
      block.textContent = `Đoạn ${index}`;
      parent.append(block);
      return block;
    });

  it('are the outermost, in document order, however they were queued', () => {
    const main = document.createElement('main');
    document.body.append(main);
    const siblings = blocks(8, main);
    const inner = document.createElement('b');
    (siblings[2] as Element).append(inner);
    const queued = [siblings[5], siblings[1], inner, siblings[7], siblings[2], siblings[0]] as Element[];
    expect(outermostRoots(queued)).toEqual([siblings[0], siblings[1], siblings[2], siblings[5], siblings[7]]);
    main.remove();
  });

  it('of several parents are in document order too', () => {
    const first = document.createElement('section');
    const second = document.createElement('section');
    document.body.append(first, second);
    const [a, b] = blocks(2, first) as unknown as [Element, Element];
    const [c, d] = blocks(2, second) as unknown as [Element, Element];
    expect(outermostRoots([d, a, c, b])).toEqual([a, b, c, d]);
    first.remove();
    second.remove();
  });
});
