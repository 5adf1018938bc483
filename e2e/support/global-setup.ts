import { existsSync } from 'node:fs';
import { ensureChromium } from './browsers.ts';
import { EXTENSION_DIR } from './extension.ts';

export default function setup(): void {
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
    throw new Error(
      `The extension is not built (${EXTENSION_DIR}); run \`npm run build\` first, or \`npm run test:e2e\`.`,
    );
  }
  ensureChromium();
}
