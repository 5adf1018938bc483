/**
 * The match table: the compact, JSON-serialisable part of the fact base that highlighting needs — every
 * entity's names, every metric's frame (what the news calls it, its scope and roles), every figure's value —
 * built once (in the background) and sent to content scripts, which compile it with `createAnnotator`
 * (shared/text/annotate.ts).
 *
 * What is left out on purpose:
 * - entities the fact base marks `highlight: false` (the countries: every article about Vietnam–Laos relations
 *   names Việt Nam and Lào in nearly every sentence, and a highlight on each would bury the ones that matter).
 *   They are still found inside longer names ("Ủy ban liên Chính phủ Việt Nam - Lào"), which are entities of their
 *   own. `exclude` leaves out more ids;
 * - aliases the fact base declares ambiguous (`ambiguousAliases`: one spelling, several entities): a highlight
 *   that opens the wrong card costs more trust than no highlight;
 * - kinds the reader switched off (`kinds`); without `figure`, no metrics or figures are sent.
 */

import { expandNames } from '../factbase/names.ts';
import type { EntityKind, FactBase, Figure, MentionKind, MetricFrame } from '../factbase/schema.ts';
import { canonicalUnit } from './figure-words.ts';
import { nameKey } from './name-key.ts';

export interface MatchEntity {
  id: string;
  kind: EntityKind;
  name: string;
  /** The name first, then every alias and generated spelling (duplicates removed). */
  aliases: string[];
  /** Spellings that name it only with support on the page (shared/factbase/names.ts). */
  weak?: string[];
  /** Entities whose mention on the page supports a weak spelling (the entity itself first). */
  support?: string[];
  /**
   * A Lao or Khmer person's Latin given names and family names (letter variants included): a family name with
   * one wrong letter still names them when a given name agrees ("Sonexay Siphandome").
   */
  latin?: { given: string[]; family: string[] };
}

export interface MatchMetric {
  id: string;
  name: string;
  /** Canonical unit: `USD`, `VND`, `%`, or the base's own (e.g. `project`). */
  unit: string;
  /** How pages write it (shared/text/frames.ts reads a figure's sentence against it). */
  frame: MetricFrame;
}

export interface MatchFigure {
  /** The fact that states this figure. */
  fact: string;
  metric: string;
  value: number;
  valueMax?: number;
  unit: string;
  period: string;
  periodKey: string;
  /** A target, not a result: compared with a page's targets only. */
  isTarget?: boolean;
  /** The article's hedge ("hơn 1,7 tỷ"): the value stands for an interval at its written precision. */
  qualifier?: Figure['qualifier'];
}

export interface MatchTable {
  version: string;
  entities: MatchEntity[];
  /** Longer names that contain an alias but name something else: matched, and never a mention. */
  blocks?: string[];
  /** Words right before or after a name of a kind that make it something else ("CLB …", "… FC"). */
  kindBlocks?: Array<{ kind: string; before: string[]; after: string[] }>;
  /**
   * Bare names of bodies Vietnam and Laos both have ("Bộ Kế hoạch và Đầu tư"), by the Vietnamese body's id: no card
   * in a sentence that names Laos and not Vietnam (shared/factbase/names.ts, `NameExpansion.shared`).
   */
  sharedBodies?: Array<{ entity: string; spellings: string[] }>;
  metrics: MatchMetric[];
  figures: MatchFigure[];
}

export interface MatchTableOptions {
  /** Kinds to highlight (default: all). */
  kinds?: readonly MentionKind[];
  /** Entity ids never highlighted, beyond those the data marks `highlight: false`. */
  exclude?: readonly string[];
}

export function buildMatchTable(base: FactBase & { version: string }, options: MatchTableOptions = {}): MatchTable {
  const kinds = options.kinds ? new Set<string>(options.kinds) : undefined;
  const exclude = new Set(options.exclude ?? []);
  const ambiguous = new Set((base.ambiguousAliases ?? []).map((entry) => nameKey(entry.alias)));
  const expansion = expandNames(base);
  const entities: MatchEntity[] = [];
  const usable = (spellings: readonly string[]) =>
    [...new Set(spellings.map((alias) => alias.trim()))].filter((alias) => alias && !ambiguous.has(nameKey(alias)));
  for (const entity of base.entities) {
    if (kinds && !kinds.has(entity.kind)) continue;
    if (exclude.has(entity.id) || entity.highlight === false) continue;
    const names = expansion.names.get(entity.id);
    const aliases = usable(names?.strong ?? [entity.name, ...entity.aliases]);
    const weak = usable(names?.weak ?? []);
    const latin = names?.latin;
    entities.push({
      id: entity.id,
      kind: entity.kind,
      name: entity.name,
      aliases,
      ...(weak.length > 0 ? { weak, support: names?.support ?? [entity.id] } : {}),
      ...(latin ? { latin } : {}),
    });
  }
  const blocks = [...new Set(expansion.blocks.map((block) => block.phrase))];
  const withFigures = !kinds || kinds.has('figure');
  const metrics: MatchMetric[] = withFigures
    ? base.metrics.map((metric) => ({
        id: metric.id,
        name: metric.name,
        unit: canonicalUnit(metric.unit),
        frame: metric.frame,
      }))
    : [];
  const figures: MatchFigure[] = [];
  if (withFigures) {
    for (const fact of base.facts) {
      const figure = fact.figure;
      if (!figure) continue;
      figures.push({
        fact: fact.id,
        metric: figure.metric,
        value: figure.value,
        ...(figure.valueMax !== undefined ? { valueMax: figure.valueMax } : {}),
        unit: canonicalUnit(figure.unit),
        period: figure.period,
        periodKey: figure.periodKey,
        ...(figure.isTarget ? { isTarget: true } : {}),
        ...(figure.qualifier ? { qualifier: figure.qualifier } : {}),
      });
    }
  }
  const sharedBodies: Array<{ entity: string; spellings: string[] }> = [];
  for (const entity of entities) {
    const own = new Set(entity.aliases);
    const spellings = (expansion.shared.get(entity.id) ?? []).filter((spelling) => own.has(spelling));
    if (spellings.length > 0) sharedBodies.push({ entity: entity.id, spellings });
  }
  const kindBlocks = (base.names?.kindBlocks ?? []).map((block) => ({
    kind: block.kind,
    before: block.before ?? [],
    after: block.after ?? [],
  }));
  return {
    version: base.version,
    entities,
    ...(blocks.length > 0 ? { blocks } : {}),
    ...(kindBlocks.length > 0 ? { kindBlocks } : {}),
    ...(sharedBodies.length > 0 ? { sharedBodies } : {}),
    metrics,
    figures,
  };
}
