/**
 * Records keyed by the fact base's text — entity ids, folded aliases, seed files — where a pack chooses the keys.
 * A plain object answers "constructor", "toString" or "__proto__" from its prototype (an alias "Constructor" once
 * read `Object` as its list of ids), and `record["__proto__"] = …` would replace its prototype. Built without a
 * prototype; read through `own`, which also holds for records that came back from storage or a message as plain
 * objects.
 */

/** An empty record with no prototype: every key is the data's. */
function emptyRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** A record built from entries, without a prototype. */
export function recordOf<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  const record = emptyRecord<T>();
  for (const [key, value] of entries) record[key] = value;
  return record;
}

/** The record's own value at `key`, never one its prototype lends. */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}
