/**
 * A minimal CSS Custom Highlight registry for page tests: happy-dom has none (and makes its `CSS` afresh on each
 * read). `fresh-file.ts` puts the environment's own globals back before the next file.
 */
export class TestHighlight extends Set<Range> {
  priority = 0;
}

/** Installs an empty registry and `Highlight`; returns the registry. */
export function installHighlightRegistry(): Map<string, TestHighlight> {
  const registry = new Map<string, TestHighlight>();
  Object.defineProperty(globalThis, 'CSS', { value: { highlights: registry }, configurable: true, writable: true });
  Object.assign(globalThis, { Highlight: TestHighlight });
  return registry;
}
