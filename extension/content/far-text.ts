/**
 * Text far from the viewport, not read yet. A pass with more text than a long article (a 1 MB page, a "load more"
 * of a thousand paragraphs) reads only what lies near the viewport — a few screens around it — and keeps the rest
 * here, in segments of consecutive blocks, until the reader scrolls near one (an IntersectionObserver watches each
 * segment's first block, and the last block of a run of segments) or asks for the whole page (the side panel's
 * list, stepping through mentions). The cost of a page then follows what the reader reads, not what the page holds:
 * reading, matching and drawing a 1 MB page was about a second of main-thread time, most of it for text nobody
 * scrolled to.
 */
import { NOT_PROSE_TAGS } from '../../shared/not-prose.ts';
import { isInline, tagOf } from './text-runs.ts';

/** A pass with less text than this is read at once: an article, however long, or a page's small change. */
export const LAZY_CHARS = 64_000;
/**
 * At most this much text per segment: a few screens of prose, so that a segment is never taller than the window
 * around the viewport it is read in (its first block, or the first block of the segment after it, is then always
 * seen entering it).
 */
const SEGMENT_CHARS = 4000;
/** How far around the viewport a segment is read: two screens above and below, well beyond live-window.ts's. */
const NEAR_MARGIN = '200% 0px 200% 0px';
/** How many blocks are cut and grouped between two pauses of `hold`. */
const PAUSE_EVERY = 300;

interface Segment {
  blocks: Element[];
  /**
   * The held segment just before it, ending where it begins: its first block coming near means that one's end
   * comes near too, so that one's last block need not be watched (each watched block costs every frame of a
   * changing page a little: the observers' work over the ~490 blocks watched on the 1 MB page, 378–387 of them
   * here, was 145 ms of the bench's 50 appends, traced; here now 194).
   */
  previous?: Segment;
  /** The held segment just after it, whose first block stands for this one's end. */
  next?: Segment;
}

export class FarText {
  private readonly segments = new Set<Segment>();
  /** The segment each watched block (a segment's first or last) and each held block belongs to. */
  private readonly segmentOf = new Map<Element, Segment>();
  private observer: IntersectionObserver | null = null;
  /**
   * Segments were just held and the observer has not yet said which are near (it does on the next frame): the
   * page is not settled until it has.
   */
  looking = false;

  /**
   * `read` receives the blocks of the segments that came near the viewport, in document order — or none, when the
   * observer's first look found nothing near.
   */
  constructor(private readonly read: (blocks: Element[]) => void) {}

  /** Whether far text can be told from near here (no IntersectionObserver: everything is read at once). */
  static available(): boolean {
    return typeof globalThis.IntersectionObserver === 'function';
  }

  /** Holds `blocks` (in document order, as `cutIntoBlocks` gives them) until they come near the viewport. */
  hold(blocks: readonly Block[]): void {
    this.dropWithin(blocks.map((block) => block.element));
    const segments: Segment[] = [];
    let segment: Segment = { blocks: [] };
    let chars = 0;
    for (const { element, length } of blocks) {
      if (segment.blocks.length > 0 && chars + length > SEGMENT_CHARS) {
        segments.push(segment);
        segment = { blocks: [] };
        chars = 0;
      }
      segment.blocks.push(element);
      chars += length;
    }
    if (segment.blocks.length > 0) segments.push(segment);
    for (const [index, each] of segments.entries()) {
      if (index > 0) each.previous = segments[index - 1];
      if (index < segments.length - 1) each.next = segments[index + 1];
    }
    for (const each of segments) this.watch(each);
  }

  /** Whether `element` lies in a block held here: it is read, as it then is, when its segment comes near. */
  holds(element: Element): boolean {
    if (this.segmentOf.size === 0) return false;
    for (let at: Element | null = element; at; at = at.parentElement) if (this.segmentOf.has(at)) return true;
    return false;
  }

  /**
   * Forgets the segments inside `roots`: they are being read, or held again, whole. Called by every pass, most
   * often for a few new paragraphs: the held blocks looked at are those at or inside the roots (found from the
   * roots' elements, or from every held block when that is the shorter list).
   */
  dropWithin(roots: readonly Element[]): void {
    if (this.segments.size === 0) return;
    const within = new Set(roots);
    const touched = new Set<Segment>();
    for (const root of roots) this.segmentsInside(root, touched);
    for (const segment of touched) {
      const outside = segment.blocks.filter((block) => !hasAncestorIn(block, within));
      this.forgetSegment(segment);
      // What of it lies outside is still far: held again, watched at its new ends.
      if (outside.length > 0) this.watch({ blocks: outside });
    }
  }

  /** Adds to `found` the segments of the held blocks at or inside `root`. */
  private segmentsInside(root: Element, found: Set<Segment>): void {
    const own = this.segmentOf.get(root);
    if (own) found.add(own);
    const inside = root.getElementsByTagName('*');
    // Counting the root's elements stops as soon as they outnumber the held blocks.
    if (inside[this.segmentOf.size] !== undefined) {
      for (const [block, segment] of this.segmentOf) if (root.contains(block)) found.add(segment);
      return;
    }
    for (const element of inside) {
      const segment = this.segmentOf.get(element);
      if (segment) found.add(segment);
    }
  }

