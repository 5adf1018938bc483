/**
 * What a card looks like and where it sits: the card's components (Preact), its stylesheet and its placement next
 * to the mention (Floating UI) — half of the annotator's code, which most pages never need. Built as its own
 * script (entrypoints/cards.ts, `cards.js`) and injected by the background into a frame the first time a card
 * opens there (card-host.tsx `loadCardView`); it hands itself over through the content scripts' isolated world.
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
import cardStyles from '../ui/card.css?inline';
import { CardView, cardName } from '../ui/card.tsx';
import { setLanguage } from '../ui/i18n.ts';
import type { CardViewModule, ShowOptions } from './card-host.ts';

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

export const cardView: CardViewModule = {
  styles: `${cardStyles}\n${PANEL_STYLE}`,
  setLanguage,

  render(panel: HTMLElement, card: Card | null, options: ShowOptions & { notice?: string } = {}): void {
    if (!card) {
      render(null, panel);
      return;
    }
    // Named after what it shows, for a screen reader announcing the dialog.
    panel.setAttribute('aria-label', cardName(card));
    render(<CardView card={card} {...options} />, panel);
  },

  /** Keeps `element` beside `anchor` (below it, or above where there is more room); `away` when it leaves the window. */
  place(element: HTMLElement, panel: HTMLElement, anchor: Range, away: () => void): () => void {
    const reference: VirtualElement = {
      getBoundingClientRect: () => anchor.getBoundingClientRect(),
      getClientRects: () => anchor.getClientRects(),
      contextElement: anchor.startContainer.parentElement ?? undefined,
    };
    let stopped = false;
    const stop = autoUpdate(reference, element, () => {
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
        if (stopped) return;
        // Its mention scrolled out of the window: a card about something the reader no longer sees closes.
        if (middlewareData.hide?.referenceHidden) {
          away();
          return;
        }
        element.style.setProperty('transform', `translate(${Math.round(x)}px, ${Math.round(y)}px)`, 'important');
      });
    });
    return () => {
      stopped = true;
      stop();
    };
  },
};
