/**
 * What a card shows about an entity or a figure: the view model shared by the page's tooltip card, the popup
 * and the side panel. Pure data, JSON-serialisable: the background builds it and sends it to the page.
 */

import type { EntityKind, FigureRole, MentionKind, QualifierName } from '../factbase/kinds.ts';
import type { Reading } from '../notebook/readings.ts';

export interface CardSource {
  seed: string;
  /** The article's headline (for an inset, the inset story's headline). */
  title: string;
  outlet?: string;
  /** The story's date: `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` for an inset known only that far. */
  date: string;
  quote: string;
  /** Set when the quote is from another story's teaser on the seed's page: the article that page carries. */
  within?: { title: string; date: string };
}

export interface CardFact {
  id: string;
  text: string;
  sources: CardSource[];
}

/**
 * How a role stands at the page's date:
 * - `held`: the page's date lies within what the base knows of it (its public-record span, or up to its latest
 *   source);
 * - `latest-source`: it has no known end and the page is dated after the base's latest source for it, or has no
 *   date: the card says "theo nguồn mới nhất (asOf)", never that it is current;
 * - `later-source`: the page is older than the first source for a role with no known start: shown as stated by
 *   a later article ("theo nguồn sau ngày bài (asOf)"), not as holding then;
 * - `ended`: no date and no open role: the last role the base knows, with its end.
 */
export type RoleStanding = 'held' | 'latest-source' | 'later-source' | 'ended';

export interface CardRole {
  title: string;
  from?: string;
  to?: string;
  /** The source that states it, nearest to the page's date. */
  source: CardSource;
  /** Where `from`/`to` come from when the articles do not state them. */
  note?: string;
  /** In `rolesAtDate`: how it stands at the page's date. */
  standing?: RoleStanding;
  /** The date the base last knows it held: its `to`, else its latest source (with `from`, never before it). */
  asOf?: string;
  /** Its organisation's end (public record), when the page is dated on or after it or has no date. */
  organizationEnded?: { id: string; name: string; date: string; text: string; note: string };
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
  /** The article's hedge on the value: "hơn 1,7 tỷ USD" is more-than. */
  qualifier?: 'more-than' | 'about' | 'estimate' | 'less-than';
  source: CardSource;
}

/**
 * What a figure's card says (DESIGN.md, "Figures that say what the page says"): it states a fact of the base;
 * it disagrees with one (same metric, scope and period, another value); it is a new point of a series the base
 * holds, not in the base itself; it has a metric but no period the page names; or no metric of the base fits it.
 */
export type FigureVerdict = 'states' | 'disagrees' | 'new-point' | 'no-period' | 'no-metric';

export interface FigureCard {
  /** The metric its frame names; for a number no metric fits, the generic figure (`known` false). */
  metric: { id: string; name: string; unit: string; known: boolean };
  /** The number as found on the page, and its frame as read there. */
  page: {
    text: string;
    value: number;
    valueMax?: number;
    unit: string;
    /** Its period as a fact's `periodKey` and in words ("năm 2024"); none when the page names none. */
    periodKey?: string;
    period?: string;
    role?: FigureRole;
    qualifier?: QualifierName;
  };
  verdict: FigureVerdict;
  /** The facts the page's number states (same metric, scope, period; value within precision and qualifier). */
  matched: CardFact[];
  /** The metric's whole series, in period order, targets last. */
  series: CardSeriesPoint[];
  /** Set when the page's number disagrees with the fact base for the same metric and period. */
  disagreement?: { expected: CardSeriesPoint };
  /**
   * What other articles the reader read said for the same metric, period and role (the reading notebook, "Bạn đã
   * đọc"), each marked where it disagrees with another of them or with this page; `disagree` if any does. The
   * newest articles' readings are listed, `more` counts the others.
   */
  read?: { readings: Reading[]; disagree: boolean; more?: number };
}

export interface EntityCard {
  id: string;
  kind: EntityKind;
  name: string;
  summary: string;
  aliases: string[];
  /**
   * The roles to show for the article's date, each with its standing: every role that held then (a person may
   * hold two), else every open role as of its latest source, else (a page older than the sources) the roles the
   * first sources state. Empty when the base knows nothing for that date (a page before a dated appointment).
   */
  rolesAtDate: CardRole[];
  roles: CardRole[];
  /**
   * For an organisation or a project on a page dated after the base's latest source about it (or with no date):
   * that source's date; the card says its summary is "theo nguồn mới nhất (…)".
   */
  latestSource?: string;
  /** An organisation's end (public record), when the page is dated on or after it or has no date. */
  ended?: { date: string; text: string; note: string };
  facts: CardFact[];
  related: CardLink[];
}

export type Card =
  | { type: 'entity'; kind: EntityKind; entity: EntityCard }
  | { type: 'figure'; kind: Extract<MentionKind, 'figure'>; figure: FigureCard };
