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

/**
 * Every declaration `!important`: a page may style every element (`* { position: static !important }`), and
 * only an inline `!important` outranks that. Set through the CSSOM, which a page's CSP `style-src` does not block.
 */
const HOST_STYLE =
  'all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important; ' +
  'z-index: 2147483647 !important; display: none !important;';
/** After the page has taken our host out this many times, cards stay off. */
const MAX_REMOVALS = 2;
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
  private host: { element: HTMLElement; panel: HTMLElement } | null = null;
  /** The page would not let us make our host (e.g. it defined our tag with a closed shadow root): no cards here. */
  private unavailable = false;
  /** We put the host in the page (and have not taken it out since). */
  private inserted = false;
  /** How many times the page took our host out. */
  private removals = 0;
  private stopAutoUpdate: (() => void) | null = null;
  private returnFocusTo: Element | null = null;
  anchor: Range | null = null;

  constructor(private readonly doc: Document = document) {}

  /** Our host element, once a card has opened. */
  get element(): HTMLElement | null {
    return this.host?.element ?? null;
  }

  /**
   * Made when the first card opens, not before: creating an element under our tag runs the page's constructor
   * if the page defined that tag, so a page whose reader never opens a card never meets us.
   */
  private ensureHost(): { element: HTMLElement; panel: HTMLElement } | null {
    if (this.host || this.unavailable) return this.host;
    try {
      const element = this.doc.createElement(HOST_TAG);
      element.style.cssText = HOST_STYLE;
      // Open, not closed: a closed root hides nothing a page could not read elsewhere (the facts are public), and
      // an open one lets assistive tooling and our end-to-end tests reach the card.
      const shadow = element.attachShadow({ mode: 'open' });
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(`${cardStyles}\n${PANEL_STYLE}`);
      shadow.adoptedStyleSheets = [sheet];
      const panel = this.doc.createElement('div');
      panel.className = 'ml-panel';
      panel.setAttribute('role', 'dialog');
      panel.setAttribute('aria-label', 'Mekong Lens');
      panel.tabIndex = -1;
      shadow.append(panel);
      this.host = { element, panel };
    } catch (error) {
      this.unavailable = true;
      console.warn('[Mekong Lens] cards are off on this page: it does not let us add our card', error);
    }
    return this.host;
  }

  get isOpen(): boolean {
    return this.anchor !== null;
  }

  show(card: Card, anchor: Range, options: ShowOptions = {}): void {
    const host = this.ensureHost();
    if (!host || this.unavailable) return;
    const { element, panel } = host;
    if (!element.isConnected) {
      // The page took our host out. A framework re-rendering the document may do that once; a page that removes
      // every element it did not make does it every time, and we do not fight it.
      if (this.inserted && ++this.removals >= MAX_REMOVALS) {
        this.unavailable = true;
        this.hide();
        console.warn('[Mekong Lens] cards are off on this page: it keeps removing our card');
        return;
      }
      this.doc.documentElement.append(element);
      this.inserted = true;
    }
    this.anchor = anchor;
    render(<CardView card={card} {...options} />, panel);
    element.style.setProperty('display', 'block', 'important');
    this.stopAutoUpdate?.();
    const reference: VirtualElement = {
      getBoundingClientRect: () => anchor.getBoundingClientRect(),
      getClientRects: () => anchor.getClientRects(),
      contextElement: anchor.startContainer.parentElement ?? undefined,
    };
    this.stopAutoUpdate = autoUpdate(reference, element, () => {
      computePosition(reference, element, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [inline(), offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
      }).then(({ x, y }) => {
        element.style.setProperty('transform', `translate(${Math.round(x)}px, ${Math.round(y)}px)`, 'important');
      });
    });
    if (options.focus) {
      this.returnFocusTo = this.doc.activeElement;
      panel.focus({ preventScroll: true });
    }
  }

  hide(): void {
    if (!this.anchor) return;
    this.anchor = null;
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = null;
    if (this.host) {
      this.host.element.style.setProperty('display', 'none', 'important');
      render(null, this.host.panel);
    }
    const back = this.returnFocusTo as HTMLElement | null;
    this.returnFocusTo = null;
    if (back && typeof back.focus === 'function' && back.isConnected) back.focus({ preventScroll: true });
  }

  /** Is this event target inside the card? (Events from inside a shadow root are retargeted to its host.) */
  contains(target: EventTarget | null): boolean {
    return target !== null && target === this.element;
  }

  remove(): void {
    this.hide();
    this.host?.element.remove();
    this.inserted = false;
  }
}
