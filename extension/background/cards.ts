/** The background's card service: builds cards from the fact base for the page, the popup and the side panel. */
import type { FactBase } from '../../shared/factbase/schema.ts';
import { buildEntityCard, buildFigureCard, type CardIndex, cardIndex } from '../../shared/lookup/build-card.ts';
import type { Card, CardLink } from '../../shared/lookup/card.ts';
import type { RequestOf } from '../messaging/protocol.ts';

export class CardService {
  private readonly index: CardIndex;

  constructor(
    base: FactBase,
    private readonly related: (id: string) => CardLink[],
  ) {
    this.index = cardIndex(base);
  }

  card({ entityId, kind, date, figure }: RequestOf<'card'>): Card | null {
    if (kind === 'figure' && figure) {
      const card = buildFigureCard(this.index, entityId, figure);
      return card ? { type: 'figure', kind: 'figure', figure: card } : null;
    }
    const entity = buildEntityCard(this.index, this.related, entityId, date);
    return entity ? { type: 'entity', kind: entity.kind, entity } : null;
  }
}
