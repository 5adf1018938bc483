/**
 * The fact base's schema: the one definition of what an entity, a fact, a figure and a source are.
 * Types are inferred from the zod schemas so that runtime validation (fact packs, the bundle) and the
 * compiler agree by construction.
 */
import { z } from 'zod';
import { ISO_DAY } from '../iso-date.ts';
import { ENTITY_KINDS, FIGURE_ROLES, MENTION_KINDS, type MentionKind } from './kinds.ts';

export { ENTITY_KINDS, MENTION_KINDS, type MentionKind };

/** Stable, human-readable ids: kebab-case slugs such as `to-lam` or `cang-vung-ang`. */
export const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id is a kebab-case slug (a-z, 0-9, -)');
export type Id = z.infer<typeof Id>;

/** A calendar date, `YYYY-MM-DD`. */
export const IsoDate = z.string().regex(ISO_DAY, 'a date is written YYYY-MM-DD');

/**
 * A date known to the day, the month or only the year: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. Sorts as text, and a
 * month sorts before its days ("2021-01" < "2021-01-13").
 */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'a date is written YYYY-MM-DD, YYYY-MM or YYYY');
export type PartialDate = z.infer<typeof PartialDate>;

export const EntityKind = z.enum(ENTITY_KINDS);
export type EntityKind = z.infer<typeof EntityKind>;

/**
 * Where a statement comes from: a seed article, a verbatim quote from it, and the date of the story quoted — the
 * article's date, or, for a quote from an inset of the seed's page (another story's teaser under "Tin liên
 * quan"), that story's own date, with `inset` naming it.
 */
export const Source = z.object({
  seed: z.string().min(1), // file name in seeds/, e.g. "001_5c7b4323a7a94c0f.txt"
  quote: z.string().min(1), // a verbatim substring of that seed
  date: PartialDate, // the article's date (YYYY-MM-DD); an inset's date as far as it is known
  /** The inset of the seed's page the quote is from (`Seed.insets`), when it is not the article itself. */
  inset: Id.optional(),
});
export type Source = z.infer<typeof Source>;

/**
 * Another story shown on a seed's page but not part of its article (a "Tin liên quan" teaser): its headline and
 * its own date, so that facts quoted from it are not dated by the article around it.
 */
export const SeedInset = z.object({
  id: Id,
  /** The story's headline, verbatim in the seed. */
  title: z.string().min(1),
  /** A verbatim line of the seed where the inset begins; a quote from the inset lies after it, the article's before. */
  startsAt: z.string().min(1),
  /** The story's date, to the day, month or year as far as it is known. */
  date: PartialDate,
  dateBasis: z.enum(['stated', 'inferred']),
  dateNote: z.string().optional(),
});
export type SeedInset = z.infer<typeof SeedInset>;

/** A seed article: its own date, and how we know it. */
export const Seed = z.object({
  file: z.string().min(1),
  title: z.string().min(1),
  outlet: z.string().optional(),
  date: IsoDate,
  /** How the date was established: stated in the article, or inferred from the events it reports. */
  dateBasis: z.enum(['stated', 'inferred']),
  dateNote: z.string().optional(),
  /** Anything else a reader of the base should know about the article (no headline, republished, page chrome). */
  note: z.string().optional(),
  /** Other stories on the page that are not the article (teasers), each with its own date. */
  insets: z.array(SeedInset).optional(),
});
export type Seed = z.infer<typeof Seed>;

/**
 * A position a person held; `from`/`to` bound it in time where known, `source` shows it held then, `also` lists
 * other articles that state it. The latest of them is the base's latest source for the role: a card on a page
 * dated after it says "theo nguồn mới nhất (…)" rather than present the role as current.
 */
export const Role = z.object({
  title: z.string().min(1), // e.g. "Thủ tướng Chính phủ"
  organization: Id.optional(), // entity id, e.g. "chinh-phu-viet-nam"
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  /** Where `from`/`to` come from when the seed itself does not state them (public record of the appointment). */
  note: z.string().optional(),
  source: Source,
  /** Other articles that state the role. */
  also: z.array(Source).optional(),
});
export type Role = z.infer<typeof Role>;

export const RELATION_TYPES = [
  'met', // person met person (symmetric)
  'co-chairs', // person co-chairs event or organization
  'chairs', // person or country chairs organization or event
  'attended', // person attended event
  'leads', // person leads organization, delegation or visit
  'member-of',
  'located-in', // project/place/event/organization is in place
  'connects', // project (road, railway, grid link) connects place
  'covers', // agreement covers project
  'signed-at', // agreement signed or exchanged at event
  'signed-by', // agreement signed by organization (a party to it)
  'reviews', // event reviews agreement
  'hosted', // place/organization hosted event
  'inaugurated-at', // project inaugurated or put into use at event
  'launched-at', // project launched (its start activated) at event
  'part-of', // event part of event series or organization, project part of project, body part of body
  'partner-of', // organization/place partnered with another (symmetric)
  'invests-in', // organization invests in project
  'related-to', // anything else worth a link (symmetric)
] as const;
export const RelationType = z.enum(RELATION_TYPES);
export type RelationType = z.infer<typeof RelationType>;

