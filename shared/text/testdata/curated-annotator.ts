/**
 * The bundled fact base's annotator, as tests use it: compiled once per worker and option set (test files share
 * their worker's modules; compiling it was ~0.2 s in each of nine files). Its answers depend on the text alone, so
 * files can share it.
 */
import { bundledFactBase } from '../../factbase/bundle.ts';
import { type AnnotatorOptions, type CompiledAnnotator, createAnnotator } from '../annotate.ts';
import { buildMatchTable, type MatchTable } from '../match-table.ts';

let table: MatchTable | undefined;
const annotators = new Map<string, CompiledAnnotator>();

/** `createAnnotator(buildMatchTable(bundledFactBase), options)`, made once. */
export function curatedAnnotator(options: AnnotatorOptions = {}): CompiledAnnotator {
  const key = JSON.stringify([options.accentless, options.figures]);
  let annotator = annotators.get(key);
  if (!annotator) {
    table ??= buildMatchTable(bundledFactBase);
    annotator = createAnnotator(table, options);
    annotators.set(key, annotator);
  }
  return annotator;
}
