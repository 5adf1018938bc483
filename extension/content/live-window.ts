/**
 * Which shown mentions are live in the highlight registry. Every live range costs the browser work on every later
 * change of the page (review 2026-11 defect 2: with 10,000 ranges registered, appending a paragraph or rewriting a
 * ticker costs long tasks, mostly rendering), so on a page with many mentions only those of blocks near the
 * viewport — a quarter of a screen around it, watched by an IntersectionObserver — are registered; the others are
 * kept, listed and stepped through (a step scrolls its mention into view, which makes its block live), but not drawn
 * until the reader scrolls near them. A page with few mentions keeps them all live.
 */
import type { MentionKind } from '../../shared/factbase/kinds.ts';
import type { HighlightLayer } from './highlights.ts';

/** Up to this many shown mentions, all are live: their cost is small and nothing waits for an observer. */
export const ALL_LIVE_LIMIT = 1500;
/**
 * How far around the viewport a block's mentions are live: a quarter of a screen above and below, enough for a
 * scroll step to land on drawn text (a fling may show a block undrawn for a frame). Far text is read from two
 * screens away (far-text.ts), so what scrolls in is already matched and only needs registering. What a live range
 * costs is paid at every change of the page, and most by ranges on or near the screen (Chromium 156, 50 paragraphs
 * appended to the 1 MB page at its end, ranges registered by the page itself: 5 at the end cost nothing measurable,
 * 30 +284 ms, 100 +373 ms; 250 at the end +535 ms, 250 at the top, far from the viewport, +180 ms). The bench's
 * append case (`CASES=append50 RUNS=3`): one screen around the viewport +947 ms (89 live), a quarter +522 ms (45),
 * none +502 ms (32). The window also keeps the registry bounded however far a reader reads.
 */
const NEAR_MARGIN = '25% 0px 25% 0px';

export interface LiveRecord {
  mention: { kind: MentionKind };
  range: Range;
  block: Element;
}

export class LiveWindow<T extends LiveRecord> {
  private readonly byBlock = new Map<Element, Set<T>>();
  /** Blocks whose mentions are in the registry (every block until the window opens). */
  private readonly near = new Set<Element>();
  private observer: IntersectionObserver | null = null;
  private size = 0;

  constructor(
    private readonly layer: HighlightLayer,
    private readonly limit = ALL_LIVE_LIMIT,
  ) {}

  add(record: T): void {
    let records = this.byBlock.get(record.block);
    if (!records) {
      records = new Set();
      this.byBlock.set(record.block, records);
      if (this.observer) this.observer.observe(record.block);
      else this.near.add(record.block);
    }
    if (records.has(record)) return;
    records.add(record);
    this.size++;
    if (this.near.has(record.block)) this.layer.add(record.mention.kind, record.range);
    if (!this.observer && this.size > this.limit) this.open();
  }

  delete(record: T): void {
    const records = this.byBlock.get(record.block);
    if (!records?.delete(record)) return;
    this.size--;
    if (this.near.has(record.block)) this.layer.delete(record.mention.kind, record.range);
    if (records.size > 0) return;
    this.byBlock.delete(record.block);
    this.near.delete(record.block);
    this.observer?.unobserve(record.block);
  }

  clear(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.byBlock.clear();
    this.near.clear();
    this.size = 0;
  }

  /**
   * Too many to keep live, or about to be (a pass longer than an article): from now on only blocks near the
   * viewport are (the observer reports every block).
   */
  open(): void {
    const View = globalThis.IntersectionObserver;
    if (this.observer || typeof View !== 'function') return;
    this.observer = new View((entries) => this.update(entries), { rootMargin: NEAR_MARGIN });
    for (const block of this.byBlock.keys()) this.observer.observe(block);
  }

  private update(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const block = entry.target;
      const records = this.byBlock.get(block);
      if (!records) continue;
      if (entry.isIntersecting && !this.near.has(block)) {
        this.near.add(block);
        for (const record of records) this.layer.add(record.mention.kind, record.range);
      } else if (!entry.isIntersecting && this.near.has(block)) {
        this.near.delete(block);
        for (const record of records) this.layer.delete(record.mention.kind, record.range);
      }
    }
    this.layer.flush();
  }
}