/**
 * How a relation reads on a card, in both directions: `label` from the entity that holds it, `inverse` from its
 * target. Symmetric relations read the same both ways.
 */
export const RELATION_LABELS: Record<RelationType, { label: string; inverse: string; symmetric: boolean }> = {
  met: { label: 'gặp, hội đàm với', inverse: 'gặp, hội đàm với', symmetric: true },
  'co-chairs': { label: 'đồng chủ trì', inverse: 'do … đồng chủ trì', symmetric: false },
  chairs: { label: 'chủ trì, làm Chủ tịch', inverse: 'do … chủ trì', symmetric: false },
  attended: { label: 'dự', inverse: 'có sự tham dự của', symmetric: false },
  leads: { label: 'dẫn đầu', inverse: 'do … dẫn đầu', symmetric: false },
  'member-of': { label: 'thành viên của', inverse: 'có thành viên', symmetric: false },
  'located-in': { label: 'ở', inverse: 'nơi có', symmetric: false },
  connects: { label: 'kết nối', inverse: 'được kết nối bởi', symmetric: false },
  covers: { label: 'điều chỉnh dự án', inverse: 'theo văn kiện', symmetric: false },
  'signed-at': { label: 'ký, trao đổi tại', inverse: 'nơi ký, trao đổi', symmetric: false },
  'signed-by': { label: 'do … ký kết', inverse: 'là bên ký', symmetric: false },
  reviews: { label: 'rà soát, đánh giá', inverse: 'được rà soát tại', symmetric: false },
  hosted: { label: 'đăng cai', inverse: 'do … đăng cai', symmetric: false },
  'inaugurated-at': { label: 'khánh thành, đưa vào sử dụng nhân dịp', inverse: 'dịp khánh thành', symmetric: false },
  'launched-at': { label: 'kích hoạt, khởi động nhân dịp', inverse: 'dịp kích hoạt, khởi động', symmetric: false },
  'part-of': { label: 'thuộc', inverse: 'gồm', symmetric: false },
  'partner-of': { label: 'đối tác của', inverse: 'đối tác của', symmetric: true },
  'invests-in': { label: 'đầu tư vào', inverse: 'nhà đầu tư', symmetric: false },
  'related-to': { label: 'liên quan', inverse: 'liên quan', symmetric: true },
};

export const Relation = z.object({
  type: RelationType,
  target: Id,
  note: z.string().optional(),
  source: Source.optional(),
});
export type Relation = z.infer<typeof Relation>;

/**
 * How the news writes a name, stated once; `shared/factbase/names.ts` expands it into aliases at build time.
 * - `forms`: templates. `{x}` is every spelling of a name part (`FactBase.names.parts`) or of an entity (its name
 *   and aliases); `{a~b}` a route or pair, its two ends in either order joined by a dash, a place's end also
 *   with its country in brackets ("Viêng Chăn (Lào)"); `(x|y|)` alternatives, an empty one making it optional.
 * - `person`: a Lao or Khmer name in Latin script (given, family) and its Vietnamese phonetic spellings; the build
 *   adds the Latin letter variants (`FactBase.names.letterVariants`), hyphenated and spaced phonetic forms, and
 *   each title with the full name and with the given name alone ("Thủ tướng Sonexay").
 * - `weak`: spellings that name the entity only with support on the page: its full name, or one of `support`
 *   (default: the entities it is related to). Short abbreviations (all capitals, up to 5 letters) are weak
 *   unless listed in `strong`.
 * - `blocks`: longer names that contain one of its spellings but name something else; `before`/`after` words
 *   make such names with every spelling ("tỉnh" + "Viêng Chăn"; "Hà Nội" + "FC").
 * - `country`: a national body. Its `generic` names followed by another country's name ("Bộ KH&ĐT Lào") name
 *   that country's body: the entity of that country with the same generic name, else nothing.
 */
export const NameModel = z.object({
  forms: z.array(z.string().min(1)).optional(),
  person: z
    .object({
      given: z.string().min(1),
      family: z.string().min(1),
      /** Khmer names put the family name first ("Hun Manet"); Lao names the given name ("Sonexay Siphandone"). */
      familyFirst: z.boolean().optional(),
      phonetic: z.array(z.string().min(1)).optional(),
      titles: z.array(z.string().min(1)).optional(),
    })
    .optional(),
  weak: z
    .object({ aliases: z.array(z.string().min(1)).min(1), support: z.array(Id).optional(), reason: z.string().min(1) })
    .optional(),
  strong: z.object({ aliases: z.array(z.string().min(1)).min(1), reason: z.string().min(1) }).optional(),
  blocks: z
    .array(
      z.object({
        before: z.array(z.string().min(1)).optional(),
        after: z.array(z.string().min(1)).optional(),
        phrases: z.array(z.string().min(1)).optional(),
        reason: z.string().min(1),
      }),
    )
    .optional(),
  country: z.object({ id: Id, generic: z.array(z.string().min(1)).min(1) }).optional(),
});
export type NameModel = z.infer<typeof NameModel>;

