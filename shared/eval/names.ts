/**
 * How well names are found on real text: the development set (verbatim excerpts of real news with hand-made gold,
 * `shared/text/testdata/devset/devset.json`) and the precision set (sentences built like the reviews' traps,
 * `shared/text/testdata/precision/names.json`). `npm run -s eval:names` prints it; `names.test.ts` holds it. The same
 * scoring reports the held-out set (`testdata/heldout/heldout.json`), which no rule is tuned on and no test holds.
 *
 * A page is one excerpt or one sentence: it is annotated, then `resolveEvidence` applies as on a page.
 * - Recall: a gold name of an entity the page highlighter shows is found when a mention of that entity — or a
 *   name nested inside one — overlaps it.
 * - Precision: a mention is right when a gold name of its entity overlaps it; a wrong-entity card when it
 *   overlaps only gold names of other entities or gold traps (entity null); spurious when it overlaps no gold.
 */
import type { FactBase } from '../factbase/schema.ts';
import { type Annotator, type Mention, resolveEvidence } from '../text/annotate.ts';

export interface GoldName {
  surface: string;
  nth?: number;
  entity: string | null;
  note?: string;
}

export interface DevArticle {
  id: string;
  url: string;
  outlet?: string;
  date?: string | null;
  title?: string;
  text: string;
  names: GoldName[];
  figures?: unknown[];
}

export interface PrecisionSentence {
  text: string;
  expect: Array<{ surface: string; nth?: number; entity?: string | null; not?: string }>;
  reason: string;
  url?: string;
}

/** Offsets of the `nth` occurrence of `surface` in `text`; throws when the gold is wrong (a data error). */
export function locate(text: string, surface: string, nth = 0, where = ''): { start: number; end: number } {
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = text.indexOf(surface, at + 1);
    if (at < 0) throw new Error(`${where}: "${surface}" does not occur ${nth + 1} time(s)`);
  }
  return { start: at, end: at + surface.length };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

interface Mark {
  start: number;
  end: number;
  entity: string;
  text: string;
}

function marksOf(mentions: readonly Mention[]): { top: Mark[]; all: Mark[] } {
  const top: Mark[] = [];
  const all: Mark[] = [];
  for (const m of mentions) {
    if (m.kind === 'figure') continue;
    const mark = { start: m.start, end: m.end, entity: m.entity.id, text: m.text };
    top.push(mark);
    all.push(mark);
    for (const n of m.nested ?? []) all.push({ start: n.start, end: n.end, entity: n.entity.id, text: n.text });
  }
  return { top, all };
}

export interface NameScores {
  gold: number;
  found: number;
  recall: number;
  mentions: number;
  right: number;
  precision: number;
  wrongEntity: string[];
  spurious: string[];
  missed: string[];
}

export function scoreDevSet(
  articles: readonly DevArticle[],
  annotator: Annotator,
  base: Pick<FactBase, 'entities'>,
): NameScores {
  const shown = new Set(base.entities.filter((e) => e.highlight !== false).map((e) => e.id));
  let gold = 0;
  let found = 0;
  let mentions = 0;
  let right = 0;
  const wrongEntity: string[] = [];
  const spurious: string[] = [];
  const missed: string[] = [];
  for (const article of articles) {
    const { top, all } = marksOf(resolveEvidence(annotator.annotate(article.text)));
    const golds = article.names.map((g) => ({ ...g, ...locate(article.text, g.surface, g.nth, article.id) }));
    for (const g of golds) {
      if (g.entity === null || !shown.has(g.entity)) continue;
      gold++;
      if (all.some((m) => m.entity === g.entity && overlaps(m, g))) found++;
      else missed.push(`${article.id}: "${g.surface}" → ${g.entity}`);
    }
    for (const m of top) {
      mentions++;
      const over = golds.filter((g) => overlaps(m, g));
      if (over.some((g) => g.entity === m.entity)) right++;
      else if (over.length > 0) {
        wrongEntity.push(`${article.id}: "${m.text}" → ${m.entity} (gold: ${over.map((g) => g.entity).join(', ')})`);
      } else spurious.push(`${article.id}: "${m.text}" → ${m.entity}`);
    }
  }
  return {
    gold,
    found,
    recall: gold === 0 ? 1 : found / gold,
    mentions,
    right,
    precision: mentions === 0 ? 1 : right / mentions,
    wrongEntity,
    spurious,
    missed,
  };
}

export interface PrecisionScores {
  sentences: number;
  held: number;
  expectations: number;
  failures: string[];
}

export function scorePrecisionSet(sentences: readonly PrecisionSentence[], annotator: Annotator): PrecisionScores {
  let held = 0;
  let expectations = 0;
  const failures: string[] = [];
  sentences.forEach((sentence, index) => {
    const { top, all } = marksOf(resolveEvidence(annotator.annotate(sentence.text)));
    let ok = true;
    for (const e of sentence.expect) {
      expectations++;
      const span = locate(sentence.text, e.surface, e.nth, `sentence ${index}`);
      let failure: string | undefined;
      if (e.not !== undefined) {
        const bad = all.find((m) => m.entity === e.not && overlaps(m, span));
        if (bad) failure = `"${e.surface}" must not be ${e.not} (got "${bad.text}")`;
      } else if (e.entity === null) {
        const bad = top.find((m) => overlaps(m, span));
        if (bad) failure = `"${e.surface}" must get no card (got "${bad.text}" → ${bad.entity})`;
      } else if (e.entity !== undefined) {
        if (!all.some((m) => m.entity === e.entity && overlaps(m, span))) {
          const got = top.filter((m) => overlaps(m, span)).map((m) => `"${m.text}" → ${m.entity}`);
          failure = `"${e.surface}" must be ${e.entity} (got ${got.join(', ') || 'nothing'})`;
        }
      }
      if (failure) {
        ok = false;
        failures.push(`#${index} ${failure} — ${sentence.reason}`);
      }
    }
    if (ok) held++;
  });
  return { sentences: sentences.length, held, expectations, failures };
}
