/**
 * The content script's controller: decides whether to run on this page, builds the annotator from the
 * background's match table, draws highlights, answers the extension's messages, and opens cards on hover,
 * keyboard and tap. It is the only code that touches a host page.
 */
import type { Card } from '../../shared/lookup/card.ts';
import { type Annotator, decodeAnnotatorState, restoreAnnotator } from '../../shared/text/annotate.ts';
import { handleRequests, type PageConfig, type PageMention, sendToBackground } from '../messaging/protocol.ts';
import { parseTabRequest } from '../messaging/tab-requests.ts';
import { CardHost } from './card-host.tsx';
import { HighlightLayer, supportsHighlights } from './highlights.ts';
import { PageAnnotator, type PageMentionRecord } from './page-annotator.ts';
import { pageDate, pageLanguage } from './page-context.ts';

/** Wikipedia-style previews: open after a short dwell, close after a short grace period. */
const OPEN_DELAY_MS = 200;
const CLOSE_DELAY_MS = 300;

interface Running {
  config: PageConfig;
  layer: HighlightLayer;
  annotator: PageAnnotator;
  detachInput: () => void;
}

export async function runContentScript(): Promise<void> {
  if (!supportsHighlights() || !document.body) return;
  const lang = pageLanguage(document);
  if (lang !== 'vi') return;
  performance.mark('mekong-lens:boot');

  const card = new CardHost();
  const date = pageDate(document);
  let running: Running | null = null;
  let annotatorState: ReturnType<typeof decodeAnnotatorState> | undefined;

  // The background compiles the annotator once; a page only decodes it, then sets the accent-less rule.
  const compile = async (accentless: boolean): Promise<Annotator> => {
    annotatorState ??= decodeAnnotatorState(await sendToBackground({ type: 'annotator-state' }));
    return restoreAnnotator(annotatorState, { accentless });
  };

  const stop = () => {
    if (!running) return;
    running.detachInput();
    running.annotator.stop();
    running.layer.detach();
    card.remove();
    running = null;
  };

  const markFirstHighlight = once(() => performance.mark('mekong-lens:first-highlight'));
  /** In a subframe: tells the tab's top frame what this frame mentions (set below). */
  let reportToTopFrame: (() => Promise<void>) | undefined;

  const apply = async (config: PageConfig) => {
    stop();
    if (!config.enabled) return;
    const annotator = await compile(config.accentless);
    const layer = new HighlightLayer();
    const pageAnnotator = new PageAnnotator({
      annotate: (text) => annotator.annotate(text),
      layer,
      root: document.body,
      // Our host, once a card has opened (it is made then).
      get exclude() {
        return card.element;
      },
      kinds: new Set(config.kinds),
      mode: config.mode,
      onDraw: () => {
        markFirstHighlight();
        void reportToTopFrame?.();
      },
    });
    running = {
      config,
      layer,
      annotator: pageAnnotator,
      detachInput: attachInput(pageAnnotator, layer, card, date),
    };
    // Marks on the page's performance timeline, read by `npm run bench:browser`.
    performance.mark('mekong-lens:start');
    pageAnnotator.start();
    void pageAnnotator.whenIdle().then(() => performance.mark('mekong-lens:annotated'));
  };

  // Set once the site's settings have been applied; requests wait for it rather than answer for an empty page.
  let ready: Promise<void> = Promise.resolve();

  const mentionList = async (): Promise<PageMentionRecord[]> => {
    await ready;
    if (!running) return [];
    await running.annotator.whenIdle();
    return running.annotator.mentions();
  };

  const toPageMention = ({ mention }: PageMentionRecord): PageMention => ({
    entity: mention.entity,
    kind: mention.kind,
    text: mention.text,
    ...(mention.nested
      ? { nested: mention.nested.map((inner) => ({ entity: inner.entity, kind: inner.kind, text: inner.text })) }
      : {}),
  });

  // Each frame annotates its own document. The top frame answers for the tab: its own mentions, then those its
  // subframes report through the background, frame by frame.
  const isTopFrame = window === window.top;
  const childFrames = new Map<number, PageMention[]>();

  handleRequests(
    {
      'page-mentions': async () => ({
        url: location.href,
        lang,
        hostname: location.hostname,
        ...(date ? { date } : {}),
        mentions: [...(await mentionList()).map(toPageMention), ...[...childFrames.values()].flat()],
      }),
      'reveal-mention': async ({ index }) => {
        const own = await mentionList();
        const record = own[index];
        if (record && running) {
          reveal(record, running.layer);
          return { ok: true };
        }
        let local = index - own.length;
        for (const [frameId, mentions] of childFrames) {
          if (local < mentions.length) return sendToBackground({ type: 'reveal-in-frame', frameId, index: local });
          local -= mentions.length;
        }
        return { ok: false };
      },
      'child-frame-mentions': ({ frameId, mentions }) => {
        if (mentions.length > 0) childFrames.set(frameId, mentions);
        else childFrames.delete(frameId);
        return { ok: true };
      },
      'config-changed': async ({ config }) => {
        await apply(config);
        return { ok: true };
      },
    },
    {
      parse: parseTabRequest,
      accept: (request) =>
        isTopFrame
          ? !(request.type === 'reveal-mention' && request.inFrame)
          : request.type === 'config-changed' || (request.type === 'reveal-mention' && request.inFrame === true),
    },
  );

  if (!isTopFrame) {
    reportToTopFrame = async () => {
      const mentions = (await mentionList()).map(toPageMention);
      await sendToBackground({ type: 'frame-mentions', url: location.href, mentions }).catch(() => undefined);
    };
  }

  ready = sendToBackground({ type: 'page-config', hostname: location.hostname }).then(apply);
  await ready;
}

