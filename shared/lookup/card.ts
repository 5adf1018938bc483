/**
 * What a card shows about an entity or a figure: the view model shared by the page's tooltip card, the popup
 * and the side panel. Pure data, JSON-serialisable: the background builds it and sends it to the page.
 */
import type { EntityKind, MentionKind } from '../factbase/kinds.ts';

export interface CardSource {
  seed: string;
  /** The article's headline. */
  title: string;
  outlet?: string;
  date: string;
  quote: string;
}

export interface CardFact {
  id: string;
  text: string;
  sources: CardSource[];
}

export interface CardRole {
  title: string;
  from?: string;
  to?: string;
  source: CardSource;
}

export interface CardLink {
  id: string;
  name: string;
  kind: EntityKind;
  /** How it relates, in Vietnamese ("đã hội kiến", "đồng chủ trì", …). */
  relation?: string;
}

export interface CardSeriesPoint {
  factId: string;
  period: string;
  periodKey: string;
  value: number;
  valueMax?: number;
  unit: string;
  isTarget: boolean;
  source: CardSource;
}

export interface FigureCard {
  metric: { id: string; name: string; unit: string };
  /** The number as found on the page. */
  page: { text: string; value: number; valueMax?: number; unit: string };
  /** The facts the page's number matched (same metric, value within rounding). */
  matched: CardFact[];
  /** The metric's whole series, in period order, targets last. */
  series: CardSeriesPoint[];
  /** Set when the page's number disagrees with the fact base for the same metric and period. */
  disagreement?: { expected: CardSeriesPoint };
}

export interface EntityCard {
  id: string;
  kind: EntityKind;
  name: string;
  summary: string;
  aliases: string[];
  /** The role that held at the article's date, when known. */
  roleAtDate?: CardRole;
  roles: CardRole[];
  facts: CardFact[];
  related: CardLink[];
}

export type Card =
  | { type: 'entity'; kind: EntityKind; entity: EntityCard }
  | { type: 'figure'; kind: Extract<MentionKind, 'figure'>; figure: FigureCard };
