/**
 * A deterministic generator of large, realistic-looking fact bases for benchmarks: Vietnamese and Lao
 * personal names, organizations, places and projects built from real syllables, with aliases the way the
 * curated base writes them (accent-less spellings, titles, abbreviations). Same options, same output.
 */

import { seededRandom } from '../e2e/support/seeded-random.ts';
import { findAliasCollisions } from '../shared/factbase/aliases.ts';
import { bundledFactBase } from '../shared/factbase/bundle.ts';
import type { Entity, EntityKind, Fact, FactBase } from '../shared/factbase/schema.ts';
import { FAMILY_NAMES } from '../shared/text/vietnamese.ts';

/** The sixteen most common Vietnamese family names: the first of the engine's own list. */
const FAMILY = FAMILY_NAMES.slice(0, 16);
const MIDDLE = [
  'Văn',
  'Thị',
  'Minh',
  'Quốc',
  'Đình',
  'Hữu',
  'Thanh',
  'Ngọc',
  'Xuân',
  'Đức',
  'Hồng',
  'Công',
  'Anh',
  'Nam',
];
const GIVEN = [
  'Chính',
  'Phương',
  'Long',
  'Cường',
  'Hùng',
  'Dũng',
  'Hải',
  'Sơn',
  'Tuấn',
  'Thắng',
  'Hòa',
  'Thủy',
  'Lan',
  'Hương',
  'Khánh',
  'Quang',
  'Trung',
  'Vinh',
  'Toàn',
  'Bình',
  'Thoả',
  'Uỷ',
  'Tỷ',
];
const LAO_GIVEN = [
  'Sone',
  'Thong',
  'Kham',
  'Phet',
  'Boun',
  'Sai',
  'Viang',
  'Sou',
  'Chan',
  'Kay',
  'Noy',
  'Vong',
  'Phou',
  'Sis',
];
const LAO_TAIL = ['xay', 'loun', 'phao', 'mee', 'sana', 'phone', 'thavy', 'savanh', 'vilay', 'kham', 'ouane', 'siphan'];
const ORG_HEAD = [
  'Bộ',
  'Sở',
  'Ủy ban',
  'Tổng cục',
  'Tập đoàn',
  'Công ty',
  'Viện',
  'Hội',
  'Ngân hàng',
  'Trường Đại học',
];
const ORG_FIELD = [
  'Kế hoạch và Đầu tư',
  'Giao thông vận tải',
  'Công Thương',
  'Năng lượng',
  'Khai khoáng',
  'Nông nghiệp',
  'Y tế',
  'Giáo dục',
  'Tài chính',
  'Ngoại giao',
  'Xây dựng',
  'Điện lực',
  'Viễn thông',
  'Cao su',
  'Thủy sản',
];
const PLACE = [
  'Nghệ An',
  'Hà Tĩnh',
  'Quảng Bình',
  'Thanh Hóa',
  'Savannakhet',
  'Champasak',
  'Khammouane',
  'Bolikhamxay',
  'Xiengkhouang',
  'Luang Prabang',
  'Attapeu',
  'Sekong',
  'Houaphanh',
  'Vũng Áng',
  'Cầu Treo',
  'Lao Bảo',
];
const PROJECT_HEAD = [
  'Cảng',
  'Đường cao tốc',
  'Tuyến đường sắt',
  'Sân bay',
  'Khu công nghiệp',
  'Bệnh viện',
  'Nhà máy thủy điện',
  'Đường dây 500 kV',
  'Trung tâm dữ liệu',
  'Cầu',
];
const EVENT_HEAD = ['Hội nghị', 'Kỳ họp', 'Diễn đàn', 'Hội thảo', 'Lễ kỷ niệm', 'Chuyến thăm'];

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

