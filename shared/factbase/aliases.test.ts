import { describe, expect, it } from 'vitest';
import { nameKey } from '../text/name-key.ts';
import { normalize } from '../text/normalize.ts';
import { findAliasCollisions, namesOf } from './aliases.ts';
import { curatedFactBase } from './data/index.ts';

const entity = (id: string) => curatedFactBase.entities.find((e) => e.id === id);

describe('aliases in the curated base', () => {
  it('leave no collision unexplained, with or without accents', () => {
    const unexplained = findAliasCollisions(curatedFactBase.entities, curatedFactBase.ambiguousAliases).filter(
      (c) => !c.explanation,
    );
    expect(unexplained).toEqual([]);
  });

  it('every allow-listed ambiguous alias still collides', () => {
    const collisions = findAliasCollisions(curatedFactBase.entities, curatedFactBase.ambiguousAliases);
    for (const allowed of curatedFactBase.ambiguousAliases ?? []) {
      expect(
        collisions.some((c) => c.explanation === allowed.reason),
        allowed.alias,
      ).toBe(true);
    }
  });

  it('spell the capital of Laos every way Vietnamese text does', () => {
    expect(namesOf(entity('vieng-chan') ?? { name: '', aliases: [] })).toEqual(
      expect.arrayContaining(['Viêng Chăn', 'Viên Chăn', 'Vientiane']),
    );
  });

  it('give Lao leaders their Latin names and Vietnamese transliterations', () => {
    expect(entity('sonexay-siphandone')?.aliases).toContain('Xỏn-xay Xi-phăn-đon');
    expect(entity('thongloun-sisoulith')?.aliases).toContain('Thoong-lun Xi-xu-lít');
  });

  it('never give a person a country name or a bare title', () => {
    const forbidden = ['lào', 'việt nam', 'thủ tướng', 'tổng bí thư', 'chủ tịch nước'].map(nameKey);
    for (const person of curatedFactBase.entities.filter((e) => e.kind === 'person')) {
      for (const alias of person.aliases) expect(forbidden, `${person.id}: ${alias}`).not.toContain(nameKey(alias));
    }
  });

  it('mark the countries as entities that are not highlighted by default', () => {
    for (const id of ['viet-nam', 'lao', 'campuchia', 'trung-quoc']) expect(entity(id)?.highlight, id).toBe(false);
  });

  it('use kebab slugs of the folded Vietnamese name as ids for people', () => {
    for (const person of curatedFactBase.entities.filter((e) => e.kind === 'person')) {
      expect(person.id).toBe(normalize(person.name, { accents: 'strip' }).text.replace(/ /g, '-'));
    }
  });
});
