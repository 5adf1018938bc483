/**
 * Never break a page: random pages (e2e/support/random-dom.ts) with the fact base's names split across inline
 * elements and hidden in attributes, scripts, fields, code, editable regions, shadow roots and frames, annotated
 * by the real PageAnnotator, text runs and HighlightLayer. happy-dom has no CSS.highlights: a minimal registry
 * is provided here, for these tests only.
 */
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  expectedMentions,
  isEditable,
  type PageModel,
  pageArbitrary,
  readableRuns,
  renderBody,
  UNREAD_TAGS,
} from '../../e2e/support/random-dom.ts';
import { annotateBatch } from '../../shared/text/batch.ts';
import { curatedAnnotator } from '../../shared/text/testdata/curated-annotator.ts';
import { installHighlightRegistry, type TestHighlight } from '../testing/highlight-registry.ts';
import { EverythingNear } from '../testing/observers.ts';
import { annotateWholePage } from '../testing/whole-page.ts';
import { annotateThrough, pageFrames } from './figure-context.ts';
import type { PageMentionRecord } from './page-annotator.ts';

const annotator = curatedAnnotator({ accentless: true });

beforeAll(() => {
  installHighlightRegistry();
  // happy-dom computes checkVisibility() through every ancestor's style: ~8 ms per block 1,000 levels down, which
  // would time these tests out. Without it our code treats every block as visible (as in old engines), and the
  // generated pages hide nothing.
  Object.defineProperty(Element.prototype, 'checkVisibility', { value: undefined, configurable: true });
  // happy-dom lays nothing out: here every block is near the viewport, so a long page's text (far-text.ts) is read
  // and its mentions (live-window.ts) are all drawn, as a short page's are.
  Object.assign(globalThis, { IntersectionObserver: EverythingNear });
});

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

/** Lays the page out as a browser parses it, declarative shadow roots included (happy-dom leaves them as templates). */
function load(page: PageModel): void {
  document.body.innerHTML = renderBody(page);
  for (const template of [...document.querySelectorAll('template[shadowrootmode]')] as HTMLTemplateElement[]) {
    const host = template.parentElement as HTMLElement;
    const root = host.attachShadow({ mode: 'open' });
    root.append(template.content.cloneNode(true));
    template.remove();
  }
}

async function annotate(): Promise<PageMentionRecord[]> {
  const frames = pageFrames(document, () => undefined);
  // As the content script annotates: through the batch protocol, figures getting the page's context.
  const { pageAnnotator, layer } = await annotateWholePage(
    annotateThrough(async (pieces, context) => annotateBatch(annotator, pieces, context), frames),
  );
  const records = pageAnnotator.mentions();
  const drawn = [...(CSS.highlights as unknown as Map<string, TestHighlight>).values()].reduce(
    (sum, highlight) => sum + highlight.size,
    0,
  );
  expect(drawn).toBe(records.length);
  pageAnnotator.stop();
  layer.detach();
  expect(CSS.highlights.size).toBe(0);
  return records;
}

/** Is this node read as article text: inside the body's light tree, in nothing unread or editable? */
function isReadable(node: Node): boolean {
  if (!document.body.contains(node)) return false;
  for (let element = node.parentElement; element && element !== document.body; element = element.parentElement) {
    if (UNREAD_TAGS.has(element.tagName.toLowerCase())) return false;
    if (isEditable(element.getAttribute('contenteditable'))) return false;
  }
  return true;
}

const UNREAD_SELECTOR = [...UNREAD_TAGS, '[contenteditable]:not([contenteditable="false"])', 'br', 'img'].join(',');

const pages = (options: Parameters<typeof pageArbitrary>[0]) =>
  fc.asyncProperty(pageArbitrary(options), async (page) => {
    const warn = vi.spyOn(console, 'warn');
    load(page);
    const before = document.documentElement.outerHTML;
    const records = await annotate();

    // No exception (the annotator reports one with a warning and stops), and not one node or attribute changed.
    expect(warn).not.toHaveBeenCalled();
    expect(document.documentElement.outerHTML).toBe(before);

    // Offsets land on the right text, in text that is read, and never across something that is not. (One
    // assertion per page, naming each mention that fails a check: an `expect` per mention was a fifth of the time.)
    const misplaced = records.flatMap(({ mention, range }) => {
      const failed = [
        range.toString() !== mention.text && `reads "${range.toString()}"`,
        (range.startContainer.nodeType !== 3 || range.endContainer.nodeType !== 3) && 'starts or ends off text',
        (!isReadable(range.startContainer) || !isReadable(range.endContainer)) && 'starts or ends in unread text',
        range.cloneContents().querySelector(UNREAD_SELECTOR) !== null && 'spans something unread',
      ].filter(Boolean);
      return failed.length > 0 ? [`${mention.text}: ${failed.join(', ')}`] : [];
    });
    expect(misplaced).toEqual([]);

    // Exactly what the engine finds in the text a reader reads, computed from the page's model.
    const expected = expectedMentions(page.body);
    const shape = (mention: { entity: { id: string }; text: string; start: number; end: number }) =>
      `${mention.entity.id} ${mention.start}-${mention.end} ${mention.text}`;
    expect(records.map((record) => shape(record.mention))).toEqual(expected.map(shape));

    // Every name put into read text is found, or lies inside a longer mention.
    const missed = readableRuns(page.body).flatMap((run) => {
      const found = annotator.annotate(run.text);
      return run.names
        .filter((name) => !found.some((mention) => mention.start < name.end && mention.end > name.start))
        .map((name) => run.text.slice(name.start, name.end));
    });
    expect(missed).toEqual([]);
    warn.mockRestore();
  });

// Generous limits: these are correctness properties over many pages, and a busy 2-core machine is slow.
describe('annotating random hostile pages', () => {
  it('finds exactly the names in read text, changes nothing and never throws (light pages)', async () => {
    await fc.assert(pages({ heavy: false }), { numRuns: 100 });
  }, 120_000);

  it('copes with 100 KB text nodes, 1,000+ levels of nesting, shadow roots and frames', async () => {
    await fc.assert(pages({ heavy: true }), { numRuns: 20 });
  }, 120_000);

  it('puts names into read text often enough for the checks to mean something', () => {
    const sample = fc.sample(pageArbitrary({ heavy: false }), { seed: 1, numRuns: 30 });
    const names = sample.flatMap((page) => readableRuns(page.body).flatMap((run) => run.names));
    expect(names.length).toBeGreaterThan(60);
  });
});
