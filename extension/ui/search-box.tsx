/**
 * The search box of the popup and the side panel: answers as you type, results grouped by kind with what each
 * is, a listbox driven from the input (ArrowUp/ArrowDown move, Enter opens, Escape clears), mouse too.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { groupByKind, type SearchIndex, type SearchResult } from '../../shared/search/search-index.ts';
import { kindLabel, t } from './i18n.ts';

export interface SearchBoxProps {
  index?: SearchIndex;
  /** Enter or a click on a result. `event` is the user's gesture, for APIs that need one. */
  onChoose: (result: SearchResult, event: Event) => void;
  /** Escape in an empty box. */
  onEscape?: () => void;
  autoFocus?: boolean;
  limit?: number;
}

export function SearchBox({ index, onChoose, onEscape, autoFocus = false, limit = 20 }: SearchBoxProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLDivElement>(null);

  const groups = useMemo(() => {
    const results = index?.search(query, { limit }) ?? [];
    // Groups in the order of their best result, so that the best match of all is the first option.
    return groupByKind(results, [...new Set(results.map((result) => result.kind))]);
  }, [index, query, limit]);
  const flat = useMemo(() => groups.flatMap((group) => group.results), [groups]);
  const optionId = (result: SearchResult) => `${id}-option-${result.id}`;
  const activeResult = flat[Math.min(active, flat.length - 1)];

  useEffect(() => setActive(0), [query]);
  useEffect(() => {
    if (autoFocus) input.current?.focus();
  }, [autoFocus]);
  useEffect(() => {
    if (!activeResult) return;
    list.current?.querySelector(`[id="${optionId(activeResult)}"]`)?.scrollIntoView({ block: 'nearest' });
  });

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (flat.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((Math.min(active, flat.length - 1) + step + flat.length) % flat.length);
    } else if (event.key === 'Enter' && activeResult) {
      event.preventDefault();
      onChoose(activeResult, event);
    } else if (event.key === 'Escape') {
      if (query !== '') {
        event.preventDefault();
        setQuery('');
      } else onEscape?.();
    }
  };

  const open = query.trim() !== '' && flat.length > 0;
  return (
    <div class="ml-search">
      <label for={`${id}-input`} class="ml-visually-hidden">
        {t('searchLabel')}
      </label>
      <input
        ref={input}
        id={`${id}-input`}
        class="ml-search-input"
        type="search"
        // biome-ignore lint/a11y/noRedundantRoles: Biome takes `list` for a datalist; without the role it is a searchbox.
        role="combobox"
        // Preact's types ask a combobox input for `list` (a datalist); ours is the listbox below.
        list={undefined}
        autocomplete="off"
        spellcheck={false}
        placeholder={t('searchPlaceholder')}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={`${id}-results`}
        aria-activedescendant={open && activeResult ? optionId(activeResult) : undefined}
        value={query}
        onInput={(event) => setQuery(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <div ref={list} id={`${id}-results`} class="ml-results" role="listbox" aria-label={t('searchResults')}>
        {groups.map((group) => (
          // biome-ignore lint/a11y: the ARIA combobox pattern: the input keeps focus and drives the options through aria-activedescendant.
          <div key={group.kind} role="group" aria-labelledby={`${id}-group-${group.kind}`}>
            <div id={`${id}-group-${group.kind}`} class={`ml-group-title ml-kind-${group.kind}`}>
              {kindLabel(group.kind)}
            </div>
            {group.results.map((result) => (
              // biome-ignore lint/a11y: as above; a click is the mouse's Enter.
              <div
                key={result.id}
                id={optionId(result)}
                role="option"
                aria-selected={result === activeResult}
                class={`ml-option ml-kind-${result.kind}`}
                data-entity={result.id}
                onMouseMove={() => setActive(flat.indexOf(result))}
                onClick={(event) => onChoose(result, event)}
              >
                <span class="ml-option-name">{result.name}</span>
                <span class="ml-option-desc">{result.description}</span>
              </div>
            ))}
          </div>
        ))}
      </div>
      {query.trim() !== '' && index && flat.length === 0 && <p class="ml-empty">{t('searchNone', query.trim())}</p>}
      {/* Announced to screen readers as the reader types: how many results there are now. */}
      <p class="ml-visually-hidden" role="status" aria-live="polite" data-testid="search-count">
        {query.trim() !== '' && index ? t('searchCount', flat.length) : ''}
      </p>
      {!index && <p class="ml-empty">{t('searchLoading')}</p>}
    </div>
  );
}
