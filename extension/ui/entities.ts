/**
 * The entities the search boxes search, asked of the background: only the background opens the database, and it
 * has the base in use (the bundle and the reader's packs) in memory.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Entity } from '../../shared/factbase/schema.ts';
import { createSearchIndex, type SearchIndex } from '../../shared/search/search-index.ts';
import { type Status, sendToBackground } from '../messaging/protocol.ts';

/** The background's status and a search index over the entities (both undefined until loaded). */
export function useSearchIndex(): { status?: Status; index?: SearchIndex } {
  const [state, setState] = useState<{ status?: Status; index?: SearchIndex }>({});
  useEffect(() => {
    let live = true;
    void (async () => {
      const status = await sendToBackground({ type: 'status' });
      if (live) setState({ status });
      const entities = await sendToBackground({ type: 'search-entities' });
      // The index reads only the fields a SearchEntity has (names, aliases, summary, roles).
      if (live) setState({ status, index: createSearchIndex(entities as Entity[]) });
    })();
    return () => {
      live = false;
    };
  }, []);
  return state;
}
