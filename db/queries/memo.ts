import "server-only";
import { getDb } from "@/db/client";

// Results derived from the whole database (composites over thousands of areas, the national
// overview) are kept in memory until the database next changes. The key is the database's write
// stamp, so no write path has to remember to invalidate anything: a write by this server, by a
// script on another connection, or a restore all make every kept result stale at once.

/**
 * Changes whenever anything is written: `total_changes()` counts this connection's changed rows,
 * `data_version` moves when another connection commits. Both are answered without reading a page.
 */
export function dataStamp(): string {
  const sqlite = getDb().$client;
  const version = sqlite.pragma("data_version", { simple: true }) as number;
  const changes = (sqlite.prepare("select total_changes()").pluck().get() as number) ?? 0;
  return `${version}:${changes}`;
}

type Entry = { stamp: string; value: unknown };

// A few entries per kind: enough for the overview's years × levels, small enough to keep the
// server's memory bounded at national scale.
const MAX_ENTRIES = 24;
const caches = new Map<string, Map<string, Entry>>();

/**
 * `compute()` once per key until the next write. Callers must treat the result as read-only: it
 * is shared by every request that asks for the same key.
 */
export function memoUntilWrite<T>(kind: string, key: string, compute: () => T): T {
  const stamp = dataStamp();
  let cache = caches.get(kind);
  if (!cache) caches.set(kind, (cache = new Map()));
  const hit = cache.get(key);
  if (hit && hit.stamp === stamp) {
    // Most recently used last, so the oldest entry is the first to go.
    cache.delete(key);
    cache.set(key, hit);
    return hit.value as T;
  }
  const value = compute();
  cache.delete(key);
  cache.set(key, { stamp, value });
  // Entries of an older stamp can never be hit again.
  for (const [k, e] of cache) if (e.stamp !== stamp) cache.delete(k);
  while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return value;
}
