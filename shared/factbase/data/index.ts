/**
 * The curated fact base, assembled from its data modules. Only the bundle build and the tests import this;
 * everything else reads the built bundle through `bundle.ts`.
 */
import type { FactBase } from '../schema.ts';
import { agreements } from './agreements.ts';
import { ambiguousAliases } from './ambiguous-aliases.ts';
import { events } from './events.ts';
import { facts000 } from './facts-000.ts';
import { facts001 } from './facts-001.ts';
import { facts002 } from './facts-002.ts';
import { facts003 } from './facts-003.ts';
import { facts004 } from './facts-004.ts';
import { metrics } from './metrics.ts';
import { nameModels, nameRules } from './names.ts';
import { organizations } from './organizations.ts';
import { people } from './people.ts';
import { places } from './places.ts';
import { projects } from './projects.ts';
import { seeds } from './seeds.ts';

export const curatedFactBase: FactBase = {
  seeds,
  entities: [...people, ...organizations, ...places, ...projects, ...agreements, ...events].map((entity) =>
    nameModels[entity.id] ? { ...entity, names: nameModels[entity.id] } : entity,
  ),
  metrics,
  facts: [...facts000, ...facts001, ...facts002, ...facts003, ...facts004],
  ambiguousAliases,
  names: nameRules,
};
