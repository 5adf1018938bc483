/**
 * Before each test file (vitest.config.ts: files share their worker's module graph instead of evaluating the fact
 * base, zod and the engine again): what a fresh worker would give the file. An empty IndexedDB, WXT's fake browser
 * reset, real timers and, where there is a DOM, an empty document with the environment's own versions of the
 * globals the page tests replace. Module state is not reset: a file that changes a module's state puts it back
 * (the interface language is set again for each file by catalogues.ts).
 */
// First, so that a test file's own `import 'fake-indexeddb/auto'` is already evaluated and replaces nothing below.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { IDBFactory } from 'fake-indexeddb';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// A new factory holds no database; Dexie reads its default when each database object is made.
const indexedDB = new IDBFactory();
Object.assign(globalThis, { indexedDB });
Object.assign(Dexie.dependencies, { indexedDB });

fakeBrowser.reset();
vi.useRealTimers();

/** The globals a page test replaces (happy-dom has no CSS Custom Highlight API, lays nothing out). */
const REPLACED: Array<[object, string]> =
  typeof document === 'undefined'
    ? []
    : [
        [globalThis, 'CSS'],
        [globalThis, 'Highlight'],
        [globalThis, 'IntersectionObserver'],
        [Element.prototype, 'checkVisibility'],
      ];
// Kept by the first file of the worker, before any test ran; this module is evaluated again for every file.
const ORIGINALS = Symbol.for('mekong-lens.test-globals');
const store = globalThis as { [ORIGINALS]?: Array<PropertyDescriptor | undefined> };
store[ORIGINALS] ??= REPLACED.map(([owner, key]) => Object.getOwnPropertyDescriptor(owner, key));
REPLACED.forEach(([owner, key], index) => {
  const original = store[ORIGINALS]?.[index];
  if (original) Object.defineProperty(owner, key, original);
  else delete (owner as Record<string, unknown>)[key];
});

if (typeof document !== 'undefined') {
  for (const element of [document.documentElement, document.head, document.body]) {
    for (const name of element.getAttributeNames()) element.removeAttribute(name);
    if (element !== document.documentElement) element.replaceChildren();
  }
  // Testing Library's waitFor gives up after 1 s: too tight beside another worker on a busy 2-core machine (the
  // same reason as the suite's testTimeout).
  const { configure } = await import('@testing-library/preact');
  configure({ asyncUtilTimeout: 10_000 });
}