function slug(text: string): string {
  return fold(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export interface SyntheticOptions {
  entities: number;
  factsPerEntity?: number;
  seed?: number;
}

export function syntheticFactBase({ entities: count, factsPerEntity = 5, seed = 1 }: SyntheticOptions): FactBase {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const seedFile = 'synthetic.txt';
  const date = '2024-01-01';
  const entities: Entity[] = [];
  const facts: Fact[] = [];
  const seen = new Set<string>();

  for (let i = 0; entities.length < count; i++) {
    const roll = random();
    let kind: EntityKind;
    let name: string;
    const aliases: string[] = [];
    if (roll < 0.35) {
      kind = 'person';
      if (random() < 0.6) {
        name = `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`;
        aliases.push(fold(name));
      } else {
        name = `${pick(LAO_GIVEN)}${pick(LAO_TAIL)} ${pick(LAO_GIVEN)}${pick(LAO_TAIL)}`;
      }
      aliases.push(`Ông ${name}`);
    } else if (roll < 0.55) {
      kind = 'organization';
      name = `${pick(ORG_HEAD)} ${pick(ORG_FIELD)} ${pick(PLACE)}`;
      const initials = name
        .split(' ')
        .map((word) => word[0])
        .join('')
        .toUpperCase();
      aliases.push(initials);
    } else if (roll < 0.65) {
      kind = 'place';
      name = `${pick(['Tỉnh', 'Huyện', 'Thị xã', 'Bản'])} ${pick(PLACE)} ${pick(GIVEN)}`;
      aliases.push(fold(name));
    } else if (roll < 0.85) {
      kind = 'project';
      name = `${pick(PROJECT_HEAD)} ${pick(PLACE)} ${pick(GIVEN)} ${pick(MIDDLE)}`;
      aliases.push(fold(name));
    } else if (roll < 0.93) {
      kind = 'event';
      name = `${pick(EVENT_HEAD)} ${pick(ORG_FIELD)} ${pick(PLACE)} lần thứ ${1 + Math.floor(random() * 60)}`;
    } else {
      kind = 'agreement';
      name = `Hiệp định ${pick(ORG_FIELD)} ${pick(PLACE)} ${2000 + Math.floor(random() * 26)}`;
    }
    const id = slug(name);
    if (seen.has(id)) continue;
    seen.add(id);
    entities.push({ id, kind, name, aliases, summary: `${name}: thực thể tổng hợp số ${i} dùng cho đo hiệu năng.` });
    for (let f = 0; f < factsPerEntity; f++) {
      facts.push({
        id: `${id}-fact-${f}`,
        about: [id],
        text: `${name} — dữ kiện tổng hợp số ${f}, ghi nhận năm ${2000 + f}.`,
        sources: [{ seed: seedFile, quote: name, date }],
      });
    }
  }
  return {
    seeds: [{ file: seedFile, title: 'Synthetic', date, dateBasis: 'stated' }],
    entities,
    metrics: [],
    facts,
  };
}

/**
 * A synthetic pack a reader could import: its entities that take an id or a spelling of the curated base's, or of
 * each other's, left out (the pack check refuses those), topped up to `count`.
 */
export function syntheticPack(count: number): FactBase {
  const curated = new Set(bundledFactBase.entities.map((entity) => entity.id));
  let generated = count;
  for (;;) {
    const base = syntheticFactBase({ entities: generated, factsPerEntity: 0 });
    let entities = base.entities.filter((entity) => !curated.has(entity.id));
    const clashing = new Set(
      findAliasCollisions([...bundledFactBase.entities, ...entities], bundledFactBase.ambiguousAliases ?? [])
        .filter((collision) => collision.level === 'exact' && !collision.explanation)
        .flatMap((collision) => collision.spellings.map((spelling) => spelling.entity))
        .filter((id) => !curated.has(id)),
    );
    entities = entities.filter((entity) => !clashing.has(entity.id));
    if (entities.length >= count) return { ...base, entities: entities.slice(0, count) };
    generated += count - entities.length;
  }
}
