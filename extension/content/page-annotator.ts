/**
 * Annotates a live page: finds the mentions in its text runs, draws them, and keeps them right as the page
 * changes (content added later, "load more" lists, single-page-app navigation) without redoing what is done.
 *
 * Work is sliced: runs are processed until a small time budget is spent, then the main thread is given back,
 * so even a 1 MB page never holds it for long. Mutations are batched and debounced, and only the blocks they
 * touch are re-annotated. The only DOM node we own (the card host) is excluded from both scanning and observing.
 *
 * Only the region's text is annotated (article-region.ts: the article by default, or the whole page): changes
 * outside it are ignored, and when the region itself goes (a single-page app replaces the article) or was only a
 * guess (no article found yet), it is looked for again after the page changes.
 */
import type { MentionKind } from '../../shared/factbase/kinds.ts';
import type { Mention } from '../../shared/text/annotate.ts';
import { sentenceAround } from '../../shared/text/sentence.ts';
import { type ArticleRegion, inRegion } from './article-region.ts';
import { cutIntoBlocks, FarText, hasAncestorIn, LAZY_CHARS } from './far-text.ts';
import type { HighlightLayer } from './highlights.ts';
import { LiveWindow } from './live-window.ts';
import { mark } from './measure.ts';
import { isInline, rangeForRun, type TextRun, textRuns } from './text-runs.ts';

/** How long one slice of work may hold the main thread. */
const SLICE_MS = 8;
/**
 * How much text goes to the matcher in one request: an article in one, a 1 MB page in a few dozen, each answered
 * while the page is free to do its own work.
 */
const BATCH_CHARS = 32_000;
/**
 * A run longer than this (one huge text node, a page without blocks) is read in pieces, each cut after a
 * sentence where it can be, so that no single call of the matcher holds the main thread for long.
 */
export const PIECE_CHARS = 8000;
/** How much of the text before a piece is read again with it (a figure's frame looks at the sentences before). */
const CONTEXT_CHARS = 1500;
/**
 * How often highlights found so far are drawn while a long pass goes on. A batch's findings are drawn when the
 * batch is done (the first at once); only a pass that has been at it this long draws in the middle of a batch.
 * Drawing an article's first slice at once and the rest a few slices later made the browser paint twice.
 */
const DRAW_EVERY_MS = 300;
/**
 * While the page keeps changing (another change within this long before the last), what a pass found is drawn
 * with the page's next change; see `drawWithPage`.
 */
const CHANGING_MS = 1000;
/** The longest a pass's findings wait for the page's next change before they are drawn on their own. */
const DRAW_WAIT_MS = 250;
/** How long the page must be quiet before we look at what changed. */
const MUTATION_DEBOUNCE_MS = 120;
/**
 * A page that never stops changing is still looked at after this long; each time that happens the wait
 * doubles (up to the cap), so a page that rewrites itself forever costs us a pass every few seconds at most.
 */
const FIRST_MAX_WAIT_MS = 1000;
const MAX_WAIT_CAP_MS = 8000;

/**
 * Text to annotate: `block` is the run's block (figures read the text around it); `preceding`, for a piece of a
 * long run, is the run's text before it; `before` reads the text this pass read just before the piece (up to
 * BEFORE_CHARS, its own run's earlier text included), absent for the first piece of a pass, whose page context
 * must be read from the document. A function: only pieces whose figures ask for it pay for it.
 */
export interface AnnotationPiece {
  text: string;
  block: Element;
  preceding?: string;
  before?: () => string;
}

/** How much of the text read before a piece travels with it (figures read a country named just before). */
export const BEFORE_CHARS = 1500;

export interface PageMentionRecord {
  mention: Mention;
  range: Range;
  block: Element;
  /** A figure with a metric: the sentence it stands in, read with its run (the reading notebook keeps it). */
  sentence?: string;
  /**
   * A weak mention's names written inside it ("Vũng Áng" in "cảng Vũng Áng"): shown in its place while the page
   * does not support it (shared/text/annotate.ts, `resolveEvidence`).
   */
  standIns?: PageMentionRecord[];
  /** The weak mention this name is written inside, when it is one of its `standIns`. */
  standsInFor?: PageMentionRecord;
}

