/**
 * The fact base as the extension ships it: read this, never the raw data modules. Built by
 * `npm run factbase:build` into `factbase.generated.json`; a test fails when that file is stale.
 */
import type { BundledFactBase } from './build.ts';
import generated from './factbase.generated.json';

export type { BundledFactBase } from './build.ts';
export type { CoMention, CrossRefs, RelatedLink } from './crossrefs.ts';

export const bundledFactBase: BundledFactBase = generated as unknown as BundledFactBase;
