import { CARD_VIEW_KEY } from '../content/card-host.ts';
import { cardView } from '../content/card-view.tsx';

/**
 * The cards' look and placement (content/card-view.tsx), injected by the background into a frame the first time a
 * card opens there: an unlisted script (`cards.js`) that hands itself to the annotator in the same isolated world.
 */
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[CARD_VIEW_KEY] = cardView;
});