export interface PageAnnotatorOptions {
  /**
   * The mentions in each piece's text, in order (the matcher runs in the background, off the page's main thread:
   * content/remote-annotator.ts).
   */
  annotate: (pieces: readonly AnnotationPiece[]) => Promise<Mention[][]>;
  layer: HighlightLayer;
  /** The document's body as it was at the start: its document is observed for changes. */
  root: Element;
  /** Finds the text to annotate: the article (article-region.ts), or the whole page. */
  findRegion: () => ArticleRegion;
  /** Our own UI host: never scanned, its mutations ignored. */
  exclude?: Element | null;
  kinds: ReadonlySet<MentionKind>;
  /** Draw every mention, or only the first mention of each entity. */
  mode: 'all' | 'first';
  /** Called each time found mentions are drawn. */
  onDraw?: () => void;
}

const INLINE_PARENT_LIMIT = 64;
/** What the pass's reader yields where it may give the main thread back without a piece to send. */
const PAUSE = Symbol('pause');
export const PASS_MARK = 'mekong-lens:pass';

/**
 * Gives the main thread back to the page, then continues. A message on a private channel is not clamped to
 * 4 ms the way nested timers are, so slices follow each other closely while input and rendering still get in.
 */
const channel = typeof MessageChannel === 'function' ? new MessageChannel() : null;
const continuations: Array<() => void> = [];
if (channel) channel.port1.onmessage = () => continuations.shift()?.();

const nextSlice = () => new Promise<void>((resolve) => yieldToPage(resolve));

function yieldToPage(continuation: () => void): void {
  if (!channel) {
    setTimeout(continuation, 0);
    return;
  }
  continuations.push(continuation);
  channel.port2.postMessage(null);
}

export class PageAnnotator {
  private readonly records = new Map<Element, PageMentionRecord[]>();
  /** Every record of an entity (figures aside), so that 'first' mode can show the earliest one. */
  private readonly byEntity = new Map<string, PageMentionRecord[]>();
  private readonly shown = new Set<PageMentionRecord>();
  /** Which shown mentions are in the registry: on a page with many, those near the viewport (live-window.ts). */
  private readonly live: LiveWindow<PageMentionRecord>;
  /**
   * Evidence before a card (shared/text/annotate.ts, `resolveEvidence`, page-wide): how many strong mentions —
   * or names inside them — name each entity on the page, and the weak mentions not yet supported. A weak one
   * is tracked (drawn, listed) once an entity it needs is named, and untracked when that name leaves the page.
   */
  private readonly named = new Map<string, number>();
  private readonly unsupported = new Set<PageMentionRecord>();
  /** Every weak mention, under each entity it needs: a name coming or going reviews only those that need it. */
  private readonly weak = new Map<string, Set<PageMentionRecord>>();
  private readonly queue = new Set<Element>();
  /** Text far from the viewport, read when the reader comes near it (far-text.ts); null where that can't be told. */
  private readonly far: FarText | null;
  /** Queued blocks of segments that came near: read now, whatever their size. */
  private due = new Set<Element>();
  private observer: MutationObserver | null = null;
  private debounceTimer: ReturnType<typeof setTimeout> | undefined;
  private firstPendingAt: number | undefined;
  /** When the page last changed, and the time before that: whether it keeps changing. */
  private lastChange = Number.NEGATIVE_INFINITY;
  private changeBefore = Number.NEGATIVE_INFINITY;
  /** What a pass found waits for the page's next change (or this timer). */
  private drawTimer: ReturnType<typeof setTimeout> | undefined;
  private maxWait = FIRST_MAX_WAIT_MS;
  private working = false;
  private stopped = false;
  /** Resolve when the queue has been drained (`whenRead`, `whenIdle`). */
  private idleWaiters: Array<() => void> = [];
  /** Whether one of them (`whenIdle`) wants what was found drawn at once, not with the page's next change. */
  private drawnWanted = false;
  private region: ArticleRegion;
  /** The page changed since the region was found: look again before the next pass if it may have moved. */
  private regionChanged = false;

  constructor(private readonly options: PageAnnotatorOptions) {
    this.region = { roots: [], how: 'page', skip: () => false };
    this.live = new LiveWindow(options.layer);
    this.far = FarText.available() ? new FarText((blocks) => this.readNear(blocks)) : null;
  }

  start(): void {
    this.region = this.options.findRegion();
    for (const root of this.region.roots) this.enqueue(root);
    this.schedule();
    const doc = this.options.root.ownerDocument;
    this.observer = new (doc.defaultView?.MutationObserver ?? MutationObserver)((mutations) =>
      this.onMutations(mutations),
    );
    // The whole document, not its body: Turbo, pjax and `document.open()` put a new body (or a new document
    // element) in place of the one we started with, and the article must be found again in it.
    this.observer.observe(doc, { childList: true, characterData: true, subtree: true });
  }

