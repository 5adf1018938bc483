/**
 * The shape of a hand-made gold file of real news (the development set, `testdata/devset/devset.json`, and the
 * held-out set, `testdata/heldout/heldout.json`): what must hold of the data before any score means anything.
 * `goldProblems` lists what does not — an empty list is a well-formed file. Scores are not its business.
 */
import { FIGURE_ROLES, QUALIFIERS } from '../factbase/kinds.ts';
import type { FactBase } from '../factbase/schema.ts';
import { isIsoDay } from '../iso-date.ts';
import type { GoldFigure } from './figures.ts';
import { type GoldName, locate } from './names.ts';

export interface GoldArticle {
  id: string;
  url: string;
  outlet?: string;
  date?: string | null;
  dateNote?: string;
  title?: string | null;
  text: string;
  names: GoldName[];
  figures?: GoldFigure[];
}

/** A period key as the gold writes it (devset "about"): 2024, 2024-H1, 2025-Q1, 2024-9M, 2024-01, cum:…, spans, targets. */
const PERIOD = /^(\d{4}(-(H[12]|Q[1-4]|\d{1,2}M|\d{2}))?|cum:\d{4}-\d{2}|\d{4}\/\d{4}(-\d{2})?|target(:\d{4})?)$/;
const ROLES: readonly string[] = [...FIGURE_ROLES, 'other'];
const QUALIFIER_VALUES: readonly (string | null)[] = [...QUALIFIERS, null];

export function goldProblems(
  articles: readonly GoldArticle[],
  base: Pick<FactBase, 'entities' | 'metrics' | 'facts'>,
): string[] {
  const entities = new Set(base.entities.map((e) => e.id));
  const metrics = new Set(base.metrics.map((m) => m.id));
  const facts = new Map(base.facts.map((f) => [f.id, f]));
  const problems: string[] = [];
  const ids = new Set<string>();
  const urls = new Set<string>();
  for (const a of articles) {
    const at = (what: string) => problems.push(`${a.id}: ${what}`);
    if (ids.has(a.id)) at('id used twice');
    ids.add(a.id);
    if (!/^https?:\/\/[^\s/]+\.[^\s/]+\//.test(a.url)) at(`address "${a.url}" is not a page address`);
    if (urls.has(a.url)) at('address used twice');
    urls.add(a.url);
    if (!a.outlet) at('no outlet');
    if (a.date === undefined || (a.date !== null && !isIsoDay(a.date))) at(`date "${a.date}"`);
    if (a.date === null && !a.dateNote) at('no date and no dateNote saying why');
    const find = (surface: string, nth: number | undefined) => {
      try {
        locate(a.text, surface, nth, a.id);
      } catch (error) {
        at((error as Error).message);
      }
    };
    for (const n of a.names) {
      find(n.surface, n.nth);
      if (n.entity === null && !n.note) at(`trap "${n.surface}" has no note`);
      if (n.entity !== null && !entities.has(n.entity)) at(`"${n.surface}": no entity ${n.entity} in the base`);
    }
    for (const f of a.figures ?? []) {
      find(f.surface, f.nth);
      if (f.metric !== null && !metrics.has(f.metric)) at(`"${f.surface}": no metric ${f.metric} in the base`);
      if (f.period != null && !PERIOD.test(f.period)) at(`"${f.surface}": period "${f.period}"`);
      if (f.role === undefined || !ROLES.includes(f.role)) at(`"${f.surface}": role "${f.role}"`);
      if (f.qualifier === undefined || !QUALIFIER_VALUES.includes(f.qualifier)) {
        at(`"${f.surface}": qualifier "${f.qualifier}"`);
      }
      for (const [kind, id] of [
        ['fact', f.fact],
        ['conflict', f.conflict],
      ] as const) {
        if (id == null) continue;
        const fact = facts.get(id);
        if (!fact) at(`"${f.surface}": no ${kind} ${id} in the base`);
        else if (fact.figure?.metric !== f.metric) at(`"${f.surface}": ${kind} ${id} is not a figure of ${f.metric}`);
      }
    }
  }
  return problems;
}
