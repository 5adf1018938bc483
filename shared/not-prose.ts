/**
 * Elements whose text is not article prose, or not ours to read: scripts and styles, code, form fields and
 * buttons, embedded content, ruby annotations, the document's head. One list for the content script's runs
 * (extension/content/text-runs.ts), its language check (page-context.ts) and the CLI's HTML reader
 * (tools/html-text.ts). e2e/support/law.ts keeps its own on purpose: an outside check. Lower case (see `tagOf`).
 */
export const NOT_PROSE_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'code',
  'pre',
  'kbd',
  'samp',
  'var',
  'svg',
  'math',
  'iframe',
  'frame',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'rt',
  'rp',
  'head',
  'title',
]);
