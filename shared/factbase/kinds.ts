/**
 * The kinds of entity and of mention, kept apart from the zod schema so that code on the page's hot path (the
 * content script) can name them without pulling the schema library into every page.
 */
export const ENTITY_KINDS = ['person', 'organization', 'place', 'project', 'agreement', 'event'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Every kind a mention can have: the entity kinds plus figures (numbers tied to a metric). */
export const MENTION_KINDS = [...ENTITY_KINDS, 'figure'] as const;
export type MentionKind = (typeof MENTION_KINDS)[number];
