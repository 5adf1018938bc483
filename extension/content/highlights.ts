/**
 * Draws mentions with the CSS Custom Highlight API: one `Highlight` per kind, registered as `ml-<kind>` (a
 * public contract), styled by the `:root::highlight(ml-<kind>)` rules of entrypoints/highlights.css. Nothing is inserted into
 * the page's DOM.
 */
import { MENTION_KINDS, type MentionKind } from '../../shared/factbase/kinds.ts';

export const highlightName = (kind: MentionKind) => `ml-${kind}`;
/**
 * The same highlight again, under a second name whose rule underlines it (entrypoints/highlights.css): registered
 * only when the reader asks for underlines (settings.ts, `underline`).
 */
export const underlineName = (kind: MentionKind) => `ml-${kind}-underline`;

/**
 * The registry entries we own. Additions and removals are batched until `flush()`: every change to a registered
 * highlight makes the browser repaint all of its ranges, so on a page with thousands of mentions drawing them a
 * slice at a time would cost far more than the matching. `detach()` removes every highlight at once.
 */
/**
 * Events after which a page may have cleared the registry: ours are looked at on the next frame. No `wheel` or
 * `touchstart`: `scroll` and `pointerdown` follow them, so listening to them too only added handlers to the page.
 */
const ACTIVITY = ['keydown', 'pointerdown', 'pointerup', 'scroll', 'input', 'focusin'];
/** With no activity at all, how often ours are looked at (a timer, never a loop of frames). */
const IDLE_CHECK_MS = 1000;

export class HighlightLayer {
  private readonly byKind = new Map<MentionKind, Highlight>();
  private readonly active = new Highlight();
  private pending: Array<{ kind: MentionKind; range: Range; add: boolean }> = [];
  private frame = 0;
  private unwatch: (() => void) | null = null;
  /**
   * Whether ours are in the registry: from the first flush that draws something. Every change of the registry
   * makes the browser repaint the page, so empty highlights are not registered ahead of their ranges.
   */
  private inUse = false;
  /** Each registered name and its highlight: the kinds' names, and their underline names when asked for. */
  private readonly names: Array<[string, Highlight]>;

  constructor({ underline = false }: { underline?: boolean } = {}) {
    for (const kind of MENTION_KINDS) this.byKind.set(kind, new Highlight());
    this.active.priority = 1;
    this.names = [...this.byKind].map(([kind, highlight]) => [highlightName(kind), highlight]);
    if (underline) for (const [kind, highlight] of this.byKind) this.names.push([underlineName(kind), highlight]);
    this.names.push(['ml-active', this.active]);
  }

  /**
   * Puts our highlights in the registry, again if the page took them out: the registry is shared with the page,
   * and a page that clears it for its own highlights (`CSS.highlights.clear()`) would otherwise erase ours. A name
   * the page has registered a highlight of its own under stays the page's: we only fill names left empty.
   */
  private register(): void {
    if (!this.inUse) return;
    for (const [name, highlight] of this.names) if (!CSS.highlights.has(name)) CSS.highlights.set(name, highlight);
  }

  /** Looks at the registry on the next frame (once, however often asked before it). */
  keep(): void {
    if (this.frame || !this.unwatch) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.register();
    });
  }

  /**
   * Keeps our highlights registered while the page lives: on the frame after the reader or the page does
   * anything (input, scrolling, a DOM change the annotator sees calls `keep`), and once a second when nothing
   * happens. No frame is asked for on a quiet page.
   */
  watch(win: Window = window): void {
    // Again after `document.open()`, which drops every listener of the window.
    this.unwatch?.();
    const options = { capture: true, passive: true } as const;
    const keep = () => this.keep();
    for (const type of ACTIVITY) win.addEventListener(type, keep, options);
    const timer = setInterval(() => {
      if (!win.document.hidden) this.register();
    }, IDLE_CHECK_MS);
    this.unwatch = () => {
      for (const type of ACTIVITY) win.removeEventListener(type, keep, options);
      clearInterval(timer);
      cancelAnimationFrame(this.frame);
      this.frame = 0;
    };
  }

  add(kind: MentionKind, range: Range): void {
    this.pending.push({ kind, range, add: true });
  }

  delete(kind: MentionKind, range: Range): void {
    this.pending.push({ kind, range, add: false });
  }

  /** Draws what was added and erases what was deleted since the last flush. */
  flush(): void {
    if (this.pending.length > 0) this.inUse = true;
    this.register();
    const changes = this.pending;
    this.pending = [];
    for (const { kind, range, add } of changes) {
      const highlight = this.byKind.get(kind);
      if (add) highlight?.add(range);
      else highlight?.delete(range);
    }
  }

  setActive(range: Range | null): void {
    if (range) this.inUse = true;
    this.register();
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
    this.register();
    const found = new Set(registry.highlightsFromPoint(x, y).map((entry) => entry.highlight));
    return MENTION_KINDS.filter((kind) => found.has(this.byKind.get(kind) as Highlight));
  }

  detach(): void {
    this.unwatch?.();
    this.unwatch = null;
    this.pending = [];
    for (const [name, highlight] of this.names) if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
  }
}
