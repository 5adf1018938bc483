/**
 * The runtime shapes of every request, in zod: what the background and the extension pages validate each
 * message against on receipt. The content script, which runs on every page, does not load this module: it
 * accepts only the few requests meant for it and checks them by hand (tab-requests.ts).
 */
import { z } from 'zod/mini';
import { FIGURE_ROLES, MENTION_KINDS, QUALIFIERS } from '../../shared/factbase/kinds.ts';
import { ISO_DAY } from '../../shared/iso-date.ts';
import { HIGHLIGHT_MODES, LANGUAGES, SCOPES, THEMES } from '../settings/settings.ts';

/** A piece of a page's text (content/page-annotator.ts cuts runs at 8,000 characters, plus context) and a batch. */
const MAX_PIECE_CHARS = 16_000;
const MAX_BATCH_CHARS = 256_000;

const IsoDay = z.string().check(z.regex(ISO_DAY));
const EntityId = z.string().check(z.minLength(1), z.maxLength(200));
const Hostname = z.string().check(z.minLength(1), z.maxLength(255), z.regex(/^[\w.:[\]-]+$/));

const FactIds = z.array(z.string().check(z.maxLength(200))).check(z.maxLength(50));
/** A figure's frame and verdict, as the annotator gives it (shared/text/annotate.ts, `Mention.figure`). */
const FigureShape = {
  value: z.number(),
  valueMax: z.optional(z.number()),
  unit: z.string().check(z.maxLength(20)),
  metric: z.optional(z.nullable(z.string().check(z.maxLength(200)))),
  period: z.optional(z.nullable(z.string().check(z.maxLength(40)))),
  role: z.optional(z.enum(FIGURE_ROLES)),
  qualifier: z.optional(z.enum(QUALIFIERS)),
  facts: FactIds,
  conflicts: z.optional(FactIds),
};
const MentionShape = {
  entity: z.object({ id: EntityId, name: z.string().check(z.maxLength(500)) }),
  kind: z.enum(MENTION_KINDS),
  text: z.string().check(z.maxLength(500)),
  figure: z.optional(z.object(FigureShape)),
};
/** Mentions as `page-mentions` lists them, with the names written inside them; a subframe reports its own so. */
const PageMentionList = z
  .array(z.object({ ...MentionShape, nested: z.optional(z.array(z.object(MentionShape)).check(z.maxLength(50))) }))
  .check(z.maxLength(100_000));

/** Most figures one page's report may hold (a page with more records its first). */
export const MAX_PAGE_FIGURES = 500;

/** A figure as read on a page (the content script's report, and part of each entry of a file). */
export const ReadFigureShape = {
  text: z.string().check(z.minLength(1), z.maxLength(200)),
  sentence: z.string().check(z.maxLength(2000)),
  value: z.number().check(z.refine(Number.isFinite)),
  valueMax: z.optional(z.number().check(z.refine(Number.isFinite))),
  unit: z.string().check(z.minLength(1), z.maxLength(20)),
  metric: z.string().check(z.minLength(1), z.maxLength(200)),
  period: z.string().check(z.maxLength(40)),
  role: z.enum(FIGURE_ROLES),
  qualifier: z.optional(z.enum(QUALIFIERS)),
};