/** A name part with its spellings ("Việt Nam - Lào" / "Lào - Việt Nam" / "Việt - Lào" …), used by `{id}` in forms. */
export const NamePart = z.object({ id: Id, variants: z.array(z.string().min(1)).min(1), reason: z.string().min(1) });
export type NamePart = z.infer<typeof NamePart>;

/**
 * A Latin letter variant of Lao and Khmer names: `from` (a regex on the lower-cased word) written `to`
 * ("x" / "s", "ou" / "u" / "oo", "ph" / "p", final "ne" / "n", "gn" / "ny" / "nh").
 */
export const LetterVariant = z.object({ from: z.string().min(1), to: z.string(), reason: z.string().min(1) });
export type LetterVariant = z.infer<typeof LetterVariant>;

export const NameRules = z.object({
  parts: z.array(NamePart),
  letterVariants: z.array(LetterVariant),
  /**
   * Blocks for every entity of a kind: a place's name inside a club's ("Hải Phòng FC"), a company's, a title's.
   * Expanded like an entity's own `blocks`.
   */
  kindBlocks: z
    .array(
      z.object({
        kind: EntityKind,
        before: z.array(z.string().min(1)).optional(),
        after: z.array(z.string().min(1)).optional(),
        reason: z.string().min(1),
      }),
    )
    .optional(),
  /** Countries whose names qualify a national body ("Bộ Công Thương Lào"): entity ids of the base. */
  qualifyingCountries: z.array(Id),
  /**
   * Short names of those countries that only qualify a body ("Bộ Công an VN"): too short to be an alias of the
   * country, which the matcher would find everywhere.
   */
  qualifyingShortNames: z
    .array(z.object({ country: Id, names: z.array(z.string().min(1)).min(1), reason: z.string().min(1) }))
    .optional(),
});
export type NameRules = z.infer<typeof NameRules>;

/**
 * When an event took place: its own date (not that of an article naming it), to the day, month or year, with a
 * seed quote that states it or a `note` saying it is public record outside the seeds.
 */
export const EntityWhen = z.object({
  date: PartialDate,
  end: PartialDate.optional(),
  source: Source.optional(),
  note: z.string().optional(),
});
export type EntityWhen = z.infer<typeof EntityWhen>;

/**
 * An organisation's end — merged, dissolved, renamed — after the seeds: a dated note (`note` says it is public
 * record outside the seeds, as roles' public-record dates do). A card on a page dated on or after it says so.
 */
export const EntityEnd = z.object({
  date: IsoDate,
  /** What became of it, as a card says it: "Hợp nhất vào Bộ Tài chính". */
  text: z.string().min(1),
  note: z.string().min(1),
});
export type EntityEnd = z.infer<typeof EntityEnd>;

export const Entity = z.object({
  id: Id,
  kind: EntityKind,
  /** Canonical Vietnamese name, as a Vietnamese newspaper writes it. */
  name: z.string().min(1),
  /** Other ways real text writes it: tone-mark variants, transliterations, Latin, English, abbreviations. */
  aliases: z.array(z.string().min(1)),
  /** One line: who or what it is. */
  summary: z.string().min(1),
  /**
   * `false` for reference entities (the countries) that cards, search and links show but a page highlighter
   * should not mark by default: every article says "Việt Nam" and "Lào", so marking them adds noise.
   */
  highlight: z.boolean().optional(),
  roles: z.array(Role).optional(),
  relations: z.array(Relation).optional(),
  names: NameModel.optional(),
  /** An event's own date, as far as the base knows it. */
  when: EntityWhen.optional(),
  /** An organisation's end after the seeds (public record), when it matters to what a card says. */
  ended: EntityEnd.optional(),
});
export type Entity = z.infer<typeof Entity>;

export { FIGURE_ROLES };
export const FigureRole = z.enum(FIGURE_ROLES);
export type FigureRole = z.infer<typeof FigureRole>;

/**
 * How the news writes what a metric measures: the frame a figure on a page must fill to be this metric's
 * (DESIGN.md, "Figures that say what the page says"; read by shared/text/frames.ts).
 */