  /** Reads every segment now (the reader asked for the whole page). */
  releaseAll(): void {
    const blocks: Element[] = [];
    for (const segment of this.segments) blocks.push(...segment.blocks);
    this.clear();
    if (blocks.length > 0) this.read(blocks);
  }

  clear(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.segments.clear();
    this.segmentOf.clear();
    this.looking = false;
  }

  private watch(segment: Segment): void {
    this.looking = true;
    this.segments.add(segment);
    for (const block of segment.blocks) this.segmentOf.set(block, segment);
    this.observer ??= new IntersectionObserver((entries) => this.update(entries), { rootMargin: NEAR_MARGIN });
    this.observer.observe(segment.blocks[0] as Element);
    if (!segment.next) this.watchEnd(segment);
  }

  private watchEnd(segment: Segment): void {
    const last = segment.blocks[segment.blocks.length - 1] as Element;
    if (last !== segment.blocks[0]) this.observer?.observe(last);
  }

  private forgetSegment(segment: Segment): void {
    this.segments.delete(segment);
    for (const block of segment.blocks) if (this.segmentOf.get(block) === segment) this.segmentOf.delete(block);
    this.observer?.unobserve(segment.blocks[0] as Element);
    this.observer?.unobserve(segment.blocks[segment.blocks.length - 1] as Element);
    // The segment before now ends a run: its own last block is watched (the observer says at once if it is near).
    const { previous, next } = segment;
    if (previous && this.segments.has(previous)) {
      previous.next = undefined;
      this.watchEnd(previous);
    }
    if (next) next.previous = undefined;
    segment.previous = undefined;
    segment.next = undefined;
  }

  private update(entries: IntersectionObserverEntry[]): void {
    const wasLooking = this.looking;
    this.looking = false;
    const near = new Set<Segment>();
    for (const entry of entries) {
      const segment = entry.isIntersecting ? this.segmentOf.get(entry.target) : undefined;
      if (!segment || !this.segments.has(segment)) continue;
      near.add(segment);
      // A first block near: the segment before it ends there.
      if (entry.target === segment.blocks[0] && segment.previous && this.segments.has(segment.previous))
        near.add(segment.previous);
    }
    if (near.size === 0) {
      if (wasLooking) this.read([]);
      return;
    }
    // The reader puts them in document order (page-annotator.ts, outermostRoots).
    const blocks: Element[] = [];
    for (const segment of near) {
      this.forgetSegment(segment);
      blocks.push(...segment.blocks);
    }
    this.read(blocks);
  }
}

/** Whether the element is one of `roots` or inside one. */
export function hasAncestorIn(element: Element, roots: ReadonlySet<Element>): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) if (roots.has(node)) return true;
  return false;
}

export interface Block {
  element: Element;
  /** Its text's length, hidden text included: a bound, taken once. */
  length: number;
}

/**
 * `roots` cut into blocks, in document order, and their text's length in all: a root whose children are all blocks
 * is cut into them, and a child longer than a segment is cut the same way; a root or child that cannot be cut
 * (text or inline elements of its own would join runs across the cut) is one block. A box the region skips, and
 * what is not prose, are left out as the walk would leave them. Each element's text is measured once. A generator
 * that pauses every few hundred blocks, so that its caller can give the main thread back on a page of thousands.
 */
export function* cutIntoBlocks(
  roots: readonly Element[],
  skip: (element: Element) => boolean,
): Generator<void, { blocks: Block[]; total: number }, undefined> {
  const blocks: Block[] = [];
  let total = 0;
  for (const root of roots) {
    if (!canCut(root)) {
      const length = root.textContent?.length ?? 0;
      blocks.push({ element: root, length });
      total += length;
      continue;
    }
    // The next child to look at, at each level of the elements being cut.
    const next: Array<Element | null> = [root.firstElementChild];
    while (next.length > 0) {
      const child = next[next.length - 1];
      if (!child) {
        next.pop();
        continue;
      }
      next[next.length - 1] = child.nextElementSibling;
      if (NOT_PROSE_TAGS.has(tagOf(child)) || skip(child)) continue;
      const length = child.textContent?.length ?? 0;
      if (length > SEGMENT_CHARS && canCut(child)) {
        next.push(child.firstElementChild);
        continue;
      }
      blocks.push({ element: child, length });
      total += length;
      if (blocks.length % PAUSE_EVERY === 0) yield;
    }
  }
  return { blocks, total };
}

/** Whether every child is a block (or blank text): reading the children one by one reads the same runs. */
function canCut(element: Element): boolean {
  if (tagOf(element) === 'details') return false;
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3 && /\S/.test((node as Text).data)) return false;
    if (node.nodeType === 1 && isInline(node as Element)) return false;
  }
  return true;
}