export const Request = z.discriminatedUnion('type', [
  /** To a tab's content script: what the page mentions, in document order. */
  z.object({ type: z.literal('page-mentions') }),
  /**
   * To a tab's content script: scroll to the n-th mention (document order, as in `page-mentions`) and flash it.
   * `inFrame` marks the copy the background routes to one subframe, with the index into that frame's own list.
   */
  z.object({
    type: z.literal('reveal-mention'),
    index: z.number().check(z.int(), z.nonnegative()),
    inFrame: z.optional(z.boolean()),
  }),
  /** To the background, from a subframe's content script: what that frame mentions (forwarded to the top frame). */
  z.object({ type: z.literal('frame-mentions'), url: z.string().check(z.maxLength(4096)), mentions: PageMentionList }),
  /** To a tab's top frame, from the background: what one of its subframes mentions. */
  z.object({
    type: z.literal('child-frame-mentions'),
    frameId: z.number().check(z.int(), z.positive()),
    url: z.string().check(z.maxLength(4096)),
    mentions: PageMentionList,
  }),
  /** To the background, from the top frame: reveal a mention that lives in a subframe. */
  z.object({
    type: z.literal('reveal-in-frame'),
    frameId: z.number().check(z.int(), z.positive()),
    index: z.number().check(z.int(), z.nonnegative()),
  }),
  /** To a tab's content script, from the side panel: the article's date is this (the reader's correction); null
   * goes back to the date the page states. */
  z.object({
    type: z.literal('set-page-date'),
    date: z.nullable(IsoDay),
  }),
  /**
   * To a tab's top frame, from the background (the reader's shortcut): open the next or previous mention's card.
   * `shortcut` is the keys as the browser has them bound ("Alt+Shift+J"): a page that handled them itself wins.
   */
  z.object({
    type: z.literal('step-mention'),
    direction: z.union([z.literal(1), z.literal(-1)]),
    shortcut: z.optional(z.string().check(z.maxLength(64))),
  }),
  /** To the background: a liveness probe used by the UI pages and the tests. */
  z.object({ type: z.literal('ping') }),
  /** To the background: how this site is to be annotated. */
  z.object({ type: z.literal('page-config'), hostname: z.string().check(z.maxLength(255)) }),
  /**
   * To the background, from the first content script (content/gate.ts) of a Vietnamese page: inject the
   * annotator into this frame, unless the site is switched off.
   */
  z.object({ type: z.literal('load-annotator'), hostname: z.string().check(z.maxLength(255)) }),
  /** To the background, from the annotator, when the first card opens in its frame: inject the cards' view. */
  z.object({ type: z.literal('load-cards') }),
  /**
   * To the background, from the annotator content script: the mentions in these pieces of the page's text
   * (shared/text/batch.ts). The matcher runs there, off the page's main thread. `context` (the page's date and
   * subject, once) and each piece's `before` are sent only with pieces the background asked them for (their
   * figures read the article's date, subject or the text before).
   */
  z.object({
    type: z.literal('annotate'),
    options: z.object({ accentless: z.boolean(), figures: z.enum(['metric', 'all']) }),
    context: z.optional(
      z.object({
        date: z.optional(IsoDay),
        subjectText: z.optional(z.string().check(z.maxLength(10_000))),
      }),
    ),
    pieces: z
      .array(
        z.object({
          text: z.string().check(z.maxLength(MAX_PIECE_CHARS)),
          before: z.optional(z.string().check(z.maxLength(5_000))),
        }),
      )
      .check(
        z.maxLength(10_000),
        z.refine((pieces) => pieces.reduce((sum, piece) => sum + piece.text.length, 0) <= MAX_BATCH_CHARS, {
          message: 'the batch holds too much text',
        }),
      ),
  }),
  /** To the background: the card for a mention. */
  z.object({
    type: z.literal('card'),
    entityId: z.string().check(z.maxLength(200)),
    kind: z.enum(MENTION_KINDS),
    /** The article's date, to pick the role that held then. */
    date: z.optional(IsoDay),
    figure: z.optional(z.object({ text: z.string().check(z.maxLength(200)), ...FigureShape })),
  }),
  /** To the background, from a card: open the side panel on this entity. */
  z.object({ type: z.literal('open-side-panel'), entityId: z.optional(z.string().check(z.maxLength(200))) }),
  /** To the background: the fact base's version and the database's state. */
  z.object({ type: z.literal('status') }),
  /** To the background: every entity, for a search index, when the database cannot serve them yet. */
  z.object({ type: z.literal('search-entities') }),
  /** To the background: an entity's full record for the side panel. */
  z.object({
    type: z.literal('lookup'),
    id: EntityId,
    date: z.optional(IsoDay),
  }),
  /** To the background: write (or, with blank text, delete) the reader's note on an entity. */
  z.object({ type: z.literal('set-note'), entityId: EntityId, text: z.string().check(z.maxLength(20_000)) }),
  /** To the background: pin or unpin an entity. */
  z.object({ type: z.literal('set-pin'), entityId: EntityId, pinned: z.boolean() }),
  /** To the background: the pinned entities and those with a note. */
  z.object({ type: z.literal('list-saved') }),
  /** To the background, from the side panel: the entity a card or the popup asked it to show, if any. */
  z.object({ type: z.literal('side-panel-target') }),
  /** From the background to the side panel: show this entity now. */
  z.object({ type: z.literal('side-panel-show'), entityId: EntityId }),
  /** To the background: every note and pin, as a file to save. */
  z.object({ type: z.literal('export-notes') }),
  /** To the background: a notes file to merge in (validated; an invalid file changes nothing). */
  z.object({ type: z.literal('import-notes'), data: z.unknown() }),
  /** To the background: a fact pack to add (validated; an invalid pack changes nothing). */
  z.object({
    type: z.literal('import-fact-pack'),
    data: z.unknown(),
    fileName: z.optional(z.string().check(z.maxLength(255))),
  }),
  /** To the background: remove an imported fact pack. */
  z.object({ type: z.literal('remove-fact-pack'), id: EntityId }),
  /**
   * To the background, from a tab's top frame after a pass: the page's figures with a metric, for the reading
   * notebook. The page's address is the sender's, never the message's.
   */
  z.object({
    type: z.literal('notebook-record'),
    title: z.string().check(z.maxLength(500)),
    date: z.optional(IsoDay),
    figures: z.array(z.object(ReadFigureShape)).check(z.maxLength(MAX_PAGE_FIGURES)),
  }),
  /** To the background: notebook entries a search and filters keep, newest first, and the metrics it holds. */
  z.object({
    type: z.literal('notebook-list'),
    query: z.optional(z.string().check(z.maxLength(200))),
    metric: z.optional(EntityId),
    period: z.optional(z.string().check(z.maxLength(40))),
    limit: z.optional(z.number().check(z.int(), z.positive(), z.maximum(5000))),
  }),
  /** To the background: a metric's page (the base's series and the notebook's readings). */
  z.object({ type: z.literal('notebook-metric'), metric: EntityId }),
  /** To the background: remove notebook entries. */
  z.object({
    type: z.literal('notebook-remove'),
    ids: z.array(z.string().check(z.maxLength(5000))).check(z.maxLength(5000)),
  }),
  /** To the background: remove every notebook entry. */
  z.object({ type: z.literal('notebook-clear') }),
  /** To the background: a part of the notebook as a file to save, after the part that named `after` as next. */
  z.object({
    type: z.literal('notebook-export'),
    format: z.enum(['json', 'csv']),
    after: z.optional(z.string().check(z.maxLength(64))),
  }),
  /** To the background: a notebook file to merge in (validated; an invalid file changes nothing). */
  z.object({ type: z.literal('notebook-import'), data: z.unknown() }),
]);
export type Request = z.infer<typeof Request>;

export const PageConfig = z.object({
  enabled: z.boolean(),
  kinds: z.array(z.enum(MENTION_KINDS)),
  mode: z.enum(HIGHLIGHT_MODES),
  scope: z.enum(SCOPES),
  accentless: z.boolean(),
  /** Draw every number with a unit, not only those with a metric. */
  allFigures: z.boolean(),
  /** Underline each kind besides its colour (settings.ts). */
  underline: z.boolean(),
  /** The card on the page follows the interface's language and theme. */
  language: z.enum(LANGUAGES),
  theme: z.enum(THEMES),
  /** Record the page's figures in the reading notebook (absent: do not). */
  notebook: z.optional(z.boolean()),
  /** The interface's strings in that language (the content script bundles no catalogue). */
  messages: z.record(z.string(), z.object({ message: z.string() })),
});
export type PageConfig = z.infer<typeof PageConfig>;

/** Parses an incoming message; anything that is not one of ours yields undefined and is ignored. */
export function parseRequest(message: unknown): Request | undefined {
  const parsed = Request.safeParse(message);
  return parsed.success ? parsed.data : undefined;
}
