/**
 * A statement prepared once per transaction (or per connection) and reused by every call inside it:
 * drizzle builds its SQL and SQLite compiles it once, not on every call.
 */
export function preparedOnce<K extends object, T>(cache: WeakMap<K, T>, owner: K, prepare: (owner: K) => T): T {
  let prepared = cache.get(owner);
  if (!prepared) {
    prepared = prepare(owner);
    cache.set(owner, prepared);
  }
  return prepared;
}
