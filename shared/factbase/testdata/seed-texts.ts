/** The seeds' texts for tests, read once from seeds/ at the repository root. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../../../seeds/', import.meta.url));

export const seedTexts: Record<string, string> = Object.fromEntries(
  readdirSync(dir).map((file) => [file, readFileSync(join(dir, file), 'utf8')]),
);
