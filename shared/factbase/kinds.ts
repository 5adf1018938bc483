/**
 * The kinds of entity and of mention, kept apart from the zod schema so that code on the page's hot path (the
 * content script) can name them without pulling the schema library into every page.
 */
export const ENTITY_KINDS = ['person', 'organization', 'place', 'project', 'agreement', 'event'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Every kind a mention can have: the entity kinds plus figures (numbers tied to a metric). */
export const MENTION_KINDS = [...ENTITY_KINDS, 'figure'] as const;
export type MentionKind = (typeof MENTION_KINDS)[number];

/** What a figure can be: a result, a target, a growth rate, a share (`Metric.frame.roles`, a page figure's role). */
export const FIGURE_ROLES = ['result', 'target', 'growth', 'share'] as const;
export type FigureRole = (typeof FIGURE_ROLES)[number];

/** A page's hedge before a number: "hơn", "trên" (more-than), "khoảng", "ước" (about), "gần", "dưới" (less-than). */
export const QUALIFIERS = ['more-than', 'about', 'less-than'] as const;
export type QualifierName = (typeof QUALIFIERS)[number];