export const MetricFrame = z
  .object({
    /**
     * Phrases that name the quantity, as the news writes them: "kim ngạch thương mại", "trao đổi thương mại",
     * "xuất khẩu", "nhập khẩu" (a flow, read with its direction), "vốn đăng ký"; for a count, its unit ("dự án").
     * The one nearest the number in its sentence is the number's quantity.
     */
    quantity: z.array(z.string().min(1)),
    /**
     * Phrases that name it only beside one of their `cues` in the same sentence: "tổng mức đầu tư" is newly
     * licensed investment next to "cấp phép" (elsewhere a project's cost); "vốn FDI" is disbursed FDI next to
     * "thực hiện", and "vốn thực hiện" is next to "FDI".
     */
    cued: z
      .array(z.object({ quantity: z.array(z.string().min(1)).min(1), cues: z.array(z.string().min(1)).min(1) }))
      .optional(),
    /** The places it is measured for, as entity ids: ['viet-nam', 'lao']. */
    scope: z.array(Id).min(1),
    /** For a flow (exports, investment): where it comes from and where it goes (both in `scope`). */
    direction: z.object({ from: Id, to: Id }).optional(),
    /** A running total ("lũy kế", "tính đến nay", "hiện có"): its period is the day it runs to. */
    cumulative: z.boolean().optional(),
    /** What its figures can be. */
    roles: z.array(FigureRole).min(1),
    /** An average over a span ("tăng trưởng bình quân", "trung bình mỗi năm"). */
    average: z.boolean().optional(),
  })
  .refine((frame) => frame.quantity.length > 0 || (frame.cued?.length ?? 0) > 0, {
    message: 'a metric frame needs quantity phrases',
    path: ['quantity'],
  });
export type MetricFrame = z.infer<typeof MetricFrame>;

/** What a figure measures, e.g. bilateral trade between Vietnam and Laos. */
export const Metric = z.object({
  id: Id,
  name: z.string().min(1), // "Kim ngạch thương mại Việt Nam – Lào"
  unit: z.string().min(1), // "USD", "VND", "%", "project", …
  frame: MetricFrame,
  summary: z.string().optional(),
});
export type Metric = z.infer<typeof Metric>;

/**
 * A number tied to a metric and a period. `value` is in base units: 1,7 tỷ USD is 1_700_000_000 with unit
 * "USD"; 11,1% is 11.1 with unit "%". `valueMax` makes a range ("10 - 15%"). `qualifier` keeps the article's
 * hedge: "hơn 1,7 tỷ USD" is more-than, "khoảng 2,8 tỷ USD" about, "ước đạt" estimate, "gần 34%" less-than; a
 * qualified value stands for an interval at its written precision ("hơn 1,7 tỷ" is 1,70–1,79 tỷ).
 *
 * `periodKey` sorts a series: "2022" a year, "2024-4M" the first four months, "2024-H1" the first half,
 * "2025-Q1" a quarter, "2024-08" a month, "2021/2023" a span, "2021/2024-08" from 2021 to August 2024,
 * "2024-08-16" a running total as of that day (shared/text/periods.ts reads pages into the same keys); for a
 * target, the period it is for ("2022"), or for an open-ended one ("in the years ahead") the month it was set
 * ("2025-12").
 */
export const Figure = z.object({
  metric: Id,
  value: z.number().finite(),
  valueMax: z.number().finite().optional(),
  unit: z.string().min(1),
  /** Human period label, e.g. "2022", "6 tháng đầu năm 2024", "mục tiêu". */
  period: z.string().min(1),
  /** Sortable period key, e.g. "2022", "2024-H1", "2021/2025"; targets sort after actuals of the same key. */
  periodKey: z.string().min(1),
  isTarget: z.boolean().optional(),
  qualifier: z.enum(['more-than', 'about', 'estimate', 'less-than']).optional(),
});
export type Figure = z.infer<typeof Figure>;

export const Fact = z.object({
  id: Id,
  /** The entities this fact is about; the first is its main subject. */
  about: z.array(Id).min(1),
  /** The statement, in Vietnamese, as an editor would put it. */
  text: z.string().min(1),
  sources: z.array(Source).min(1),
  figure: Figure.optional(),
});
export type Fact = z.infer<typeof Fact>;

/**
 * An alias that two or more entities share on purpose, with the reason. Any other shared alias is an error:
 * the page would not know which card to open.
 */
export const AmbiguousAlias = z.object({
  alias: z.string().min(1),
  entities: z.array(Id).min(2),
  reason: z.string().min(1),
});
export type AmbiguousAlias = z.infer<typeof AmbiguousAlias>;

export const FactBase = z.object({
  seeds: z.array(Seed),
  entities: z.array(Entity),
  metrics: z.array(Metric),
  facts: z.array(Fact),
  ambiguousAliases: z.array(AmbiguousAlias).optional(),
  names: NameRules.optional(),
});
export type FactBase = z.infer<typeof FactBase>;
