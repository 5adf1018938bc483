/** The name model's expansion: templates, people across scripts, weak spellings, blocks, national bodies. */
import { describe, expect, it } from 'vitest';
import { expandNames, expandTemplate, letterVariants } from './names.ts';
import type { Entity, FactBase } from './schema.ts';

const place = (id: string, name: string, aliases: string[], country?: string): Entity => ({
  id,
  kind: 'place',
  name,
  aliases,
  summary: name,
  ...(country ? { relations: [{ type: 'located-in', target: country }] } : {}),
});
const base = (entities: Entity[], names?: FactBase['names']): Pick<FactBase, 'entities' | 'names'> => ({
  entities,
  ...(names ? { names } : {}),
});

describe('expandTemplate', () => {
  const slot = (id: string) => ({ a: ['A1', 'A2'], b: ['B'] })[id] ?? [];
  it('expands slots, alternatives with slots inside, and optional parts', () => {
    const errors: string[] = [];
    expect(expandTemplate('x (đường |)({a}|y {b}) z', slot, 't', errors).sort()).toEqual(
      ['x A1 z', 'x A2 z', 'x y B z', 'x đường A1 z', 'x đường A2 z', 'x đường y B z'].sort(),
    );
    expect(errors).toEqual([]);
  });
  it('writes a pair in either order', () => {
    expect(expandTemplate('tuyến {a~b}', slot, 't', []).sort()).toEqual(
      ['tuyến A1 - B', 'tuyến A2 - B', 'tuyến B - A1', 'tuyến B - A2'].sort(),
    );
  });
  it('reports an unclosed bracket instead of guessing', () => {
    const errors: string[] = [];
    expect(expandTemplate('x (a|b', slot, 'where', errors)).toEqual([]);
    expect(errors[0]).toMatch(/where.*not closed/);
  });
});

describe('expandNames', () => {
  const lao = place('lao', 'Lào', ['Laos']);
  const vn = place('viet-nam', 'Việt Nam', []);
  const vientiane = place('vieng-chan', 'Viêng Chăn', ['Vientiane'], 'lao');
  const vungAng = place('vung-ang', 'Vũng Áng', [], 'viet-nam');
  it('routes: both ends in either order, a place with its country in brackets', () => {
    const railway: Entity = {
      id: 'rail',
      kind: 'project',
      name: 'Đường sắt X',
      aliases: [],
      summary: 's',
      names: { forms: ['đường sắt {vieng-chan~vung-ang}'] },
    };
    const names = expandNames(
      base([lao, vn, vientiane, vungAng, railway], {
        parts: [],
        letterVariants: [],
        qualifyingCountries: ['lao', 'viet-nam'],
      }),
    ).names.get('rail');
    expect(names?.strong).toContain('đường sắt Vũng Áng - Viêng Chăn');
    expect(names?.strong).toContain('đường sắt Viêng Chăn (Lào) - Vũng Áng (Việt Nam)');
    expect(names?.strong).toContain('đường sắt Vientiane - Vũng Áng');
  });
  it('people: letter variants, phonetic spellings with and without hyphens, a title with the given name', () => {
    const pm: Entity = {
      id: 'pm',
      kind: 'person',
      name: 'Sonexay Siphandone',
      aliases: [],
      summary: 's',
      names: {
        person: { given: 'Sonexay', family: 'Siphandone', phonetic: ['Xỏn-xay Xỉ-phăn-đon'], titles: ['Thủ tướng'] },
      },
    };
    const rules = [
      { from: 'ne(?=[^aeiou]|$)', to: 'n', reason: 'r' },
      { from: 's', to: 'x', reason: 'r' },
    ];
    const names = expandNames(base([pm], { parts: [], letterVariants: rules, qualifyingCountries: [] })).names.get(
      'pm',
    );
    expect(names?.strong).toEqual(
      expect.arrayContaining([
        'Sonxay Siphandon',
        'Sonexay Xiphandone',
        'Xỏn xay Xỉ phăn đon',
        'Thủ tướng Sonexay',
        'Thủ tướng Xỏn-xay',
      ]),
    );
    expect(names?.latin?.family).toContain('Siphandon');
  });
  it('short abbreviations are weak unless the data says they are strong; weak ones need support', () => {
    const org: Entity = { id: 'org', kind: 'organization', name: 'Bộ X', aliases: ['BX'], summary: 's' };
    const asean: Entity = {
      id: 'asean',
      kind: 'organization',
      name: 'ASEAN',
      aliases: [],
      summary: 's',
      names: { strong: { aliases: ['ASEAN'], reason: 'r' } },
    };
    const { names } = expandNames(base([org, asean]));
    expect(names.get('org')?.weak).toEqual(['BX']);
    expect(names.get('org')?.support[0]).toBe('org');
    expect(names.get('asean')?.weak).toEqual([]);
  });
  it('national bodies: the generic name with a country names that country’s body, or is blocked', () => {
    const ministry = (id: string, country: string): Entity => ({
      id,
      kind: 'organization',
      name: `Bộ Y ${id}`,
      aliases: [],
      summary: 's',
      names: { country: { id: country, generic: ['Bộ Y'] } },
    });
    const kh = place('campuchia', 'Campuchia', []);
    const expansion = expandNames(
      base([lao, vn, kh, ministry('vn-y', 'viet-nam'), ministry('lao-y', 'lao')], {
        parts: [],
        letterVariants: [],
        qualifyingCountries: ['viet-nam', 'lao', 'campuchia'],
      }),
    );
    expect(expansion.names.get('lao-y')?.strong).toContain('Bộ Y Lào');
    expect(expansion.names.get('vn-y')?.strong).toContain('Bộ Y Việt Nam');
    expect(expansion.blocks.map((b) => b.phrase)).toContain('Bộ Y Campuchia');
    expect(expansion.blocks.map((b) => b.phrase)).not.toContain('Bộ Y Lào');
  });
  it('says what is wrong with a model instead of throwing', () => {
    const bad: Entity = {
      id: 'bad',
      kind: 'project',
      name: 'B',
      aliases: [],
      summary: 's',
      names: { forms: ['x {nope}'] },
    };
    expect(expandNames(base([bad])).errors[0]).toMatch(/nope/);
  });
});

describe('letterVariants', () => {
  it('applies each rule at one place at a time, up to two changes', () => {
    const rules = [{ from: /ou/g, to: 'u' }];
    expect(letterVariants('Thongloun', rules).sort()).toEqual(['Thongloun', 'Thonglun']);
  });
});
