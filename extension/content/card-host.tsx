/**
 * The one node we add to a page: a host element whose shadow root holds the card. It is created the
 * first time a card opens, styled in isolation from the page (`all: initial` on the host, the card's own
 * stylesheet inside its shadow root), and positioned next to the mention with Floating UI: below it, or above it
 * where there is more room, shifted to stay on screen, never over the mention itself.
 *
 * A card always fits the window: it takes at most the height left on its side of the mention, and when that is
 * less than it needs, its body scrolls while its head (kind and name) and foot (this entity's other mentions,
 * the side panel) stay in view.
 */
import {
  autoUpdate,
  computePosition,
  flip,
  hide,
  inline,
  offset,
  shift,
  size,
  type VirtualElement,
} from '@floating-ui/dom';
import { render } from 'preact';
import type { Card } from '../../shared/lookup/card.ts';
import type { PageConfig } from '../messaging/protocol.ts';
import cardStyles from '../ui/card.css?inline';
import { type CardActions, CardView, type CardViewProps, cardName } from '../ui/card.tsx';

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
/** The tallest a card grows, where the window has room. */
const MAX_HEIGHT = 520;
/** Space kept between the card and the window's edges, and between the card and its mention. */
const EDGE = 8;
const GAP = 6;
/**
 * The card in the page: a column whose head and foot keep their height and whose body takes what is left and
 * scrolls. Its height limit is set on the panel as the room beside the mention changes.
 */
const PANEL_STYLE = `
  .ml-panel { display: flex; flex-direction: column; width: min(360px, calc(100vw - ${2 * EDGE}px));
    max-height: ${MAX_HEIGHT}px; overflow: hidden;
    border-radius: 10px; box-shadow: 0 8px 28px rgba(0,0,0,.22), 0 0 0 1px rgba(0,0,0,.08); }
  .ml-panel .ml-card { display: flex; flex-direction: column; flex: 1 1 auto; min-height: 0;
    padding: 10px 0 0; border-radius: 10px; }
  .ml-panel .ml-card-head, .ml-panel .ml-card-foot { flex: none; padding: 0 14px; }
  .ml-panel .ml-card-body { flex: 1 1 auto; min-height: 0; overflow-y: auto; overscroll-behavior: contain;
    padding: 0 14px 10px; }
  .ml-panel .ml-card-foot { margin: 0; padding-top: 6px; padding-bottom: 10px; border-top: 1px solid var(--ml-line); }
  .ml-panel:focus { outline: none; }
  .ml-panel:focus-visible { outline: 2px solid #0b5cad; }
`;

export interface ShowOptions extends CardActions, Pick<CardViewProps, 'onPage' | 'asOf' | 'nested'> {
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
  /** What the open card shows, to render it again with a notice. */
  private shown: { card: Card; options: ShowOptions } | null = null;
  /** Called when the open card's mention leaves the window (the controller closes the card). */
  onAway: (() => void) | null = null;

  private appearance: Pick<PageConfig, 'language' | 'theme'> = { language: 'vi', theme: 'auto' };

  constructor(private readonly doc: Document = document) {}

  /** The reader's language and theme, which the card follows (the page's own do not matter to it). */
  setAppearance(appearance: Pick<PageConfig, 'language' | 'theme'>): void {
    this.appearance = appearance;
    if (this.host) this.applyAppearance(this.host.panel);
  }

  private applyAppearance(panel: HTMLElement): void {
    panel.lang = this.appearance.language;
    if (this.appearance.theme === 'auto') panel.removeAttribute('data-theme');
    else panel.dataset.theme = this.appearance.theme;
  }

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
      panel.tabIndex = -1;
      this.applyAppearance(panel);
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
    // Named after what it shows, for a screen reader announcing the dialog.
    panel.setAttribute('aria-label', cardName(card));
    this.shown = { card, options };
    render(<CardView card={card} {...options} />, panel);
    element.style.setProperty('display', 'block', 'important');
    this.stopAutoUpdate?.();
    const reference: VirtualElement = {
      getBoundingClientRect: () => anchor.getBoundingClientRect(),
      getClientRects: () => anchor.getClientRects(),
      contextElement: anchor.startContainer.parentElement ?? undefined,
    };
    this.stopAutoUpdate = autoUpdate(reference, element, () => {
      // Measured at its natural height, so that the side with more room wins when neither side has enough.
      panel.style.setProperty('max-height', `${MAX_HEIGHT}px`);
      computePosition(reference, element, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          inline(),
          offset(GAP),
          flip({ padding: EDGE, fallbackPlacements: ['top-start'], fallbackStrategy: 'bestFit' }),
          size({
            padding: EDGE,
            apply: ({ availableHeight }) => {
              const height = Math.max(0, Math.min(MAX_HEIGHT, Math.floor(availableHeight)));
              panel.style.setProperty('max-height', `${height}px`);
            },
          }),
          shift({ padding: EDGE }),
          hide(),
        ],
      }).then(({ x, y, middlewareData }) => {
        if (this.anchor !== anchor) return;
        // Its mention scrolled out of the window: a card about something the reader no longer sees closes.
        if (middlewareData.hide?.referenceHidden) {
          this.onAway?.();
          return;
        }
        element.style.setProperty('transform', `translate(${Math.round(x)}px, ${Math.round(y)}px)`, 'important');
      });
    });
    if (options.focus) {
      if (!this.containsFocus()) this.returnFocusTo = this.doc.activeElement;
      panel.focus({ preventScroll: true });
    }
  }

  /** Adds a word to the reader at the open card's foot, where it is. */
  notice(text: string): void {
    if (!this.host || !this.shown || !this.anchor) return;
    render(<CardView card={this.shown.card} {...this.shown.options} notice={text} />, this.host.panel);
  }

  /** Is the reader's focus inside the card? */
  containsFocus(): boolean {
    const element = this.host?.element;
    return !!element && this.doc.activeElement === element;
  }

  hide(): void {
    if (!this.anchor) return;
    // Read before the card is hidden: hiding it moves the browser's focus out of it.
    const hadFocus = this.containsFocus();
    this.anchor = null;
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = null;
    if (this.host) {
      this.host.element.style.setProperty('display', 'none', 'important');
      render(null, this.host.panel);
    }
    // Focus goes back where it was only if it is in our card: a reader typing elsewhere keeps their place.
    const back = this.returnFocusTo as HTMLElement | null;
    this.returnFocusTo = null;
    if (hadFocus && back && typeof back.focus === 'function' && back.isConnected) back.focus({ preventScroll: true });
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
