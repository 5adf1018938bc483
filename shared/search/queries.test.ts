import { describe, expect, it } from 'vitest';
import { syntheticFactBase } from '../../bench/synthetic-factbase.ts';
import { curatedFactBase } from '../factbase/data/index.ts';
import { QUALITY_QUERIES } from './queries.ts';
import { createSearchIndex } from './search-index.ts';

const realIds = new Set(curatedFactBase.entities.map((entity) => entity.id));
const synthetic = syntheticFactBase({ entities: 10_000, factsPerEntity: 0 }).entities.filter(
  (entity) => !realIds.has(entity.id),
);

describe('the search quality set', () => {
  it('has at least 30 queries, each expecting an entity that exists', () => {
    expect(QUALITY_QUERIES.length).toBeGreaterThanOrEqual(30);
    for (const { expect: id } of QUALITY_QUERIES) expect(realIds, id).toContain(id);
  });

  describe.each([
    ['the real entities alone', curatedFactBase.entities],
    ['the real entities among 10,000 synthetic ones', [...synthetic, ...curatedFactBase.entities]],
  ])('over %s', (_, entities) => {
    const index = createSearchIndex(entities);
    it.each(QUALITY_QUERIES.map((q) => [q.query, q.expect, q.category] as const))(
      "puts the right entity first for '%s' (%s, %s)",
      (query, id) => {
        expect(index.search(query)[0]?.id).toBe(id);
      },
    );
  });
});
