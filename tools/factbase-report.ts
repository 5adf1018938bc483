/** `npm run factbase:report`: prints the fact base's quality report; exits 1 on any error. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { curatedFactBase } from '../shared/factbase/data/index.ts';
import { buildReport } from '../shared/factbase/report.ts';

/** The seeds' texts, by file name, read from seeds/. */
function readSeedTexts(): Record<string, string> {
  const dir = fileURLToPath(new URL('../seeds/', import.meta.url));
  return Object.fromEntries(readdirSync(dir).map((file) => [file, readFileSync(join(dir, file), 'utf8')]));
}

const report = await buildReport(curatedFactBase, readSeedTexts());
console.log(report.text);
process.exitCode = report.ok ? 0 : 1;
