/**
 * IntersectionObserver stand-ins for tests (happy-dom lays nothing out, and its observer never reports):
 * `EverythingNear` reports every block near the viewport, as a browser does on a page that fits in it;
 * `DrivenObserver` reports what the test tells it, as a reader scrolling would.
 */
type Report = (entries: IntersectionObserverEntry[]) => void;

export class EverythingNear {
  constructor(private readonly report: Report) {}
  observe(target: Element): void {
    queueMicrotask(() => this.report([{ target, isIntersecting: true } as IntersectionObserverEntry]));
  }
  unobserve(): void {}
  disconnect(): void {}
}

export class DrivenObserver {
  /**
   * The observers made, in order (tests in one worker share this module: `forget()` before a test that reads
   * them). A long page makes two: the far text's, then the live window's.
   */
  static made: DrivenObserver[] = [];
  static get last(): DrivenObserver | undefined {
    return DrivenObserver.made.at(-1);
  }
  static get first(): DrivenObserver | undefined {
    return DrivenObserver.made[0];
  }
  static forget(): void {
    DrivenObserver.made = [];
  }
  readonly observed = new Set<Element>();
  constructor(private readonly report: Report) {
    DrivenObserver.made.push(this);
  }
  observe(target: Element): void {
    this.observed.add(target);
  }
  unobserve(target: Element): void {
    this.observed.delete(target);
  }
  disconnect(): void {
    this.observed.clear();
  }
  /** Reports each of `targets` near (or far), in one callback as the browser batches them. */
  tell(targets: readonly Element[], isIntersecting: boolean): void {
    this.report(targets.map((target) => ({ target, isIntersecting }) as IntersectionObserverEntry));
  }
}

/** Puts `observer` in place of the global IntersectionObserver; returns what puts the old one back. */
export function useObserver(observer: unknown): () => void {
  const saved = globalThis.IntersectionObserver;
  globalThis.IntersectionObserver = observer as typeof IntersectionObserver;
  return () => {
    globalThis.IntersectionObserver = saved;
  };
}
