import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium } from './browsers.ts';
import { EXTENSION_DIR } from './extension.ts';

export default function setup(): void {
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
    throw new Error(
      `The extension is not built (${EXTENSION_DIR}); run \`npm run build:measure\` first, or \`npm run test:e2e\`.`,
    );
  }
  // The tests wait for the content script's performance marks, which only a build for measuring makes
  // (extension/content/measure.ts): a reader's build would leave them waiting until they time out.
  const scripts = readdirSync(EXTENSION_DIR, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.js'),
  );
  if (!scripts.some((file) => readFileSync(join(EXTENSION_DIR, file), 'utf8').includes('performance.mark('))) {
    throw new Error(
      `The extension in ${EXTENSION_DIR} was built without the performance marks the tests read; run \`npm run build:measure\` (\`npm run test:e2e\` does).`,
    );
  }
  ensureChromium();
}
