/** Where the end-to-end tests write the screenshots the README shows. */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SCREENSHOTS = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
mkdirSync(SCREENSHOTS, { recursive: true });
