/**
 * The highlight layer owns its names in the shared registry: the kinds' names (a public contract), their underline
 * names only when the reader asks for underlines, and nothing a page registered under a name of its own.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { MENTION_KINDS } from '../../shared/factbase/kinds.ts';
import { installHighlightRegistry, TestHighlight } from '../testing/highlight-registry.ts';
import { HighlightLayer, highlightName, underlineName } from './highlights.ts';

let registry: Map<string, TestHighlight>;
beforeEach(() => {
  registry = installHighlightRegistry();
});

function rangeOver(text: string): Range {
  const paragraph = document.createElement('p');
  paragraph.textContent = text;
  document.body.replaceChildren(paragraph);
  const range = document.createRange();
  range.selectNodeContents(paragraph);
  return range;
}

describe('the highlight layer', () => {
  it('registers nothing before it draws, then a tint per kind; underlines only when asked for', () => {
    const plain = new HighlightLayer();
    plain.add('person', rangeOver('Tô Lâm'));
    expect(registry.size).toBe(0);
    plain.flush();
    expect(registry.get(highlightName('person'))?.size).toBe(1);
    expect([...registry.keys()].sort()).toEqual([...MENTION_KINDS.map(highlightName), 'ml-active'].sort());
    plain.detach();
    expect(registry.size).toBe(0);

    const underlined = new HighlightLayer({ underline: true });
    underlined.add('place', rangeOver('Viêng Chăn'));
    underlined.flush();
    // One highlight under two names: its tint and its kind's underline style.
    expect(registry.get(underlineName('place'))).toBe(registry.get(highlightName('place')));
    expect(registry.get(underlineName('place'))?.size).toBe(1);
    expect(registry.size).toBe(MENTION_KINDS.length * 2 + 1);
    underlined.detach();
    expect(registry.size).toBe(0);
  });

  it('leaves a name the page registered under alone, and puts ours back after the page clears the registry', () => {
    const pages = new TestHighlight();
    registry.set(underlineName('person'), pages);
    const layer = new HighlightLayer({ underline: true });
    layer.add('person', rangeOver('Phạm Minh Chính'));
    layer.flush();
    expect(registry.get(underlineName('person'))).toBe(pages);
    registry.clear();
    layer.flush();
    expect(registry.get(underlineName('person'))?.size).toBe(1);
    layer.detach();
    expect(registry.size).toBe(0);
  });
});
