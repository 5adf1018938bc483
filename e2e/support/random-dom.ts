/**
 * Random pages for "never break a page" tests: trees of block and inline elements holding Vietnamese text from
 * the seeds, with the fact base's real names inserted and split across inline elements at random points, and
 * hostile content around them — names in attributes, in scripts, styles, form fields, code and editable
 * regions, 100 KB text nodes, 1,000+ levels of nesting, open shadow roots and srcdoc frames.
 *
 * A page is a model (plain data) that renders to an HTML string, so the same generator feeds the unit tests
 * (happy-dom) and the end-to-end tests (the server renders `/random/<seed>.html` from it). What a reader reads
 * is computed from the model itself (`readableRuns`), by this file's own rules, never by the extension's code:
 * - text inside block elements is read; inline elements do not separate words, blocks, `<br>`, `<img>` and
 *   skipped elements do;
 * - scripts, styles, form fields, code, buttons, frames, editable regions and attributes are never read;
 * - a shadow root's content is not read (the page's highlight styles do not reach into it); the light children
 *   of its host are, through a `<slot>`.
 * Deep chains hold one text node at their bottom: Chromium's parser flattens elements past depth 512, which
 * keeps the text in order only when no element follows it inside the chain.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { bundledFactBase } from '../../shared/factbase/bundle.ts';
import { createAnnotator, resolveEvidence } from '../../shared/text/annotate.ts';
import { buildMatchTable } from '../../shared/text/match-table.ts';
import { NAMED_AFTER_WORDS } from '../../shared/text/vietnamese.ts';
import { blockContexts } from './expected.ts';

export interface TextModel {
  type: 'text';
  text: string;
  /** Pieces of inserted names in this node: `[from, to)` of its text belongs to occurrence `id`. */
  marks?: Array<{ id: number; from: number; to: number }>;
}

export interface ElementModel {
  type: 'element';
  tag: string;
  attrs: Array<[string, string]>;
  children: NodeModel[];
  /** An open shadow root (declarative: `<template shadowrootmode="open">`). */
  shadow?: NodeModel[];
  /** A frame's document (`srcdoc`). */
  frame?: NodeModel[];
}

export type NodeModel = TextModel | ElementModel;

export interface PageModel {
  body: NodeModel[];
}

/** A run a reader reads as one stretch of text, and where the names inserted into it are. */
export interface ModelRun {
  text: string;
  names: Array<{ start: number; end: number }>;
}

const BLOCKS = new Set(['div', 'p', 'section', 'article', 'h2', 'blockquote', 'ul', 'li', 'header', 'footer']);
const INLINES = new Set(['span', 'b', 'i', 'em', 'strong', 'a', 'mark', 'small', 'sub', 'sup', 'x-name']);
/** Inline elements a sentence is cut into: no <a> (links cannot nest), which wraps whole sentences instead. */
const SPLITTERS = [...INLINES].filter((tag) => tag !== 'a');
/** Never read, whatever they hold. */
export const UNREAD_TAGS = new Set([
  'script',
  'style',
  'textarea',
  'code',
  'pre',
  'kbd',
  'button',
  'select',
  'option',
  'input',
  'noscript',
  'template',
  'iframe',
]);
const VOID = new Set(['br', 'img', 'input', 'hr']);
/** Raw text elements: their content is written as is, not escaped. */
const RAW = new Set(['script', 'style']);

export const isEditable = (value: string | null | undefined) =>
  value !== null && value !== undefined && value !== 'false';

// ---------------------------------------------------------------------------------------------------------------
// The material: seed sentences and the names the extension highlights.

const SEED_FILES = [
  '000_a152b25d463c024e.txt',
  '001_5c7b4323a7a94c0f.txt',
  '002_f3f953fad2599bae.txt',
  '003_32a07b9cad733776.txt',
  '004_8af0e2a929b6679e.txt',
];

const WORDS: string[] = SEED_FILES.flatMap((file) =>
  // A path, not a URL: under happy-dom the global URL is the page's, which Node's fs does not take.
  readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../seeds', file), 'utf8')
    .replace(/\r/g, '')
    .split(/\s+/)
    // Colons go: a word ending in one may open a credit ("Ảnh:") that would take the next sentence's name.
    .filter((word) => word.length > 0 && !/\p{Cc}/u.test(word) && !word.includes(':')),
);

const engine = createAnnotator(buildMatchTable(bundledFactBase), { accentless: true });

