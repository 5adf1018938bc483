/** Shared by the database tests: a small fact base from the seeds, and a fresh database per test. */
import 'fake-indexeddb/auto';
import { curatedFactBase } from '../../shared/factbase/data/index.ts';
import type { FactBase, Source } from '../../shared/factbase/schema.ts';
import { MekongDatabase } from './database.ts';

const source = (quote: string): Source => ({ seed: '000_a152b25d463c024e.txt', quote, date: '2023-04-05' });

const PICKED = new Set([
  'to-lam',
  'pham-minh-chinh',
  'sonexay-siphandone',
  'vieng-chan',
  'nghe-an',
  'uy-hoi-song-mekong',
  'ubnd-tinh-nghe-an',
  'cang-vung-ang',
]);

/**
 * Eight real entities of the curated base (their own relations dropped), two relations, one metric with a series
 * of three figures: small and fixed, so the tests do not change when the curated data grows.
 */
export function smallBase(): FactBase {
  const entities = structuredClone(curatedFactBase.entities.filter((entity) => PICKED.has(entity.id)));
  for (const entity of entities) {
    delete entity.relations;
    if (entity.id === 'pham-minh-chinh') {
      entity.relations = [
        { type: 'met', target: 'sonexay-siphandone', source: source('Thủ tướng Phạm Minh Chính đã có cuộc làm việc') },
      ];
    }
    if (entity.id === 'cang-vung-ang') entity.relations = [{ type: 'located-in', target: 'ha-tinh' }];
  }
  const trade = (id: string, value: number, periodKey: string, isTarget?: boolean) => ({
    id,
    about: ['viet-nam-lao-trade'],
    text: `Kim ngạch thương mại Việt Nam - Lào ${periodKey}.`,
    sources: [source('tổng kim ngạch song phương cả năm 2022 đạt hơn 1,7 tỷ USD')],
    figure: {
      metric: 'kim-ngach-thuong-mai-viet-nam-lao',
      value,
      unit: 'USD',
      period: periodKey,
      periodKey,
      ...(isTarget ? { isTarget } : {}),
    },
  });
  return {
    seeds: [
      {
        file: '000_a152b25d463c024e.txt',
        title: 'Việt Nam sẵn sàng hỗ trợ Lào',
        date: '2023-04-05',
        dateBasis: 'stated',
      },
    ],
    entities,
    metrics: [
      {
        id: 'kim-ngach-thuong-mai-viet-nam-lao',
        name: 'Kim ngạch thương mại Việt Nam – Lào',
        unit: 'USD',
        frame: { quantity: ['kim ngạch'], scope: ['viet-nam', 'lao'], roles: ['result', 'target'] },
      },
    ],
    facts: [
      {
        id: 'pmc-sonexay-2023',
        about: ['pham-minh-chinh', 'sonexay-siphandone'],
        text: 'Thủ tướng Phạm Minh Chính làm việc với Thủ tướng Lào Sonexay Siphandone.',
        sources: [source('Thủ tướng Phạm Minh Chính làm việc với Thủ tướng Lào Sonexay Siphandone')],
      },
      trade('trade-2025-target', 10_000_000_000, '2025', true),
      trade('trade-2022', 1_700_000_000, '2022'),
      trade('trade-2025', 5_000_000_000, '2025'),
    ],
  };
}

let counter = 0;

/** A database with a name no other test uses. */
export function freshDatabase(): MekongDatabase {
  counter += 1;
  return new MekongDatabase({ name: `mekong-lens-test-${counter}-${Math.random().toString(36).slice(2)}` });
}
