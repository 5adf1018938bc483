/**
 * The fact base's alias checks. Names are compared by the page matcher's own key (shared/text/name-key.ts): a
 * collision found here is one a reader would meet, and no two spellings the matcher reads alike pass as different.
 */
import { bareNameKey, nameKey } from '../text/name-key.ts';
import type { AmbiguousAlias, Entity, Id } from './schema.ts';

/** Every way an entity is written: its name, then its aliases. */
export function namesOf(entity: Pick<Entity, 'name' | 'aliases'>): string[] {
  return [entity.name, ...entity.aliases];
}

export interface AliasCollision {
  /** `exact`: same key after case, tone placement and dashes; `folded`: same only once accents are dropped. */
  level: 'exact' | 'folded';
  key: string;
  /** The colliding spellings, each with its entity. */
  spellings: { entity: Id; text: string }[];
  /** The reason from `ambiguousAliases`, when the collision is intended. */
  explanation?: string;
}

/**
 * Names and aliases that two or more entities share. A collision at the exact level is also reported at the
 * folded level only if more entities join it there.
 */
export function findAliasCollisions(
  entities: readonly Pick<Entity, 'id' | 'name' | 'aliases'>[],
  allowed: readonly AmbiguousAlias[] = [],
): AliasCollision[] {
  const collisions: AliasCollision[] = [];
  for (const level of ['exact', 'folded'] as const) {
    const keyOf = level === 'exact' ? nameKey : bareNameKey;
    const byKey = new Map<string, { entity: Id; text: string }[]>();
    for (const entity of entities) {
      for (const text of namesOf(entity)) {
        const key = keyOf(text);
        const list = byKey.get(key) ?? [];
        if (!list.some((s) => s.entity === entity.id)) list.push({ entity: entity.id, text });
        byKey.set(key, list);
      }
    }
    for (const [key, spellings] of byKey) {
      if (spellings.length < 2) continue;
      if (level === 'folded') {
        const exactGroups = new Set(spellings.map((s) => nameKey(s.text)));
        if (exactGroups.size === 1) continue;
      }
      const ids = spellings.map((s) => s.entity);
      const allow = allowed.find((a) => keyOf(a.alias) === key && ids.every((id) => a.entities.includes(id)));
      collisions.push({ level, key, spellings, ...(allow ? { explanation: allow.reason } : {}) });
    }
  }
  return collisions;
}

/**
 * Aliases that must never stand alone: bare titles and common words that would mark ordinary text. Compared by
 * `nameKey`.
 */
export const FORBIDDEN_ALIASES: ReadonlySet<string> = new Set(
  [
    'Thủ tướng',
    'Tổng Bí thư',
    'Chủ tịch',
    'Chủ tịch nước',
    'Bộ trưởng',
    'Thứ trưởng',
    'Đại sứ',
    'Đại tá',
    'Phó Chủ tịch',
    'Bộ Chính trị',
    'Chính phủ',
    'Ủy ban',
    'Ủy ban hợp tác',
    'Ủy ban hợp tác hai nước',
    'Hội nghị',
    'Hội nghị cấp cao',
    'Kỳ họp',
    'Đại hội',
    'Đại hội Đảng',
    'dự án',
    'cảng',
    'sân bay',
    'bệnh viện',
    'Bệnh viện hữu nghị',
    'công viên',
    'bản ghi nhớ',
    'biên bản ghi nhớ',
    'hiệp định',
    'thỏa thuận',
    'nhân dân',
    'tiền phong',
    'công thương',
    'hai nước',
    'hai Đảng',
    'Đảng',
    'Nhà nước',
    'Quốc hội',
    'Bác',
    // Function words: in every sentence of every article.
    'và',
    'của',
    'các',
    'những',
    'với',
    'cho',
    'trong',
    'tại',
    'theo',
    'về',
    'từ',
    'đến',
    'này',
    'được',
    'người',
    'nước',
    // Halves of the countries' names ("Nam" would light every "Việt Nam"); the names themselves are entities.
    'Việt',
    'Nam',
    'Việt - Lào',
  ].map(nameKey),
);

/** Why a name must not be an alias, if it must not: it would mark ordinary text, or match nothing safely. */
export type AliasProblem = 'forbidden-alias' | 'short-alias';

/**
 * The rules every name in the base keeps, the bundle's and the packs' alike: not a bare title, a common word or a
 * half of a country's name (`FORBIDDEN_ALIASES`), and at least three letters or digits once folded (blank,
 * punctuation, a single letter, "và").
 */
export function aliasProblem(alias: string): AliasProblem | undefined {
  if (FORBIDDEN_ALIASES.has(nameKey(alias))) return 'forbidden-alias';
  if (bareNameKey(alias).replace(/[^a-z0-9]/g, '').length < 3) return 'short-alias';
  return undefined;
}