const table = buildMatchTable(bundledFactBase);
/** Bare names of bodies both countries have: their card depends on the countries their sentence names. */
const SHARED = new Set((table.sharedBodies ?? []).flatMap((body) => body.spellings));

/**
 * Names of entities the extension highlights (`highlight !== false`, not ambiguous), each one the engine finds
 * when it stands alone, whatever the words around it — so an inserted name is a mention unless a longer name
 * swallows it.
 */
export const NAMES: string[] = table.entities
  .flatMap((entity) => entity.aliases)
  .filter((alias) => {
    if (SHARED.has(alias)) return false;
    const found = engine.annotate(alias);
    return found.length === 1 && found[0]?.start === 0 && found[0]?.end === alias.length;
  });

const NAMED_AFTER = new Set(NAMED_AFTER_WORDS.map((word) => word.toLowerCase()));

/** Whether the engine still finds `name` right after `word` (its blocking phrases may make it something else). */
function namesAfter(word: string, name: string): boolean {
  const start = word.length + 1;
  return engine
    .annotate(`${word} ${name}`)
    .some((mention) => mention.start === start && mention.end === start + name.length);
}

/**
 * What goes between `text` and a name put after it: a space, or a comma or full stop after a word that would
 * make it another name — "đường Tô Lâm" is a street, "Ảnh: Tô Lâm" a credit — which the engine rightly skips.
 */
function beforeName(text: string, name: string): string {
  if (text === '' || /\s$/.test(text)) {
    const last = text.trimEnd().split(/\s+/).pop() ?? '';
    const word = last.replace(/\.$/, '');
    // A head word the fact base blocks the name after ("tỉnh Viêng Chăn" is the province, not the capital).
    if (word && !namesAfter(word, name)) return ', ';
    // Words that make the name another one: a street or a city named after a person, a capitalised word the
    // name would be the tail of ("Sông Lam Nghệ An", "Nguyễn Thành Duy"), a credit ("Ảnh:", "Theo").
    // A colon in the sentence so far may open a credit ("Ảnh: TTXVN, …"): end the sentence first. So does a dash:
    // a name after "Móng Cái -" is a route's end or a byline.
    if (/:[^.!?]*$/.test(text) || /\/$/.test(word) || /^theo$/i.test(word) || /^[-–—]$/.test(word)) return '. ';
    return NAMED_AFTER.has(word.toLowerCase()) || /^\p{Lu}/u.test(word) ? ', ' : '';
  }
  return ' ';
}

// ---------------------------------------------------------------------------------------------------------------
// Rendering.

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

function renderNodes(nodes: readonly NodeModel[], raw = false): string {
  let html = '';
  for (const node of nodes) html += renderNode(node, raw);
  return html;
}

function renderNode(node: NodeModel, raw: boolean): string {
  if (node.type === 'text') return raw ? node.text : escapeText(node.text);
  let attrs = node.attrs.map(([name, value]) => ` ${name}="${escapeAttr(value)}"`).join('');
  if (node.frame) attrs += ` srcdoc="${escapeAttr(renderDocument({ body: node.frame }))}"`;
  if (VOID.has(node.tag)) return `<${node.tag}${attrs}>`;
  const shadow = node.shadow
    ? `<template shadowrootmode="open">${renderNodes(node.shadow)}<slot></slot></template>`
    : '';
  return `<${node.tag}${attrs}>${shadow}${renderNodes(node.children, RAW.has(node.tag))}</${node.tag}>`;
}

/** The body's inner HTML: exactly the DOM the model describes (no whitespace between tags). */
export function renderBody(page: PageModel): string {
  return renderNodes(page.body);
}

