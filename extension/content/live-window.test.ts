/**
 * The live window: every shown mention is registered while they are few; past the limit, only those of blocks the
 * observer reports near the viewport, and a block's mentions come and go with it. The observer is a stand-in that
 * the test drives (happy-dom lays nothing out).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { MentionKind } from '../../shared/factbase/kinds.ts';
import { DrivenObserver } from '../testing/observers.ts';
import type { HighlightLayer } from './highlights.ts';
import { LiveWindow } from './live-window.ts';

/** A layer that keeps what is registered, flushed or not. */
function fakeLayer() {
  const registered = new Set<Range>();
  const layer = {
    add: (_kind: MentionKind, range: Range) => registered.add(range),
    delete: (_kind: MentionKind, range: Range) => registered.delete(range),
    flush: () => undefined,
  };
  return { layer: layer as unknown as HighlightLayer, registered };
}

const saved = globalThis.IntersectionObserver;
afterEach(() => {
  globalThis.IntersectionObserver = saved;
});

describe('the live window', () => {
  it('keeps every mention live up to the limit, then only those of blocks near the viewport', () => {
    globalThis.IntersectionObserver = DrivenObserver as unknown as typeof IntersectionObserver;
    DrivenObserver.forget();
    const { layer, registered } = fakeLayer();
    const live = new LiveWindow(layer, 3);
    const [a, b, c] = [0, 1, 2].map(() => document.createElement('p')) as unknown as [Element, Element, Element];
    const record = (block: Element) => ({ mention: { kind: 'person' as const }, range: new Range(), block });
    const inA = [record(a), record(a)];
    const inB = [record(b)];
    for (const one of [...inA, ...inB]) live.add(one);
    expect(registered.size).toBe(3);
    expect(DrivenObserver.last).toBeUndefined();

    // Past the limit: every block is watched, and what the observer reports far goes out of the registry.
    const inC = record(c);
    live.add(inC);
    const observer = DrivenObserver.last as DrivenObserver;
    expect([...observer.observed]).toEqual([a, b, c]);
    observer.tell([b], false);
    observer.tell([a], true);
    observer.tell([c], true);
    expect([...registered]).toEqual([...inA.map((one) => one.range), inC.range]);

    // The reader scrolls: b comes near, a goes far.
    observer.tell([b], true);
    observer.tell([a], false);
    expect(new Set(registered)).toEqual(new Set([inB[0]?.range, inC.range]));

    // A new block is live only once reported near; a block without mentions is no longer watched.
    const d = document.createElement('p');
    const inD = record(d);
    live.add(inD);
    expect(registered.has(inD.range)).toBe(false);
    observer.tell([d], true);
    expect(registered.has(inD.range)).toBe(true);
    live.delete(inC);
    expect(registered.has(inC.range)).toBe(false);
    expect(observer.observed.has(c)).toBe(false);
  });
});