  stop(): void {
    this.stopped = true;
    this.observer?.disconnect();
    clearTimeout(this.debounceTimer);
    clearTimeout(this.drawTimer);
    this.drawTimer = undefined;
    this.far?.clear();
    for (const record of this.shown) this.options.layer.delete(record.mention.kind, record.range);
    this.options.layer.flush();
    this.live.clear();
    this.records.clear();
    this.byEntity.clear();
    this.shown.clear();
    this.named.clear();
    this.unsupported.clear();
    this.weak.clear();
    this.queue.clear();
    this.resolveIdle();
  }

  /** The text annotated: the article's region (or the whole page), as last found. */
  currentRegion(): ArticleRegion {
    return this.region;
  }

  /** Every mention found, shown or not, in document order; none of a block that has left the page. */
  mentions(): PageMentionRecord[] {
    const all = [...this.records.values()].flat().filter((record) => record.block.isConnected && this.standing(record));
    return all.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
  }

  /** Every figure found, in no particular order (cheaper than `mentions()` on a long page). */
  figures(): PageMentionRecord[] {
    const figures: PageMentionRecord[] = [];
    for (const records of this.records.values()) {
      for (const record of records) if (record.mention.kind === 'figure') figures.push(record);
    }
    return figures;
  }

  isShown(record: PageMentionRecord): boolean {
    return this.shown.has(record);
  }

  /** The shown record whose range holds the given text position, if any. */
  recordAt(node: Node, offset: number): PageMentionRecord | undefined {
    const parent = node.parentElement;
    const candidates = parent ? this.records.get(this.blockOf(parent)) : undefined;
    for (const record of candidates ?? this.shown) {
      if (this.shown.has(record) && record.range.isPointInRange(node, offset)) return record;
    }
    return undefined;
  }

  /**
   * Reads the text still far from the viewport, then resolves when everything is read: for what needs the whole
   * page (the side panel's list, stepping from mention to mention).
   */
  readEverything(): Promise<void> {
    this.far?.releaseAll();
    return this.whenIdle();
  }

  /** Segments near the viewport now: read them in the next pass. */
  private readNear(blocks: Element[]): void {
    if (this.stopped) return;
    if (blocks.length === 0) {
      if (this.settled()) this.resolveIdle();
      return;
    }
    for (const block of blocks) {
      this.queue.add(block);
      this.due.add(block);
    }
    this.schedule();
  }

