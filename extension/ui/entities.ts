/**
 * The entities the search boxes search: read from the extension's database once it holds the base in use,
 * else (seeding, or no database) asked of the background, which has the bundle in memory.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Entity } from '../../shared/factbase/schema.ts';
import { createSearchIndex, type SearchIndex } from '../../shared/search/search-index.ts';
import { openDatabase } from '../db/database.ts';
import { type SearchEntity, type Status, sendToBackground } from '../messaging/protocol.ts';

async function loadEntities(status: Status): Promise<SearchEntity[]> {
  if (status.database === 'ready' && status.seededVersion === status.version) {
    try {
      const db = await openDatabase();
      try {
        return await db.entities.toArray();
      } finally {
        db.close();
      }
    } catch (error) {
      console.warn('[Mekong Lens] reading the database failed; asking the background', error);
    }
  }
  return sendToBackground({ type: 'search-entities' });
}

/** The background's status and a search index over the entities (both undefined until loaded). */
export function useSearchIndex(): { status?: Status; index?: SearchIndex } {
  const [state, setState] = useState<{ status?: Status; index?: SearchIndex }>({});
  useEffect(() => {
    let live = true;
    void (async () => {
      const status = await sendToBackground({ type: 'status' });
      if (live) setState({ status });
      const entities = await loadEntities(status);
      // The index reads only the fields a SearchEntity has (names, aliases, summary, roles).
      if (live) setState({ status, index: createSearchIndex(entities as Entity[]) });
    })();
    return () => {
      live = false;
    };
  }, []);
  return state;
}
