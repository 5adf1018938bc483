/**
 * The fact base's quality report as readable text: counts by kind, facts per seed, entities without facts, alias
 * collisions, quotes not found, schema and other errors. `ok` is false when there is any error.
 */
import { factBaseVersion } from './build.ts';
import { expandNames } from './names.ts';
import { ENTITY_KINDS } from './schema.ts';
import { checkFactBase, type Issue } from './validate.ts';

export interface Report {
  ok: boolean;
  errors: number;
  warnings: number;
  text: string;
}

const section = (title: string, lines: string[]) => [``, title, ...(lines.length > 0 ? lines : ['  none'])];

export async function buildReport(input: unknown, seedTexts: Readonly<Record<string, string>>): Promise<Report> {
  const { base, issues, collisions } = checkFactBase(input, seedTexts);
  const errors = issues.filter((i) => i.level === 'error');
  const warnings = issues.filter((i) => i.level === 'warning');
  const byCode = (code: string) => issues.filter((i) => i.code === code).map((i) => `  ${i.message}`);
  const lines: string[] = [];

  if (base) {
    lines.push(`Mekong Lens fact base, version ${await factBaseVersion(base)}`);
    const kinds = ENTITY_KINDS.map((k) => `${k} ${base.entities.filter((e) => e.kind === k).length}`).join(', ');
    const figures = base.facts.filter((f) => f.figure).length;
    const expansion = expandNames(base);
    const perEntity = [...expansion.names].map(([id, names]) => [id, names.generated] as const);
    const generated = {
      total: perEntity.reduce((n, [, count]) => n + count, 0),
      weak: [...expansion.names.values()].reduce((n, names) => n + names.weak.length, 0),
      blocks: expansion.blocks.length,
      top: perEntity
        .filter(([, count]) => count > 0)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 5)
        .map(([id, count]) => `${id} ${count}`)
        .join(', '),
    };
    lines.push(
      ...section('Counts', [
        `  entities ${base.entities.length} (${kinds})`,
        `  metrics ${base.metrics.length}, facts ${base.facts.length} (${figures} with a figure), seeds ${base.seeds.length}`,
        `  generated spellings ${generated.total} from the name model (${generated.weak} weak, ${generated.blocks} blocking phrases): ${generated.top}`,
        `  aliases ${base.entities.reduce((n, e) => n + e.aliases.length, 0)}, roles ${base.entities.reduce((n, e) => n + (e.roles?.length ?? 0), 0)}, relations ${base.entities.reduce((n, e) => n + (e.relations?.length ?? 0), 0)} (${base.entities.reduce((n, e) => n + (e.relations ?? []).filter((r) => !r.source).length, 0)} without a seed source)`,
      ]),
    );
    lines.push(
      ...section(
        'Facts per seed',
        base.seeds.map((s) => {
          const facts = base.facts.filter((f) => f.sources.some((src) => src.seed === s.file)).length;
          return `  ${s.file}  ${s.date} (${s.dateBasis})  ${facts} facts`;
        }),
      ),
    );
    lines.push(...section('Entities without facts', byCode('no-facts')));
    lines.push(
      ...section(
        'Alias collisions',
        collisions.map(
          (c) =>
            `  [${c.level}] ${c.spellings.map((s) => `${s.entity} "${s.text}"`).join(', ')}${c.explanation ? ` (explained: ${c.explanation})` : ' (UNEXPLAINED)'}`,
        ),
      ),
    );
  } else {
    lines.push('Mekong Lens fact base: does not match the schema');
  }
  lines.push(...section('Quotes not found', byCode('quote-not-found')));
  lines.push(...section('Schema errors', byCode('schema')));
  const shown = new Set(['no-facts', 'quote-not-found', 'schema', 'alias-collision', 'alias-collision-folded']);
  const other = (list: Issue[]) => list.filter((i) => !shown.has(i.code)).map((i) => `  [${i.code}] ${i.message}`);
  lines.push(...section('Other errors', other(errors)));
  lines.push(...section('Other warnings', other(warnings)));
  lines.push(
    '',
    errors.length === 0
      ? `OK: 0 errors, ${warnings.length} warnings`
      : `FAILED: ${errors.length} errors, ${warnings.length} warnings`,
  );
  return { ok: errors.length === 0, errors: errors.length, warnings: warnings.length, text: lines.join('\n') };
}