  /**
   * Resolves when everything queued is read and drawn: for what the reader waits on (the side panel's list, a step
   * to a mention), so what waits for the page's next change is drawn now.
   */
  whenIdle(): Promise<void> {
    if (this.drawTimer !== undefined) this.drawWaiting();
    if (this.settled()) return Promise.resolve();
    this.drawnWanted = true;
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Resolves when everything queued is read, drawn or not (the reading notebook reads the figures found). */
  whenRead(): Promise<void> {
    if (this.settled()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private onMutations(mutations: MutationRecord[]): void {
    const changedAt = performance.now();
    this.changeBefore = this.lastChange;
    this.lastChange = changedAt;
    // A page that changes may have cleared the highlight registry as well.
    this.options.layer.keep();
    this.queueChanges(mutations, changedAt);
    // The page's change makes a frame: what waits to be drawn is drawn in it, for no frame of its own.
    if (this.drawTimer !== undefined) this.drawWaiting();
  }

  private queueChanges(mutations: MutationRecord[], changedAt: number): void {
    const exclude = this.options.exclude;
    const head = this.options.root.ownerDocument.head;
    for (const mutation of mutations) {
      const target = mutation.target;
      if (exclude && (target === exclude || exclude.contains(target))) continue;
      if (head?.contains(target)) continue;
      if (mutation.type === 'characterData') {
        if (target.parentElement) this.enqueue(this.blockOf(target.parentElement));
        continue;
      }
      const added = [...mutation.addedNodes].filter((node) => node !== exclude);
      if (added.length === 0 && mutation.removedNodes.length === 0) continue;
      // Elements came or went: the article may have been replaced, or may have appeared.
      this.regionChanged = true;
      if (target.nodeType !== 1) continue;
      const parentBlock = this.blockOf(target as Element);
      const onlyBlocksAdded =
        mutation.removedNodes.length === 0 && added.every((node) => node.nodeType === 1 && !isInline(node as Element));
      if (onlyBlocksAdded) {
        // "Load more": new blocks appended; the blocks already there are unchanged.
        for (const node of added) this.enqueue(node as Element);
      } else {
        this.enqueue(parentBlock);
      }
    }
    if (this.queue.size === 0 && !(this.regionChanged && this.regionMayMove())) return;
    this.firstPendingAt ??= changedAt;
    const overdue = changedAt - this.firstPendingAt >= this.maxWait;
    clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(
      () => {
        this.firstPendingAt = undefined;
        this.maxWait = overdue ? Math.min(this.maxWait * 2, MAX_WAIT_CAP_MS) : FIRST_MAX_WAIT_MS;
        this.schedule();
      },
      overdue ? 0 : MUTATION_DEBOUNCE_MS,
    );
  }

  /** The nearest ancestor that bounds a run: the unit we re-annotate. */
  private blockOf(element: Element): Element {
    let current: Element = element;
    for (let depth = 0; depth < INLINE_PARENT_LIMIT && isInline(current); depth++) {
      if (!current.parentElement || current === this.options.root) break;
      current = current.parentElement;
    }
    return current;
  }

  /** Queues the part of `element` that is in the region: itself if inside, the roots it holds if around them. */
  private enqueue(element: Element): void {
    if (this.stopped) return;
    // Text not read yet is read as it then is, when the reader comes near it.
    if (this.far?.holds(element)) return;
    const roots = this.region.roots;
    if (roots.some((root) => root.contains(element))) {
      if (inRegion(this.region, element)) this.queue.add(element);
      return;
    }
    for (const root of roots) if (element.contains(root)) this.queue.add(root);
  }

  /** A root left the page, or no article was found and the page may have grown one. */
  private regionMayMove(): boolean {
    return this.region.how === 'page' || this.region.roots.some((root) => !root.isConnected);
  }

  /** Looks for the region again; if it moved, forgets what lies outside it and queues the new roots. */
  private refreshRegion(): void {
    if (!this.regionChanged || !this.regionMayMove()) return;
    this.regionChanged = false;
    const found = this.options.findRegion();
    const same =
      found.how === this.region.how &&
      found.roots.length === this.region.roots.length &&
      found.roots.every((root, index) => root === this.region.roots[index]);
    if (same) return;
    this.region = found;
    this.far?.clear();
    this.forget((block) => !block.isConnected || !inRegion(found, block));
    for (const root of found.roots) this.enqueue(root);
  }

  private schedule(): void {
    this.debounceTimer = undefined;
    if (this.working || this.stopped) return;
    this.refreshRegion();
    if (this.queue.size === 0) return;
    this.working = true;
    yieldToPage(() => void this.drain());
  }

  /**
   * The runs of the roots queued when the pass began. Roots queued during the pass wait for their own debounced
   * pass: a page that rewrites itself while a batch is away does not keep one pass going forever.
   */
  private *pendingRuns(): Generator<RunPiece | typeof PAUSE> {
    let outermost = outermostRoots([...this.queue].filter((root) => root.isConnected));
    const due = this.due;
    this.queue.clear();
    this.due = new Set();
    // What we knew of the blocks about to be read again, or that left, goes in one sweep of the records.
    const roots = new Set(outermost);
    this.forget((block) => !block.isConnected || hasAncestorIn(block, roots));
    // More text than an article: what is far from the viewport waits until the reader comes near it.
    const fresh = this.far ? outermost.filter((root) => !due.has(root)) : [];
    if (this.far && fresh.length > 0) {
      const cutting = cutIntoBlocks(fresh, this.region.skip);
      let cut = cutting.next();
      for (; !cut.done; cut = cutting.next()) yield PAUSE;
      if (cut.value.total >= LAZY_CHARS) {
        this.far.hold(cut.value.blocks);
        // A page too long to read at once keeps live only the mentions near the viewport
        // (live-window.ts); those read two screens away wait, matched, until the reader comes nearer.
        this.live.open();
        outermost = outermost.filter((root) => due.has(root));
      } else {
        // Held text inside what this pass reads is read now (the blocks of a segment come near hold no other).
        this.far.dropWithin(fresh);
      }
    }
    // Each piece knows the one the pass read before it: a figure's context is the text a reader just read, with
    // no second walk of the document (only the pass's first piece looks there). The chain lives for the pass.
    let previous: RunPiece | undefined;
    let lastRoot: Element | undefined;
    for (const root of outermost) {
      // Roots far apart (two paragraphs the page changed) do not read each other as the text before.
      if (lastRoot?.nextElementSibling !== root) previous = undefined;
      lastRoot = root;
      for (const run of textRuns(root, { exclude: this.options.exclude, skip: this.region.skip })) {
        for (const piece of pieces(run)) {
          if (previous) piece.previous = previous;
          yield piece;
          previous = piece;
        }
      }
    }
  }

  private lastDraw = Number.NEGATIVE_INFINITY;

  /**
   * One pass: the queued roots' text is read in slices, sent to the matcher in batches, and each answer turned
   * into ranges in slices; highlights found so far are drawn every DRAW_EVERY_MS. A block that changes while its
   * batch is away is queued again by the observer and read again after (its stale ranges are dropped then).
   */
  private async drain(): Promise<void> {
    const started = performance.now();
    const runs = this.pendingRuns();
    try {
      for (;;) {
        const batch = await this.collect(runs);
        if (this.stopped) return;
        if (batch.length === 0) break;
        // A pass longer than one batch is a long page (or a long "load more"): only its blocks near the viewport
        // are drawn from the start. Drawing everything, then taking most of it out once the mentions pass
        // ALL_LIVE_LIMIT, repainted the whole page each time (two thirds of a 1 MB page's paint).
        if (batchChars(batch) >= BATCH_CHARS) this.live.open();
        const found = await this.options.annotate(
          batch.map((piece) => ({
            text: piece.text,
            block: piece.run.block,
            ...(piece.offset > 0 ? { preceding: piece.run.text.slice(0, piece.offset) } : {}),
            ...(piece.previous ? { before: () => textReadBefore(piece) } : {}),
          })),
        );
        if (this.stopped) return;
        // The batch's contexts are read: what lies further back than the next batch will read can go.
        forgetBefore(batch[batch.length - 1] as RunPiece);
        let deadline = performance.now() + SLICE_MS;
        for (const [index, piece] of batch.entries()) {
          this.annotateRun(piece, found[index] ?? []);
          const now = performance.now();
          if (now > deadline) {
            if (now - Math.max(this.lastDraw, started) > DRAW_EVERY_MS) this.draw(now);
            await nextSlice();
            if (this.stopped) return;
            deadline = performance.now() + SLICE_MS;
          }
        }
        if (performance.now() - this.lastDraw > DRAW_EVERY_MS) this.draw(performance.now());
      }
    } catch (error) {
      console.warn('[Mekong Lens] annotation stopped on this page', error);
    }
    if (this.stopped) return;
    this.working = false;
    this.drawWithPage();
    // One mark per finished pass, read by tests and `npm run bench:browser`; only the latest is kept.
    mark(PASS_MARK, true);
    // Changes that came during the pass wait for their debounce timer; if it already fired (and found us busy),
    // their pass starts now.
    if (this.queue.size > 0 && this.debounceTimer === undefined) this.schedule();
    else if (this.settled()) this.resolveIdle();
  }

  /** Nothing queued or being read, and the observer has looked at the text just held. */
  private settled(): boolean {
    return !this.working && this.queue.size === 0 && !this.far?.looking;
  }

  /** The next pieces to send, up to BATCH_CHARS of text (a full batch when more may follow), read in slices of SLICE_MS. */
  private async collect(runs: Generator<RunPiece | typeof PAUSE>): Promise<RunPiece[]> {
    const batch: RunPiece[] = [];
    let chars = 0;
    let deadline = performance.now() + SLICE_MS;
    while (chars < BATCH_CHARS) {
      const next = runs.next();
      if (next.done) break;
      if (next.value !== PAUSE) {
        batch.push(next.value);
        chars += next.value.text.length;
      }
      if (performance.now() > deadline) {
        await nextSlice();
        if (this.stopped) return [];
        deadline = performance.now() + SLICE_MS;
      }
    }
    return batch;
  }

  /**
   * Draws what the pass found. Every change of the highlight registry costs the browser a frame of its own — on a
   * 1 MB page ~35 ms of pre-paint and paint — unless it lands in a frame the page makes anyway: a page adding a
   * paragraph every 100 ms paid two frames for each. So while the page keeps changing, the findings wait for its
   * next change and are drawn in the same task (the observer's callback), before that change is rendered; they
   * never wait more than DRAW_WAIT_MS. A page that is not changing (a first pass, a reader scrolling) is drawn at
   * once, and so is a pass someone waits for (`whenIdle`).
   */
  private drawWithPage(): void {
    const now = performance.now();
    const changing = now - this.lastChange < CHANGING_MS && this.lastChange - this.changeBefore < CHANGING_MS;
    if (!changing || this.lastDraw === Number.NEGATIVE_INFINITY || this.drawnWanted) {
      this.draw(now);
      return;
    }
    this.drawTimer ??= setTimeout(() => {
      if (!this.stopped) this.drawWaiting();
    }, DRAW_WAIT_MS);
  }

  private drawWaiting(): void {
    clearTimeout(this.drawTimer);
    this.drawTimer = undefined;
    this.draw(performance.now());
  }

  private draw(now: number): void {
    this.lastDraw = now;
    this.options.layer.flush();
    this.options.onDraw?.();
  }

  private resolveIdle(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    this.drawnWanted = false;
    for (const resolve of waiters) resolve();
  }

  private annotateRun({ run, offset, from }: RunPiece, mentions: Mention[]): void {
    let found = mentions;
    // Offsets in the run's text, as for a run read whole; what lies in the sentences read only as context was the
    // previous piece's.
    if (offset > 0) found = found.filter((mention) => mention.start >= from).map((mention) => shifted(mention, offset));
    if (found.length === 0) return;
    const list = this.records.get(run.block) ?? [];
    const newlyNamed = new Set<string>();
    for (const mention of found) {
      if (!this.options.kinds.has(mention.kind)) continue;
      let range: Range;
      try {
        range = rangeForRun(run, mention.start, mention.end);
      } catch {
        // The text changed while its batch was away: the observer has queued the block to be read again.
        continue;
      }
      const record: PageMentionRecord = { mention, range, block: run.block };
      if (mention.figure?.metric) record.sentence = sentenceAround(run.text, mention.start, mention.end);
      list.push(record);
      if (mention.needs) {
        for (const id of mention.needs) {
          const needing = this.weak.get(id);
          if (needing) needing.add(record);
          else this.weak.set(id, new Set([record]));
        }
        record.standIns = standInsFor(record, run, this.options.kinds);
        list.push(...record.standIns);
        if (this.supported(mention)) this.track(record);
        else this.setUnsupported(record);
        continue;
      }
      for (const id of namesIn(mention)) {
        const count = this.named.get(id) ?? 0;
        this.named.set(id, count + 1);
        if (count === 0) newlyNamed.add(id);
      }
      this.track(record);
    }
    this.records.set(run.block, list);
    if (newlyNamed.size > 0) this.reviewEvidence(newlyNamed);
  }

  /** Is this record on the page's list: not an unsupported weak mention, nor a stand-in for a supported one? */
  private standing(record: PageMentionRecord): boolean {
    if (record.standsInFor) return this.unsupported.has(record.standsInFor);
    return !this.unsupported.has(record);
  }

  /** A weak mention the page does not support: hidden, the names inside it shown in its place. */
  private setUnsupported(record: PageMentionRecord): void {
    this.unsupported.add(record);
    for (const inner of record.standIns ?? []) this.track(inner);
  }

  private supported(mention: Mention): boolean {
    return mention.needs?.some((id) => (this.named.get(id) ?? 0) > 0) ?? true;
  }

  /**
   * Tracks the weak mentions the page now supports, and untracks those it no longer does, among those that need
   * one of the entities named or no longer named.
   */
  private reviewEvidence(changed: Iterable<string>): void {
    for (const id of changed) {
      for (const record of this.weak.get(id) ?? []) {
        const supported = this.supported(record.mention);
        if (supported && this.unsupported.delete(record)) {
          for (const inner of record.standIns ?? []) this.untrack(inner);
          this.track(record);
        } else if (!supported && !this.unsupported.has(record)) {
          this.untrack(record);
          this.setUnsupported(record);
        }
      }
    }
  }

  private untrack(record: PageMentionRecord): void {
    this.hide(record);
    const id = record.mention.entity.id;
    const siblings = (this.byEntity.get(id) ?? []).filter((other) => other !== record);
    if (siblings.length > 0) this.byEntity.set(id, siblings);
    else this.byEntity.delete(id);
    if (this.options.mode === 'first' && siblings.length > 0) this.showFirstOf(id);
  }

  private track(record: PageMentionRecord): void {
    // Every figure is its own statement: 'first' mode thins out repeated names, never numbers.
    if (this.options.mode === 'all' || record.mention.kind === 'figure') {
      this.show(record);
      return;
    }
    const id = record.mention.entity.id;
    const siblings = this.byEntity.get(id);
    if (!siblings) this.byEntity.set(id, [record]);
    else siblings.push(record);
    this.showFirstOf(id);
  }

  private show(record: PageMentionRecord): void {
    this.shown.add(record);
    this.live.add(record);
  }

  private hide(record: PageMentionRecord): void {
    if (!this.shown.delete(record)) return;
    this.live.delete(record);
  }

  private showFirstOf(entityId: string): void {
    const siblings = this.byEntity.get(entityId) ?? [];
    let first: PageMentionRecord | undefined;
    for (const record of siblings) {
      if (!first || record.range.compareBoundaryPoints(Range.START_TO_START, first.range) < 0) first = record;
    }
    for (const record of siblings) if (record !== first) this.hide(record);
    if (first && !this.shown.has(first)) this.show(first);
  }

  /** Drops what we knew of the blocks that `stale` picks (those about to be read again, or that left). */
  private forget(stale: (block: Element) => boolean): void {
    const touched = new Set<string>();
    const lostNames = new Set<string>();
    for (const [block, list] of this.records) {
      if (stale(block)) {
        for (const record of list) {
          this.hide(record);
          touched.add(record.mention.entity.id);
          if (record.standsInFor) continue;
          if (record.mention.needs) {
            this.unsupported.delete(record);
            for (const id of record.mention.needs) this.weak.get(id)?.delete(record);
            continue;
          }
          for (const id of namesIn(record.mention)) {
            const count = (this.named.get(id) ?? 1) - 1;
            if (count > 0) this.named.set(id, count);
            else {
              this.named.delete(id);
              lostNames.add(id);
            }
          }
        }
        this.records.delete(block);
      }
    }
    for (const id of touched) {
      const remaining = (this.byEntity.get(id) ?? []).filter((record) =>
        this.records.get(record.block)?.includes(record),
      );
      if (remaining.length > 0) this.byEntity.set(id, remaining);
      else this.byEntity.delete(id);
      if (this.options.mode === 'first' && remaining.length > 0) this.showFirstOf(id);
    }
    if (lostNames.size > 0) this.reviewEvidence(lostNames);
  }
}

/**
 * The names written inside a weak mention, as records of their own (kinds the reader draws only): they stand in its
 * place while the page does not support it, and never count as evidence.
 */
function standInsFor(record: PageMentionRecord, run: TextRun, kinds: ReadonlySet<MentionKind>): PageMentionRecord[] {
  const standIns: PageMentionRecord[] = [];
  for (const inner of record.mention.nested ?? []) {
    if (!kinds.has(inner.kind)) continue;
    try {
      const range = rangeForRun(run, inner.start, inner.end);
      standIns.push({ mention: { ...inner }, range, block: record.block, standsInFor: record });
    } catch {
      // The text changed while its batch was away: the block is read again.
    }
  }
  return standIns;
}

/** The entities a strong mention names: its own and those written inside it. */
function namesIn(mention: Mention): string[] {
  return mention.nested ? [mention.entity.id, ...mention.nested.map((inner) => inner.entity.id)] : [mention.entity.id];
}

/**
 * A run, or a piece of a long one: `text` is the run's text from `offset`; mentions before `from` (in `text`) are
 * the previous piece's, its last sentences read again so that a figure's frame sees the sentences before it.
 */
interface RunPiece {
  run: TextRun;
  text: string;
  offset: number;
  from: number;
  /** The piece the pass read before this one (AnnotationPiece.before). */
  previous?: RunPiece;
}

/**
 * Cuts the chain behind `piece` where it holds BEFORE_CHARS: a long pass keeps only what the next context reads.
 * Called once a batch's contexts have been read (a piece still waiting for its own would lose its text).
 */
function forgetBefore(piece: RunPiece): void {
  let length = 0;
  for (let at = piece.previous; at; at = at.previous) {
    length += at.text.length - at.from + 1;
    if (length >= BEFORE_CHARS) {
      at.previous = undefined;
      return;
    }
  }
}

/** Up to BEFORE_CHARS of the text the pass read before `piece`, a line per piece. */
function textReadBefore(piece: RunPiece): string {
  const parts: string[] = [];
  let length = 0;
  for (let at = piece.previous; at && length < BEFORE_CHARS; at = at.previous) {
    const read = at.text.slice(at.from);
    parts.push(read);
    length += read.length + 1;
  }
  const text = parts.reverse().join('\n');
  return text.slice(Math.max(0, text.length - BEFORE_CHARS));
}

/**
 * The run in pieces of at most PIECE_CHARS, each cut after a sentence (no name spans one); text without sentences
 * is cut at a space, where a name could be cut in two — such text is not prose. Each piece after the first starts
 * with up to CONTEXT_CHARS of the sentences before it.
 */
export function* pieces(run: TextRun): Generator<RunPiece> {
  const { text } = run;
  if (text.length <= PIECE_CHARS) {
    yield { run, text, offset: 0, from: 0 };
    return;
  }
  for (let start = 0; start < text.length; ) {
    let end = Math.min(start + PIECE_CHARS, text.length);
    if (end < text.length) {
      const cut = sentenceEnd(text, start, end, PIECE_CHARS / 2) ?? text.lastIndexOf(' ', end);
      if (cut > start + PIECE_CHARS / 2) end = cut;
    }
    // The context starts at the first sentence within CONTEXT_CHARS before the piece.
    const boundary = start === 0 ? -1 : text.indexOf('. ', Math.max(0, start - CONTEXT_CHARS));
    const context = boundary >= 0 && boundary + 1 < start ? boundary + 1 : start;
    yield { run, text: text.slice(context, end), offset: context, from: start - context };
    start = end;
  }
}

/** Where the last sentence that ends in `text` between `from` + `least` and `to` ends (after its mark), if one does. */
function sentenceEnd(text: string, from: number, to: number, least: number): number | undefined {
  const window = text.slice(Math.max(0, from), to);
  const last = Math.max(
    window.lastIndexOf('. '),
    window.lastIndexOf('! '),
    window.lastIndexOf('? '),
    window.lastIndexOf('\n'),
  );
  return last >= least ? Math.max(0, from) + last + 1 : undefined;
}

function shifted(mention: Mention, offset: number): Mention {
  return {
    ...mention,
    start: mention.start + offset,
    end: mention.end + offset,
    ...(mention.nested ? { nested: mention.nested.map((inner) => shifted(inner, offset)) } : {}),
  };
}

/**
 * The roots not inside another, in document order. A root inside another is found by its ancestors (a few
 * lookups each). What a page appends ("load more") is queued in order: the order is first checked pair by pair with
 * `nextElementSibling`. Roots out of order that share a parent (the blocks far text releases, in the order the
 * observer reported them) are put in order by walking that parent's children outwards from one of them, as far as
 * the farthest (the released blocks lie together, near the viewport). Only roots of several parents are sorted by
 * `compareDocumentPosition`, which the browser answers by walking the shared parent's children: on the 1 MB page,
 * sorting the blocks released near its end that way took 31 ms in one task (sampled, 50 appends).
 */
export function outermostRoots(roots: Element[]): Element[] {
  const all = new Set(roots);
  const outer = roots.filter((root) => !(root.parentElement && hasAncestorIn(root.parentElement, all)));
  if (outer.every((root, index) => index === 0 || outer[index - 1]?.nextElementSibling === root)) return outer;
  const parent = outer[0]?.parentElement;
  if (parent && outer.every((root) => root.parentElement === parent)) return inSiblingOrder(outer);
  return outer.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

/** Siblings, in document order: found by walking both ways from the first until all are met. */
function inSiblingOrder(siblings: readonly Element[]): Element[] {
  const wanted = new Set(siblings);
  const anchor = siblings[0] as Element;
  const before: Element[] = [];
  const after: Element[] = [anchor];
  let left = anchor.previousElementSibling;
  let right = anchor.nextElementSibling;
  while (before.length + after.length < wanted.size && (left || right)) {
    if (right) {
      if (wanted.has(right)) after.push(right);
      right = right.nextElementSibling;
    }
    if (left) {
      if (wanted.has(left)) before.push(left);
      left = left.previousElementSibling;
    }
  }
  return [...before.reverse(), ...after];
}

function batchChars(batch: readonly RunPiece[]): number {
  let chars = 0;
  for (const piece of batch) chars += piece.text.length;
  return chars;
}
