import { describe, expect, it } from 'vitest';
import { cardIndex, seriesOf } from '../lookup/build-card.ts';
import { computeCrossRefs, relatedLinks } from './crossrefs.ts';
import { curatedFactBase } from './data/index.ts';
import { type FactBase, RELATION_LABELS } from './schema.ts';

const refs = computeCrossRefs(curatedFactBase);

describe('related entities', () => {
  it('are symmetric for symmetric relations and inverse for the others', () => {
    for (const [id, links] of Object.entries(refs.related)) {
      for (const link of links) {
        const back = refs.related[link.id]?.filter((l) => l.id === id && l.type === link.type) ?? [];
        const expected = link.direction === 'both' ? 'both' : link.direction === 'out' ? 'in' : 'out';
        expect(
          back.some((l) => l.direction === expected && l.note === link.note),
          `${id} ${link.type} ${link.id}`,
        ).toBe(true);
      }
    }
  });

  it('show both meetings of Phạm Minh Chính and Sonexay Siphandone from either side', () => {
    const met = (from: string, to: string) =>
      refs.related[from]?.filter((l) => l.id === to && l.type === 'met').map((l) => l.source?.date);
    expect(met('pham-minh-chinh', 'sonexay-siphandone')).toEqual(['2023-04-05', '2024-11-06']);
    expect(met('sonexay-siphandone', 'pham-minh-chinh')).toEqual(['2023-04-05', '2024-11-06']);
  });

  it('label the inverse side of a directed relation', () => {
    const hospital = refs.related['hua-phan']?.find((l) => l.id === 'benh-vien-huu-nghi-hua-phan');
    expect(hospital).toMatchObject({
      type: 'located-in',
      direction: 'in',
      label: RELATION_LABELS['located-in'].inverse,
    });
  });

  it('link people to the organizations of their roles, both ways', () => {
    expect(refs.related['bo-ke-hoach-va-dau-tu-lao']).toContainEqual(
      expect.objectContaining({ id: 'phet-phomphiphak', type: 'role', direction: 'in' }),
    );
  });

  it('is computed the same by relatedLinks', () => {
    expect(Object.fromEntries(relatedLinks(curatedFactBase))).toMatchObject(refs.related);
  });
});

describe('co-mentions', () => {
  it('are symmetric and list the shared facts', () => {
    for (const [id, list] of Object.entries(refs.coMentioned)) {
      for (const m of list) {
        expect(refs.coMentioned[m.id]?.find((x) => x.id === id)?.facts, `${id} ~ ${m.id}`).toEqual(m.facts);
      }
    }
  });

  it('know which seeds name an entity', () => {
    expect(refs.seedsByEntity['to-lam']).toEqual(['002_f3f953fad2599bae.txt', '004_8af0e2a929b6679e.txt']);
  });
});

describe('figure series, as the cards show them', () => {
  const series = (base: FactBase, metric: string) => seriesOf(cardIndex(base), metric).map((point) => point.factId);

  it('orders Vietnam–Laos trade 2022 -> first half of 2024 -> targets', () => {
    expect(series(curatedFactBase, 'thuong-mai-viet-nam-lao')).toEqual([
      'viet-nam-thuong-mai-voi-lao-2022',
      'viet-nam-thuong-mai-voi-lao-6-thang-2024',
      'to-lam-muc-tieu-thuong-mai-5-ty-usd',
      'to-lam-muc-tieu-thuong-mai-10-ty-usd',
    ]);
  });

  it('puts targets after actuals even when the target is older', () => {
    expect(series(curatedFactBase, 'tang-truong-thuong-mai-viet-nam-lao')).toEqual([
      'viet-nam-tang-truong-thuong-mai-voi-lao-2022',
      'viet-nam-tang-truong-thuong-mai-voi-lao-6-thang-2024',
      'viet-nam-muc-tieu-tang-truong-thuong-mai-voi-lao-2022',
    ]);
  });

  it('holds every figure fact exactly once', () => {
    const inSeries = curatedFactBase.metrics.flatMap((metric) => series(curatedFactBase, metric.id)).sort();
    const figures = curatedFactBase.facts
      .filter((f) => f.figure)
      .map((f) => f.id)
      .sort();
    expect(inSeries).toEqual(figures);
  });

  it('does not depend on the order of facts in the data', () => {
    const reversed: FactBase = { ...curatedFactBase, facts: [...curatedFactBase.facts].reverse() };
    for (const metric of curatedFactBase.metrics)
      expect(series(reversed, metric.id)).toEqual(series(curatedFactBase, metric.id));
  });
});
