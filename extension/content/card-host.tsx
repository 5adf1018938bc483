/**
 * The one node we add to a page: a host element whose shadow root holds the card. It is created the
 * first time a card opens, styled in isolation from the page (`all: initial` on the host, the card's own
 * stylesheet inside its shadow root), and positioned next to the mention with Floating UI: below it, flipped above at the
 * viewport's edge, shifted to stay on screen, never over the mention itself.
 */
import { autoUpdate, computePosition, flip, inline, offset, shift, type VirtualElement } from '@floating-ui/dom';
import { render } from 'preact';
import type { Card } from '../../shared/lookup/card.ts';
import cardStyles from '../ui/card.css?inline';
import { type CardActions, CardView } from '../ui/card.tsx';

export const HOST_TAG = 'mekong-lens-card';

const HOST_STYLE = 'all: initial; position: fixed; top: 0; left: 0; z-index: 2147483647; display: none;';
const PANEL_STYLE = `
  .ml-panel { width: min(360px, calc(100vw - 16px)); max-height: min(70vh, 520px); overflow: auto;
    border-radius: 10px; box-shadow: 0 8px 28px rgba(0,0,0,.22), 0 0 0 1px rgba(0,0,0,.08); }
  .ml-panel .ml-card { padding: 12px 14px; border-radius: 10px; }
  .ml-panel:focus { outline: none; }
  .ml-panel:focus-visible { outline: 2px solid #0b5cad; }
`;

export interface ShowOptions extends CardActions {
  onPage?: { index: number; count: number };
  /** Opened from the keyboard: move focus into the card so that Tab reaches its links. */
  focus?: boolean;
}

export class CardHost {
  readonly element: HTMLElement;
  private readonly panel: HTMLElement;
  private stopAutoUpdate: (() => void) | null = null;
  private returnFocusTo: Element | null = null;
  anchor: Range | null = null;

  constructor(private readonly doc: Document = document) {
    this.element = doc.createElement(HOST_TAG);
    this.element.setAttribute('style', HOST_STYLE);
    // Open, not closed: a closed root hides nothing a page could not read elsewhere (the facts are public), and
    // an open one lets assistive tooling and our end-to-end tests reach the card.
    const shadow = this.element.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`${cardStyles}\n${PANEL_STYLE}`);
    shadow.adoptedStyleSheets = [sheet];
    this.panel = doc.createElement('div');
    this.panel.className = 'ml-panel';
    this.panel.setAttribute('role', 'dialog');
    this.panel.setAttribute('aria-label', 'Mekong Lens');
    this.panel.tabIndex = -1;
    shadow.append(this.panel);
  }

  get isOpen(): boolean {
    return this.anchor !== null;
  }

  show(card: Card, anchor: Range, options: ShowOptions = {}): void {
    if (!this.element.isConnected) this.doc.documentElement.append(this.element);
    this.anchor = anchor;
    render(<CardView card={card} {...options} />, this.panel);
    this.element.style.display = 'block';
    this.stopAutoUpdate?.();
    const reference: VirtualElement = {
      getBoundingClientRect: () => anchor.getBoundingClientRect(),
      getClientRects: () => anchor.getClientRects(),
      contextElement: anchor.startContainer.parentElement ?? undefined,
    };
    this.stopAutoUpdate = autoUpdate(reference, this.element, () => {
      computePosition(reference, this.element, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [inline(), offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
      }).then(({ x, y }) => {
        this.element.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      });
    });
    if (options.focus) {
      this.returnFocusTo = this.doc.activeElement;
      this.panel.focus({ preventScroll: true });
    }
  }

  hide(): void {
    if (!this.anchor) return;
    this.anchor = null;
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = null;
    this.element.style.display = 'none';
    render(null, this.panel);
    const back = this.returnFocusTo as HTMLElement | null;
    this.returnFocusTo = null;
    if (back && typeof back.focus === 'function' && back.isConnected) back.focus({ preventScroll: true });
  }

  /** Is this event target inside the card? (Events from inside a shadow root are retargeted to its host.) */
  contains(target: EventTarget | null): boolean {
    return target === this.element;
  }

  remove(): void {
    this.hide();
    this.element.remove();
  }
}
