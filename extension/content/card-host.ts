/**
 * The one node we add to a page: a host element whose shadow root holds the card. It is created the
 * first time a card opens, styled in isolation from the page (`all: initial` on the host, the card's own
 * stylesheet inside its shadow root), and positioned next to the mention (card-view.tsx, loaded with the first
 * card: below it, or above it where there is more room, shifted to stay on screen, never over the mention itself).
 *
 * A card always fits the window: it takes at most the height left on its side of the mention, and when that is
 * less than it needs, its body scrolls while its head (kind and name) and foot (this entity's other mentions,
 * the side panel) stay in view.
 */
import type { Card } from '../../shared/lookup/card.ts';
import { type PageConfig, sendToBackground } from '../messaging/protocol.ts';
import type { CardActions, CardViewProps } from '../ui/card.tsx';

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
export interface ShowOptions extends CardActions, Pick<CardViewProps, 'onPage' | 'asOf' | 'nested'> {
  /** Opened from the keyboard: move focus into the card so that Tab reaches its links. */
  focus?: boolean;
}

/** The cards' look and placement (card-view.tsx), loaded the first time a card opens in a frame. */
export interface CardViewModule {
  styles: string;
  /** Renders the card (or nothing) into the panel. */
  render(panel: HTMLElement, card: Card | null, options?: ShowOptions & { notice?: string }): void;
  /** The reader's language and its messages (the view's own copy of ui/i18n.ts: its script is separate). */
  setLanguage(language: PageConfig['language'], messages: PageConfig['messages']): void;
  /** Keeps the host beside the mention; calls `away` when the mention leaves the window. Returns a stop. */
  place(element: HTMLElement, panel: HTMLElement, anchor: Range, away: () => void): () => void;
}

/** Where cards.js leaves the card view, in the content scripts' isolated world. */
export const CARD_VIEW_KEY = 'mekongLensCardView';
let loadingView: Promise<CardViewModule> | null = null;

/** The card view: asks the background to inject cards.js into this frame, once. */
export function loadCardView(): Promise<CardViewModule> {
  const world = globalThis as Record<string, unknown>;
  const loaded = world[CARD_VIEW_KEY] as CardViewModule | undefined;
  if (loaded) return Promise.resolve(loaded);
  loadingView ??= sendToBackground({ type: 'load-cards' }).then(
    () => {
      const view = world[CARD_VIEW_KEY] as CardViewModule | undefined;
      if (!view) throw new Error('the card view did not load');
      return view;
    },
    (error: unknown) => {
      loadingView = null;
      throw error;
    },
  );
  return loadingView;
}

export class CardHost {
  private host: { element: HTMLElement; panel: HTMLElement } | null = null;
  /** The page would not let us make our host (e.g. it defined our tag with a closed shadow root): no cards here. */
  private unavailable = false;
  /** We put the host in the page (and have not taken it out since). */
  private inserted = false;
  /** How many times the page took our host out. */
  private removals = 0;
  private stopPlacing: (() => void) | null = null;
  private view: CardViewModule | null = null;
  private returnFocusTo: Element | null = null;
  anchor: Range | null = null;
  /** What the open card shows, to render it again with a notice. */
  private shown: { card: Card; options: ShowOptions } | null = null;
  /** Called when the open card's mention leaves the window (the controller closes the card). */
  onAway: (() => void) | null = null;

  private appearance: Pick<PageConfig, 'language' | 'theme' | 'messages'> = {
    language: 'vi',
    theme: 'auto',
    messages: {},
  };

  constructor(private readonly doc: Document = document) {}

  /** The reader's language and theme, which the card follows (the page's own do not matter to it). */
  setAppearance(appearance: Pick<PageConfig, 'language' | 'theme' | 'messages'>): void {
    this.appearance = appearance;
    this.view?.setLanguage(appearance.language, appearance.messages);
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
  private ensureHost(styles: string): { element: HTMLElement; panel: HTMLElement } | null {
    if (this.host || this.unavailable) return this.host;
    try {
      const element = this.doc.createElement(HOST_TAG);
      element.style.cssText = HOST_STYLE;
      // Open, not closed: a closed root hides nothing a page could not read elsewhere (the facts are public), and
      // an open one lets assistive tooling and our end-to-end tests reach the card.
      const shadow = element.attachShadow({ mode: 'open' });
      adoptStyles(shadow, styles, this.doc);
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

  /**
   * Opens the card beside its mention. The first card of a frame waits for the card view to load (a few ms); a
   * card closed or replaced meanwhile is not shown.
   */
  show(card: Card, anchor: Range, options: ShowOptions = {}): void {
    if (this.unavailable) return;
    this.anchor = anchor;
    this.shown = { card, options };
    if (this.view) {
      this.showNow(this.view, card, anchor, options);
      return;
    }
    loadCardView().then(
      (view) => {
        this.view = view;
        view.setLanguage(this.appearance.language, this.appearance.messages);
        if (this.anchor === anchor && this.shown?.card === card) this.showNow(view, card, anchor, options);
      },
      (error: unknown) => console.warn('[Mekong Lens] cards could not load on this page', error),
    );
  }

  private showNow(view: CardViewModule, card: Card, anchor: Range, options: ShowOptions): void {
    const host = this.ensureHost(view.styles);
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
    view.render(panel, card, options);
    element.style.setProperty('display', 'block', 'important');
    this.stopPlacing?.();
    this.stopPlacing = view.place(element, panel, anchor, () => {
      if (this.anchor === anchor) this.onAway?.();
    });
    if (options.focus) {
      if (!this.containsFocus()) this.returnFocusTo = this.doc.activeElement;
      panel.focus({ preventScroll: true });
    }
  }

  /** Adds a word to the reader at the open card's foot, where it is. */
  notice(text: string): void {
    if (!this.host || !this.shown || !this.anchor || !this.view) return;
    this.view.render(this.host.panel, this.shown.card, { ...this.shown.options, notice: text });
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
    this.shown = null;
    this.stopPlacing?.();
    this.stopPlacing = null;
    if (this.host) {
      this.host.element.style.setProperty('display', 'none', 'important');
      this.view?.render(this.host.panel, null);
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

/**
 * Our styles in our shadow root: a constructed sheet where the browser lets a content script adopt one, else a
 * `<style>` inside our own root (Firefox 140 ESR throws "Accessing from Xray wrapper is not supported" when a
 * content script sets `adoptedStyleSheets`; the card was then off on every page).
 */
function adoptStyles(shadow: ShadowRoot, styles: string, doc: Document): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(styles);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const style = doc.createElement('style');
    style.textContent = styles;
    shadow.append(style);
  }
}
