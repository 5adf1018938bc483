/** `npm run factbase:build`: checks the curated base and writes shared/factbase/factbase.generated.json. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBundle, serializeBundle } from '../shared/factbase/build.ts';
import { curatedFactBase } from '../shared/factbase/data/index.ts';
import { checkFactBase } from '../shared/factbase/validate.ts';

/** The seeds' texts, by file name, read from seeds/. */
function readSeedTexts(): Record<string, string> {
  const dir = fileURLToPath(new URL('../seeds/', import.meta.url));
  return Object.fromEntries(readdirSync(dir).map((file) => [file, readFileSync(join(dir, file), 'utf8')]));
}

const errors = checkFactBase(curatedFactBase, readSeedTexts()).issues.filter((i) => i.level === 'error');
if (errors.length > 0) {
  for (const e of errors) console.error(`[${e.code}] ${e.message}`);
  console.error(`factbase:build: ${errors.length} errors; nothing written (see npm run factbase:report)`);
  process.exit(1);
}
const bundle = await buildBundle(curatedFactBase);
const out = fileURLToPath(new URL('../shared/factbase/factbase.generated.json', import.meta.url));
writeFileSync(out, serializeBundle(bundle));
console.log(
  `factbase:build: wrote ${out} (version ${bundle.version}, ${bundle.entities.length} entities, ${bundle.facts.length} facts)`,
);
