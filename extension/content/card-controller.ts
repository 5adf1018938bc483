/**
 * When a card opens and closes, and which: pointer, touch and keyboard over the page's mentions, stepping
 * through them, the side panel's "show me", and following a related entity (with a way back).
 *
 * The rules it keeps:
 * - the active mark and the open card always agree: a mention is marked active only while its card is shown (or
 *   for the side panel's brief flash, with no card open), and a mention without a card closes the card before it
 *   rather than leave it over the wrong mention;
 * - Wikipedia-style timing: a card opens after a short dwell and closes after a short grace;
 * - a tap on a mention inside a link shows the card first; the next tap follows the link;
 * - focus moves into a card only when the reader opened it from the keyboard, and goes back on close.
 * Every listener is guarded: whatever fails here is a console warning, never an exception in the page.
 */
import type { EntityKind } from '../../shared/factbase/kinds.ts';
import type { Card } from '../../shared/lookup/card.ts';
import { type ArticleDate, sendToBackground } from '../messaging/protocol.ts';
import { t } from '../ui/i18n.ts';
import type { CardHost, ShowOptions } from './card-host.ts';
import type { HighlightLayer } from './highlights.ts';
import type { PageAnnotator, PageMentionRecord } from './page-annotator.ts';

/** Wikipedia-style previews: open after a short dwell, close after a short grace period. */
const OPEN_DELAY_MS = 200;
const CLOSE_DELAY_MS = 300;
/** How long a mention the side panel reveals stays marked. */
const FLASH_MS = 1600;
/** A tap that opened a card swallows the click that follows it within this time. */
const TAP_CLICK_MS = 1000;

export interface CardControllerOptions {
  annotator: PageAnnotator;
  layer: HighlightLayer;
  card: CardHost;
  /** The article's date (the reader's correction, or the page's own), read each time a card is asked for. */
  date: () => ArticleDate | undefined;
}

/** An event listener that can never throw into the page: a failure is a warning, and the page goes on. */
function guarded<E extends Event>(what: string, listener: (event: E) => void): (event: E) => void {
  return (event) => {
    try {
      listener(event);
    } catch (error) {
      console.warn(`[Mekong Lens] ${what}`, error);
    }
  };
}

function caretAt(x: number, y: number): { node: Node; offset: number } | undefined {
  const doc = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  };
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : undefined;
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

