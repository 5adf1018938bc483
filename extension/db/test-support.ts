/** Shared by the database tests: a fresh database per test. */
import 'fake-indexeddb/auto';
import { MekongDatabase } from './database.ts';

let counter = 0;

/** A database with a name no other test uses. */
export function freshDatabase(): MekongDatabase {
  counter += 1;
  return new MekongDatabase({ name: `mekong-lens-test-${counter}-${Math.random().toString(36).slice(2)}` });
}
