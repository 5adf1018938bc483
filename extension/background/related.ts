/** A card's related entities, from the bundle's cross-references: relations first, then co-mentions. */
import type { BundledFactBase } from '../../shared/factbase/bundle.ts';
import { own } from '../../shared/factbase/records.ts';
import type { CardLink } from '../../shared/lookup/card.ts';

const MAX_LINKS = 12;

export function relatedLinks(base: BundledFactBase): (id: string) => CardLink[] {
  const entities = new Map(base.entities.map((entity) => [entity.id, entity]));
  return (id) => {
    const links = new Map<string, CardLink>();
    const add = (otherId: string, relation: string | undefined) => {
      const other = entities.get(otherId);
      if (!other || otherId === id) return;
      const existing = links.get(otherId);
      if (!existing) links.set(otherId, { id: other.id, name: other.name, kind: other.kind, relation });
      else if (relation && existing.relation && !existing.relation.includes(relation))
        existing.relation += `; ${relation}`;
    };
    for (const link of own(base.crossrefs.related, id) ?? []) add(link.id, link.label);
    for (const mention of own(base.crossrefs.coMentioned, id) ?? [])
      add(mention.id, 'cùng được nhắc trong một dữ kiện');
    return [...links.values()].slice(0, MAX_LINKS);
  };
}