function rangeContainsPoint(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

/** The link a mention sits in, if any. */
function linkAround(record: PageMentionRecord): Element | null {
  const start = record.range.startContainer;
  return (start.nodeType === 1 ? (start as Element) : start.parentElement)?.closest('a[href]') ?? null;
}

export class CardController {
  /** The mention whose card is shown. */
  private current: PageMentionRecord | null = null;
  /** The mention whose card is being fetched (the latest asked for wins). */
  private pending: PageMentionRecord | null = null;
  /** The cards shown before the current one, when the reader followed related entities. */
  private trail: Card[] = [];
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  private flashing: PageMentionRecord | null = null;
  private frame = 0;
  private lastPointer = { x: 0, y: 0 };
  private tappedLink: { link: Element; at: number } | null = null;
  private cards = new Map<string, Promise<Card | null>>();

  constructor(private readonly options: CardControllerOptions) {}

  /** Listens to the page's pointer and keys; returns the function that stops listening and closes the card. */
  attach(): () => void {
    this.options.card.onAway = () => this.close();
    const capture = { capture: true, passive: true } as const;
    const pointerMove = guarded('hover', (event: PointerEvent) => this.onPointerMove(event));
    const pointerDown = guarded('tap', (event: PointerEvent) => this.onPointerDown(event));
    const click = guarded('tap', (event: MouseEvent) => this.onClick(event));
    const keyDown = guarded('keyboard', (event: KeyboardEvent) => this.onKeyDown(event));
    document.addEventListener('pointermove', pointerMove, capture);
    document.addEventListener('pointerdown', pointerDown, capture);
    // Not passive: it may cancel a tap's click on a link (the first tap shows the card).
    document.addEventListener('click', click, { capture: true });
    window.addEventListener('keydown', keyDown);
    return () => {
      this.close();
      this.options.card.onAway = null;
      clearTimeout(this.flashTimer);
      cancelAnimationFrame(this.frame);
      document.removeEventListener('pointermove', pointerMove, capture);
      document.removeEventListener('pointerdown', pointerDown, capture);
      document.removeEventListener('click', click, { capture: true });
      window.removeEventListener('keydown', keyDown);
    };
  }

  /** The article's date changed (the reader corrected it): cards are built again for the new date. */
  forgetCards(): void {
    this.cards.clear();
    if (this.current) void this.open(this.current, { focus: this.options.card.containsFocus() });
  }

  /** Opens the next (1) or previous (-1) mention's card, from the keyboard: focus goes into the card. */
  async step(direction: 1 | -1): Promise<boolean> {
    const { annotator } = this.options;
    // Stepping goes through the whole page: on a long one, what is far from the viewport is read first.
    await annotator.readEverything();
    const shown = annotator.mentions().filter((record) => annotator.isShown(record));
    if (shown.length === 0) return false;
    let at = this.current ? shown.indexOf(this.current) : -1;
    if (at === -1) at = direction === 1 ? -1 : shown.length;
    // A mention without a card is passed over, so that stepping never stops on nothing.
    for (let tries = 0; tries < shown.length; tries++) {
      at = (at + direction + shown.length) % shown.length;
      const next = shown[at] as PageMentionRecord;
      next.block.scrollIntoView({ block: 'center' });
      if (await this.open(next, { focus: true })) return true;
    }
    return false;
  }

  /** The side panel's "show me": scroll to the mention and flash it (any card closes first, so the two agree). */
  reveal(record: PageMentionRecord): void {
    this.close();
    record.block.scrollIntoView({ block: 'center', behavior: 'smooth' });
    this.flashing = record;
    this.options.layer.setActive(record.range);
    // A click that comes while the last flash is still on starts a full flash of its own.
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => {
      if (this.flashing === record && !this.current) this.options.layer.setActive(null);
      this.flashing = null;
    }, FLASH_MS);
  }

  close(): void {
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
    this.pending = null;
    this.trail = [];
    if (this.current || this.options.card.isOpen) {
      this.current = null;
      this.options.layer.setActive(null);
      this.options.card.hide();
    }
  }

  private cardFor(record: PageMentionRecord): Promise<Card | null> {
    const { mention } = record;
    const key = mention.figure
      ? `figure:${mention.text}:${mention.figure.metric}:${mention.figure.period}:${mention.figure.facts.join(',')}:${mention.figure.conflicts?.join(',') ?? ''}`
      : mention.entity.id;
    let pending = this.cards.get(key);
    if (!pending) {
      pending = sendToBackground({
        type: 'card',
        entityId: mention.entity.id,
        kind: mention.kind,
        date: this.options.date()?.date,
        figure: mention.figure && { text: mention.text, ...mention.figure },
      }).catch(() => null);
      this.cards.set(key, pending);
    }
    return pending;
  }

  /** Shows `record`'s card; resolves false (and closes any card) when it has none. */
  private async open(record: PageMentionRecord, { focus = false } = {}): Promise<boolean> {
    clearTimeout(this.closeTimer);
    this.pending = record;
    let content: Card | null = null;
    try {
      content = await this.cardFor(record);
    } catch (error) {
      console.warn('[Mekong Lens] card', error);
    }
    if (this.pending !== record) return false;
    this.pending = null;
    if (!content) {
      this.close();
      return false;
    }
    this.current = record;
    this.trail = [];
    if (this.flashing !== record) this.flashing = null;
    this.options.layer.setActive(record.range);
    this.show(record, content, focus);
    return true;
  }

  private show(record: PageMentionRecord, content: Card, focus: boolean): void {
    const { annotator, card } = this.options;
    const siblings = annotator
      .mentions()
      .filter((other) => other.mention.entity.id === record.mention.entity.id && annotator.isShown(other));
    const options: ShowOptions = {
      focus,
      asOf: this.options.date(),
      onOpenInSidePanel: (id) => this.openInSidePanel(id),
      onOpenEntity: (id) => void this.follow(record, content, id),
    };
    const nested = record.mention.nested?.filter((inner) => inner.kind !== 'figure');
    if (nested?.length) {
      options.nested = nested.map((inner) => ({ ...inner.entity, kind: inner.kind as EntityKind }));
    }
    if (this.trail.length > 0) {
      options.onBack = () => this.back(record);
    } else if (siblings.length > 1) {
      options.onPage = { index: siblings.indexOf(record) + 1, count: siblings.length };
      options.onStepMention = (direction) => {
        const next = siblings[(siblings.indexOf(record) + direction + siblings.length) % siblings.length];
        if (!next) return;
        next.block.scrollIntoView({ block: 'center' });
        void this.open(next, { focus: card.containsFocus() });
      };
    }
    card.show(content, record.range, options);
  }

  /** A related entity's card, in place of this one, with "back". */
  private async follow(record: PageMentionRecord, from: Card, id: string): Promise<void> {
    const content = await sendToBackground({
      type: 'card',
      entityId: id,
      kind: 'person',
      date: this.options.date()?.date,
    }).catch(() => null);
    if (!content || this.current !== record) return;
    this.trail.push(from);
    this.showTrail(record, content);
  }

  private back(record: PageMentionRecord): void {
    const previous = this.trail.pop();
    if (!previous || this.current !== record) return;
    if (this.trail.length === 0) this.show(record, previous, this.options.card.containsFocus());
    else this.showTrail(record, previous);
  }

  /** A card reached by following related entities: back and onward, no stepping (it is not this mention's). */
  private showTrail(record: PageMentionRecord, content: Card): void {
    this.options.card.show(content, record.range, {
      focus: this.options.card.containsFocus(),
      asOf: this.options.date(),
      onBack: () => this.back(record),
      onOpenEntity: (id) => void this.follow(record, content, id),
      onOpenInSidePanel: (id) => this.openInSidePanel(id),
    });
  }

  /**
   * Asks the background to open the side panel on `id`, now, while the click counts as the reader's. Where the
   * browser will not (Firefox opens its sidebar only from its own button or key), the card says how to open it; the
   * panel then opens on this entry.
   */
  private openInSidePanel(id: string): void {
    void sendToBackground({ type: 'open-side-panel', entityId: id })
      .catch(() => ({ ok: false }))
      .then((answer) => {
        if (!answer?.ok)
          this.options.card.notice(t(import.meta.env.FIREFOX ? 'panelOpenHintFirefox' : 'panelOpenHint'));
      });
  }

  private scheduleClose(): void {
    clearTimeout(this.openTimer);
    this.pending = null;
    if (!this.options.card.isOpen && !this.current) return;
    clearTimeout(this.closeTimer);
    this.closeTimer = setTimeout(() => this.close(), CLOSE_DELAY_MS);
  }

  private recordAtPoint(x: number, y: number): PageMentionRecord | undefined {
    const kinds = this.options.layer.kindsAt(x, y);
    if (kinds?.length === 0) return undefined;
    const caret = caretAt(x, y);
    if (caret?.node.nodeType !== 3) return undefined;
    const record = this.options.annotator.recordAt(caret.node, caret.offset);
    return record && rangeContainsPoint(record.range, x, y) ? record : undefined;
  }

  private onPointerMove(event: PointerEvent): void {
    this.lastPointer = { x: event.clientX, y: event.clientY };
    if (this.options.card.contains(event.target)) {
      clearTimeout(this.closeTimer);
      return;
    }
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      try {
        this.hover(this.recordAtPoint(this.lastPointer.x, this.lastPointer.y));
      } catch (error) {
        console.warn('[Mekong Lens] hover', error);
      }
    });
  }

  private hover(record: PageMentionRecord | undefined): void {
    if (record && record === this.current) {
      clearTimeout(this.closeTimer);
    } else if (record) {
      if (record === this.pending) return;
      clearTimeout(this.openTimer);
      this.openTimer = setTimeout(() => void this.open(record), OPEN_DELAY_MS);
    } else {
      this.scheduleClose();
    }
  }

  private onPointerDown(event: PointerEvent): void {
    if (this.options.card.contains(event.target)) return;
    const record = event.pointerType === 'touch' ? this.recordAtPoint(event.clientX, event.clientY) : undefined;
    if (!record) {
      if (this.options.card.isOpen) this.close();
      return;
    }
    // A tap on a mention inside a link: this tap shows the card; the link waits for a second tap.
    const link = linkAround(record);
    this.tappedLink = link && record !== this.current ? { link, at: performance.now() } : null;
    if (record !== this.current) void this.open(record);
  }

  private onClick(event: MouseEvent): void {
    const tapped = this.tappedLink;
    this.tappedLink = null;
    if (!tapped || performance.now() - tapped.at > TAP_CLICK_MS) return;
    if (event.target instanceof Node && tapped.link.contains(event.target)) event.preventDefault();
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.defaultPrevented) return;
    if (event.key === 'Escape' && this.options.card.isOpen) this.close();
  }
}
