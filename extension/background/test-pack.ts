/** A small valid fact pack for tests: one project, with one sourced fact about it and Phạm Minh Chính. */
import { bundledFactBase } from '../../shared/factbase/bundle.ts';
import type { FactBase } from '../../shared/factbase/schema.ts';

const SEED = bundledFactBase.seeds[0] as FactBase['seeds'][number];

export function testPack(): FactBase & { name: string } {
  return {
    name: 'Gói thử',
    seeds: [],
    metrics: [],
    entities: [
      {
        id: 'du-an-thu-nghiem',
        kind: 'project',
        name: 'Dự án thử nghiệm Sê Pôn',
        aliases: ['Du an thu nghiem Se Pon'],
        summary: 'Một dự án chỉ có trong gói thử.',
      },
    ],
    facts: [
      {
        id: 'du-an-thu-nghiem-khoi-cong',
        about: ['du-an-thu-nghiem', 'pham-minh-chinh'],
        text: 'Dự án thử nghiệm được nhắc tới trong bài.',
        sources: [{ seed: SEED.file, quote: 'Phạm Minh Chính', date: SEED.date }],
      },
    ],
  };
}