export function renderDocument(page: PageModel, title = 'Trang ngẫu nhiên'): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${escapeText(title)}</title></head><body>${renderBody(page)}</body></html>`;
}

// ---------------------------------------------------------------------------------------------------------------
// What a reader reads, from the model.

/** The readable runs of `nodes` (a body's or a frame's children), in document order; blank runs are dropped. */
export function readableRuns(nodes: readonly NodeModel[]): ModelRun[] {
  const runs: ModelRun[] = [];
  let text = '';
  let pieces = new Map<number, { start: number; end: number }>();
  const flush = () => {
    if (/\S/.test(text)) runs.push({ text, names: [...pieces.values()] });
    text = '';
    pieces = new Map();
  };
  const visit = (node: NodeModel) => {
    if (node.type === 'text') {
      for (const mark of node.marks ?? []) {
        const piece = pieces.get(mark.id);
        if (piece) piece.end = text.length + mark.to;
        else pieces.set(mark.id, { start: text.length + mark.from, end: text.length + mark.to });
      }
      text += node.text;
      return;
    }
    const editable = isEditable(node.attrs.find(([name]) => name === 'contenteditable')?.[1]);
    if (UNREAD_TAGS.has(node.tag) || editable || VOID.has(node.tag)) {
      flush();
      return;
    }
    const block = BLOCKS.has(node.tag);
    if (block) flush();
    for (const child of node.children) visit(child);
    if (block) flush();
  };
  for (const node of nodes) visit(node);
  flush();
  return runs;
}

/** The mentions the engine finds in a page's readable text, run by run, as the extension must find them. */
export function expectedMentions(nodes: readonly NodeModel[]) {
  // Weak spellings count only where the page supports them, page-wide, as the content script does.
  const runs = readableRuns(nodes).map((run) => run.text);
  const contexts = blockContexts(runs, (text) => engine.subjectOf(text));
  return resolveEvidence(runs.flatMap((text, k) => engine.annotate(text, contexts[k])));
}

/** The models of every frame of the page, in document order. */
export function frames(nodes: readonly NodeModel[]): NodeModel[][] {
  const found: NodeModel[][] = [];
  const visit = (node: NodeModel) => {
    if (node.type !== 'element') return;
    if (node.frame) found.push(node.frame);
    node.children.forEach(visit);
  };
  nodes.forEach(visit);
  return found;
}

// ---------------------------------------------------------------------------------------------------------------
// The generator.

let occurrences = 0;

const text = (value: string): TextModel => ({ type: 'text', text: value });
const element = (tag: string, children: NodeModel[], attrs: Array<[string, string]> = []): ElementModel => ({
  type: 'element',
  tag,
  attrs,
  children,
});

const wordsArb = (min: number, max: number) =>
  fc
    .tuple(fc.nat({ max: WORDS.length - 1 }), fc.integer({ min, max }))
    .map(([at, count]) => WORDS.slice(at, at + count).join(' '));

/** A name as pages write it: as is, decomposed (NFD), or with non-breaking spaces. */
const nameArb = fc
  .tuple(fc.constantFrom(...NAMES), fc.constantFrom<'as-is' | 'nfd' | 'nbsp'>('as-is', 'as-is', 'nfd', 'nbsp'))
  .map(([name, variant]) =>
    variant === 'nfd' ? name.normalize('NFD') : variant === 'nbsp' ? name.replace(/ /g, '\u00a0') : name,
  );

/** A sentence with names: its text and where each name is. */
const sentenceArb = fc
  .array(fc.tuple(wordsArb(0, 12), fc.option(nameArb, { freq: 2 })), { minLength: 1, maxLength: 4 })
  .map((parts) => {
    let value = '';
    const names: Array<{ start: number; end: number }> = [];
    for (const [words, name] of parts) {
      value += words ? `${words} ` : '';
      if (name) {
        value += beforeName(value, name);
        names.push({ start: value.length, end: value.length + name.length });
        // A comma after: a dash or a place right after a name would make it a dateline or a route's end.
        value += `${name}, `;
      }
    }
    // A full stop at the end: sentences follow one another in a paragraph, and a name ending one right before a
    // name opening the next ("… Tô Lâm Tô Lâm …") would read as one longer name.
    return { text: `${value.replace(/,\s*$/, '')}.`, names };
  });

/**
 * A sentence cut into inline elements at random points — inside names too ("<b>Phạm</b> Minh <i>Chính</i>"),
 * nested one inside the next.
 */
const splitSentenceArb = fc
  .tuple(
    sentenceArb,
    fc.uniqueArray(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }),
    fc.array(fc.constantFrom(...SPLITTERS), { minLength: 6, maxLength: 6 }),
    fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
  )
  .map(([sentence, cutsAt, tags, nests]) => {
    const ids = sentence.names.map(() => occurrences++);
    const cuts = [...new Set(cutsAt.map((at) => Math.floor(at * sentence.text.length)))]
      .filter((at) => at > 0 && at < sentence.text.length)
      .sort((a, b) => a - b);
    const bounds = [0, ...cuts, sentence.text.length];
    const leaves: TextModel[] = [];
    for (let index = 0; index + 1 < bounds.length; index++) {
      const from = bounds[index] as number;
      const to = bounds[index + 1] as number;
      const marks = sentence.names.flatMap((name, n) =>
        name.start < to && name.end > from
          ? [{ id: ids[n] as number, from: Math.max(name.start, from) - from, to: Math.min(name.end, to) - from }]
          : [],
      );
      leaves.push({ type: 'text', text: sentence.text.slice(from, to), ...(marks.length ? { marks } : {}) });
    }
    // Every other leaf goes into an inline element; a nesting flag puts the next leaves inside that element too.
    const top: NodeModel[] = [];
    let container: NodeModel[] = top;
    leaves.forEach((leaf, index) => {
      if (index % 2 === 0) {
        container.push(leaf);
        return;
      }
      const tag = tags[index % tags.length] as string;
      const wrapper = element(tag, [leaf]);
      container.push(wrapper);
      if (nests[index % nests.length]) container = wrapper.children;
    });
    return top;
  });

const attrValueArb = fc.oneof(nameArb, wordsArb(1, 6));

/** Attributes holding names: never text. */
const attrsArb = fc
  .array(fc.tuple(fc.constantFrom('title', 'data-name', 'aria-label', 'data-x'), attrValueArb), { maxLength: 2 })
  .map((pairs) => [...new Map(pairs)]);

/** Inline content never read, mid-sentence. */
const unreadInlineArb: fc.Arbitrary<NodeModel> = fc.oneof(
  nameArb.map((name) => element('code', [text(name)])),
  nameArb.map((name) => element('kbd', [text(name)])),
  nameArb.map((name) => element('input', [], [['value', name]])),
  nameArb.map((name) => element('input', [], [['placeholder', name]])),
  nameArb.map((name) => element('img', [], [['alt', name]])),
  nameArb.map((name) => element('button', [text(name)])),
  nameArb.map((name) => element('textarea', [text(`${name} <b>${name}</b>`)])),
  nameArb.map((name) => element('select', [element('option', [text(name)])])),
  nameArb.map((name) => element('span', [text(name)], [['contenteditable', '']])),
  nameArb.map((name) => element('span', [text(name)], [['contenteditable', 'plaintext-only']])),
  fc.constant(element('br', [])),
);

/** A paragraph's inline content: split sentences, with unread elements between them. */
const inlineContentArb = fc
  .array(fc.tuple(splitSentenceArb, fc.option(unreadInlineArb, { freq: 3 }), attrsArb), {
    minLength: 1,
    maxLength: 3,
  })
  .map((parts) =>
    parts.flatMap(([sentence, unread, attrs], index) => {
      const wrapper = index === 1 ? 'a' : 'span';
      const content: NodeModel[] =
        attrs.length > 0 || wrapper === 'a'
          ? [element(wrapper, sentence, wrapper === 'a' ? [['href', '#'], ...attrs] : attrs)]
          : sentence;
      return unread ? [...content, text(' '), unread, text(' ')] : [...content, text(' ')];
    }),
  );

const paragraphArb = fc
  .tuple(fc.constantFrom('p', 'h2', 'li-in-ul', 'div', 'blockquote'), inlineContentArb, attrsArb)
  .map(([tag, content, attrs]): NodeModel => {
    if (tag === 'li-in-ul') return element('ul', [element('li', content, attrs)]);
    return element(tag, content, attrs);
  });

/** Blocks never read, holding names. */
const unreadBlockArb: fc.Arbitrary<NodeModel> = fc.oneof(
  nameArb.map((name) =>
    element('script', [
      text(`window.__pageScripts = (window.__pageScripts || 0) + 1; var note = ${JSON.stringify(name)};`),
    ]),
  ),
  nameArb.map((name) => element('script', [text(JSON.stringify({ name }))], [['type', 'application/json']])),
  nameArb.map((name) => element('style', [text(`.x::after { content: ${JSON.stringify(name)}; }`)])),
  nameArb.map((name) => element('pre', [text(`${name}\n${name}`)])),
  nameArb.map((name) => element('noscript', [text(name)])),
  fc
    .tuple(paragraphArb, fc.constantFrom('true', '', 'plaintext-only'))
    .map(([inner, value]) => element('div', [inner], [['contenteditable', value]])),
  nameArb.map((name) =>
    element(
      'img',
      [],
      [
        ['alt', name],
        ['title', name],
      ],
    ),
  ),
  fc.constant(element('hr', [])),
);

/** A text node of about 100 KB: seed text with names, in one node. */
const hugeArb = fc
  .tuple(fc.nat({ max: WORDS.length - 1 }), fc.array(nameArb, { minLength: 5, maxLength: 10 }))
  .map(([at, names]) => {
    let value = '';
    const marks: Array<{ id: number; from: number; to: number }> = [];
    let word = at;
    let nextName = 0;
    while (value.length < 100_000) {
      if (value.length > (nextName + 1) * 9000 && nextName < names.length) {
        const name = names[nextName++] as string;
        value += beforeName(value, name);
        marks.push({ id: occurrences++, from: value.length, to: value.length + name.length });
        // A comma after: a dash or a place right after a name would make it a dateline or a route's end.
        value += `${name}, `;
      }
      value += `${WORDS[word++ % WORDS.length]} `;
    }
    return element('p', [{ type: 'text', text: value, marks }]);
  });

/** 1,000+ levels of the same element around one paragraph's text. */
const deepArb = fc
  .tuple(fc.integer({ min: 1000, max: 1400 }), fc.constantFrom('span', 'div', 'x-name'), sentenceArb)
  .map(([depth, tag, sentence]) => {
    const marks = sentence.names.map((name) => ({ id: occurrences++, from: name.start, to: name.end }));
    let node: NodeModel = { type: 'text', text: sentence.text, ...(marks.length ? { marks } : {}) };
    for (let level = 0; level < depth; level++) node = element(tag, [node]);
    return element(tag === 'div' ? 'div' : 'p', [node]);
  });

/** A shadow host: its shadow root holds names (not read); its light children are read through the slot. */
const shadowArb = fc
  .tuple(fc.array(paragraphArb, { minLength: 1, maxLength: 2 }), paragraphArb)
  .map(([shadow, light]): NodeModel => ({ ...element('div', [light]), shadow }));

/** A srcdoc frame: its own document, read by the extension in that frame. */
const frameArb = fc
  .array(paragraphArb, { minLength: 1, maxLength: 3 })
  .map((body): NodeModel => ({ ...element('iframe', [], [['title', 'Khung']]), frame: body }));

const leafBlockArb: fc.Arbitrary<NodeModel> = fc.oneof(
  { weight: 8, arbitrary: paragraphArb },
  { weight: 3, arbitrary: unreadBlockArb },
  { weight: 2, arbitrary: shadowArb },
);

const sectionArb = fc
  .tuple(
    fc.constantFrom('div', 'section', 'article', 'header', 'footer', 'blockquote'),
    fc.array(leafBlockArb, { minLength: 1, maxLength: 5 }),
    attrsArb,
    fc.option(wordsArb(1, 8), { freq: 3 }),
  )
  .map(([tag, children, attrs, loose]) =>
    element(tag, loose ? [text(loose), ...children, text(` ${loose}`)] : children, attrs),
  );

/** `arbitrary`'s value once in `every` pages, else null. */
const sometimes = <T>(arbitrary: fc.Arbitrary<T>, every: number) =>
  fc.oneof({ weight: every - 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary });

export interface PageOptions {
  /** Include the expensive parts (100 KB text nodes, 1,000+ levels) at all. */
  heavy?: boolean;
  /** Include srcdoc frames. */
  frames?: boolean;
}

export function pageArbitrary(options: PageOptions = {}): fc.Arbitrary<PageModel> {
  const { heavy = true, frames: withFrames = true } = options;
  return fc
    .tuple(
      fc.array(fc.oneof({ weight: 3, arbitrary: sectionArb }, { weight: 3, arbitrary: leafBlockArb }), {
        minLength: 1,
        maxLength: 6,
      }),
      heavy ? sometimes(hugeArb, 3) : fc.constant(null),
      heavy ? sometimes(deepArb, 3) : fc.constant(null),
      withFrames ? sometimes(frameArb, 2) : fc.constant(null),
      fc.nat(),
    )
    .map(([blocks, huge, deep, frame, at]) => {
      const body = [...blocks];
      for (const extra of [huge, deep, frame]) {
        if (extra) body.splice(at % (body.length + 1), 0, extra);
      }
      return { body };
    });
}

/** The page of `/random/<seed>.html`: the same page for the same seed, every time. */
export function randomPage(seed: number): PageModel {
  return fc.sample(pageArbitrary(), { seed, numRuns: 1 })[0] as PageModel;
}