function once(action: () => void): () => void {
  let done = false;
  return () => {
    if (!done) action();
    done = true;
  };
}

function reveal(record: PageMentionRecord, layer: HighlightLayer): void {
  record.block.scrollIntoView({ block: 'center', behavior: 'smooth' });
  layer.setActive(record.range);
  setTimeout(() => layer.setActive(null), 1600);
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

/**
 * Pointer, touch and keyboard: which mention is under the pointer (Chromium answers from the highlight
 * registry; elsewhere the caret position is checked against the mention's boxes), when to open and close the
 * card, and the shortcut that steps through the page's mentions (Alt+Shift+N / Alt+Shift+P). Returns a
 * function that removes every listener.
 */
function attachInput(annotator: PageAnnotator, layer: HighlightLayer, card: CardHost, date: string | undefined) {
  let current: PageMentionRecord | null = null;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  let lastPointer = { x: 0, y: 0 };
  const cards = new Map<string, Promise<Card | null>>();

  const cardFor = (record: PageMentionRecord): Promise<Card | null> => {
    const { mention } = record;
    const key = mention.figure
      ? `figure:${mention.text}:${mention.figure.facts.join(',')}:${mention.figure.conflicts?.join(',') ?? ''}`
      : mention.entity.id;
    let pending = cards.get(key);
    if (!pending) {
      pending = sendToBackground({
        type: 'card',
        entityId: mention.entity.id,
        kind: mention.kind,
        date,
        figure: mention.figure && { text: mention.text, ...mention.figure },
      }).catch(() => null);
      cards.set(key, pending);
    }
    return pending;
  };

  const siblingsOf = (record: PageMentionRecord) =>
    annotator.mentions().filter((other) => other.mention.entity.id === record.mention.entity.id);

  const open = (record: PageMentionRecord, focus = false) =>
    openCard(record, focus).catch((error: unknown) => console.warn('[Mekong Lens] card', error));

  const openCard = async (record: PageMentionRecord, focus: boolean) => {
    clearTimeout(closeTimer);
    current = record;
    layer.setActive(record.range);
    const content = await cardFor(record);
    if (current !== record || !content) return;
    const siblings = siblingsOf(record);
    card.show(content, record.range, {
      focus,
      onPage: { index: siblings.indexOf(record) + 1, count: siblings.length },
      onStepMention: (direction) => {
        const next = siblings[(siblings.indexOf(record) + direction + siblings.length) % siblings.length];
        if (next) {
          next.block.scrollIntoView({ block: 'center' });
          void open(next, focus);
        }
      },
      onOpenEntity: (id) => void openEntity(record, id, focus),
      onOpenInSidePanel: (id) => void sendToBackground({ type: 'open-side-panel', entityId: id }),
    });
  };

  const openEntity = (record: PageMentionRecord, id: string, focus: boolean) =>
    openEntityCard(record, id, focus).catch((error: unknown) => console.warn('[Mekong Lens] card', error));

  const openEntityCard = async (record: PageMentionRecord, id: string, focus: boolean) => {
    const content = await sendToBackground({ type: 'card', entityId: id, kind: 'person', date }).catch(() => null);
    if (!content || current !== record) return;
    card.show(content, record.range, {
      focus,
      onOpenEntity: (other) => void openEntity(record, other, focus),
      onOpenInSidePanel: (other) => void sendToBackground({ type: 'open-side-panel', entityId: other }),
    });
  };

  const close = () => {
    clearTimeout(openTimer);
    current = null;
    layer.setActive(null);
    card.hide();
  };

  const scheduleClose = () => {
    clearTimeout(openTimer);
    if (!card.isOpen && !current) return;
    clearTimeout(closeTimer);
    closeTimer = setTimeout(close, CLOSE_DELAY_MS);
  };

  const recordAtPoint = (x: number, y: number): PageMentionRecord | undefined => {
    const kinds = layer.kindsAt(x, y);
    if (kinds?.length === 0) return undefined;
    const caret = caretAt(x, y);
    if (caret?.node.nodeType !== 3) return undefined;
    const record = annotator.recordAt(caret.node, caret.offset);
    return record && rangeContainsPoint(record.range, x, y) ? record : undefined;
  };

  const onPointerMove = (event: PointerEvent) => {
    lastPointer = { x: event.clientX, y: event.clientY };
    if (card.contains(event.target)) {
      clearTimeout(closeTimer);
      return;
    }
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      try {
        const record = recordAtPoint(lastPointer.x, lastPointer.y);
        if (record && record === current) {
          clearTimeout(closeTimer);
        } else if (record) {
          clearTimeout(openTimer);
          openTimer = setTimeout(() => void open(record), OPEN_DELAY_MS);
        } else {
          scheduleClose();
        }
      } catch (error) {
        console.warn('[Mekong Lens] hover', error);
      }
    });
  };

  const onPointerDown = (event: PointerEvent) => {
    if (card.contains(event.target)) return;
    const record = event.pointerType === 'touch' ? recordAtPoint(event.clientX, event.clientY) : undefined;
    if (record) void open(record);
    else if (card.isOpen) close();
  };

  const step = (direction: 1 | -1) => {
    const shown = annotator.mentions().filter((record) => annotator.isShown(record));
    if (shown.length === 0) return;
    const at = current ? shown.indexOf(current) : -1;
    const next =
      shown[at === -1 ? (direction === 1 ? 0 : shown.length - 1) : (at + direction + shown.length) % shown.length];
    if (!next) return;
    next.block.scrollIntoView({ block: 'center' });
    void open(next, true);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented) return;
    if (event.key === 'Escape' && card.isOpen) {
      close();
      return;
    }
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement | null;
    if (
      target &&
      !card.contains(target) &&
      (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
    )
      return;
    if (event.code === 'KeyN') step(1);
    else if (event.code === 'KeyP') step(-1);
    else return;
    event.preventDefault();
  };

  const options = { capture: true, passive: true } as const;
  const pointerMove = guarded('hover', onPointerMove);
  const pointerDown = guarded('tap', onPointerDown);
  const keyDown = guarded('keyboard', onKeyDown);
  document.addEventListener('pointermove', pointerMove, options);
  document.addEventListener('pointerdown', pointerDown, options);
  window.addEventListener('keydown', keyDown);
  return () => {
    close();
    cancelAnimationFrame(frame);
    document.removeEventListener('pointermove', pointerMove, options);
    document.removeEventListener('pointerdown', pointerDown, options);
    window.removeEventListener('keydown', keyDown);
  };
}
