/**
 * Draws mentions with the CSS Custom Highlight API: one `Highlight` per kind, registered as `ml-<kind>` (a
 * public contract), styled by `::highlight(ml-<kind>)` rules in a constructed stylesheet adopted by the
 * document. Nothing is inserted into the page's DOM.
 *
 * Each kind differs by underline style as well as colour, so the kinds stay apart for colour-blind readers;
 * the tints are translucent so they read on light and dark pages alike.
 */
import { MENTION_KINDS, type MentionKind } from '../../shared/factbase/kinds.ts';

export const highlightName = (kind: MentionKind) => `ml-${kind}`;

const STYLE: Record<MentionKind, { tint: string; line: string; decoration: string }> = {
  person: { tint: 'rgba(59, 130, 246, 0.16)', line: '#2563eb', decoration: 'underline solid 2px' },
  organization: { tint: 'rgba(139, 92, 246, 0.16)', line: '#7c3aed', decoration: 'underline double 2px' },
  place: { tint: 'rgba(16, 185, 129, 0.16)', line: '#059669', decoration: 'underline dotted 2px' },
  project: { tint: 'rgba(249, 115, 22, 0.16)', line: '#ea580c', decoration: 'underline dashed 2px' },
  agreement: { tint: 'rgba(236, 72, 153, 0.14)', line: '#db2777', decoration: 'underline wavy 1px' },
  event: { tint: 'rgba(20, 184, 166, 0.16)', line: '#0d9488', decoration: 'overline underline solid 1px' },
  figure: { tint: 'rgba(234, 179, 8, 0.28)', line: '#a16207', decoration: 'underline solid 2px' },
};

export function highlightStyleSheet(): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  const rules = MENTION_KINDS.map((kind) => {
    const { tint, line, decoration } = STYLE[kind];
    return `::highlight(${highlightName(kind)}) { background-color: ${tint}; text-decoration: ${decoration} ${line}; text-underline-offset: 3px; }`;
  });
  // The mention whose card is open.
  rules.push('::highlight(ml-active) { background-color: rgba(250, 204, 21, 0.55); }');
  sheet.replaceSync(rules.join('\n'));
  return sheet;
}

export function supportsHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** The registry entries we own. `detach()` removes every highlight at once. */
export class HighlightLayer {
  private readonly byKind = new Map<MentionKind, Highlight>();
  private readonly active = new Highlight();
  private sheet: CSSStyleSheet | null = null;

  constructor(private readonly doc: Document = document) {
    for (const kind of MENTION_KINDS) {
      const highlight = new Highlight();
      this.byKind.set(kind, highlight);
      CSS.highlights.set(highlightName(kind), highlight);
    }
    this.active.priority = 1;
    CSS.highlights.set('ml-active', this.active);
    this.sheet = highlightStyleSheet();
    this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, this.sheet];
  }

  add(kind: MentionKind, range: Range): void {
    this.byKind.get(kind)?.add(range);
  }

  delete(kind: MentionKind, range: Range): void {
    this.byKind.get(kind)?.delete(range);
  }

  setActive(range: Range | null): void {
    this.active.clear();
    if (range) this.active.add(range);
  }

  size(kind: MentionKind): number {
    return this.byKind.get(kind)?.size ?? 0;
  }

  /** Which of our kinds' highlights are at this point, where the browser can tell (Chromium). */
  kindsAt(x: number, y: number): MentionKind[] | undefined {
    const registry = CSS.highlights as HighlightRegistry & {
      highlightsFromPoint?: (x: number, y: number) => Array<{ highlight: Highlight }>;
    };
    if (typeof registry.highlightsFromPoint !== 'function') return undefined;
    const found = new Set(registry.highlightsFromPoint(x, y).map((entry) => entry.highlight));
    return MENTION_KINDS.filter((kind) => found.has(this.byKind.get(kind) as Highlight));
  }

  detach(): void {
    for (const kind of MENTION_KINDS) {
      if (CSS.highlights.get(highlightName(kind)) === this.byKind.get(kind)) CSS.highlights.delete(highlightName(kind));
    }
    if (CSS.highlights.get('ml-active') === this.active) CSS.highlights.delete('ml-active');
    const sheet = this.sheet;
    this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((candidate) => candidate !== sheet);
    this.sheet = null;
  }
}
