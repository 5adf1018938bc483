/**
 * Aliases that more than one entity carries on purpose, each with the reason. Empty today: every collision the
 * report found was fixed by giving the alias to one entity only (e.g. "MPI" stays with Vietnam's ministry; the
 * Lao ministry is "Lao Ministry of Planning and Investment"). Add an entry here only with a reason a reader of
 * the card would accept.
 */
import type { AmbiguousAlias } from '../schema.ts';

export const ambiguousAliases: AmbiguousAlias[] = [];
