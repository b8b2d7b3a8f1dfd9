import "server-only";
import { getDb, type Db } from "@/db/client";
import type { DataVersionedTable } from "@/db/schema";
import { processWide } from "@/lib/process-wide";
import { preparedOnce } from "./prepared";

// Results derived from the whole database (composites over thousands of areas, the national
// overview) are kept in memory until what they were computed from changes. The key carries a write
// stamp read from the database itself, so no write path has to remember to invalidate anything: a
// write by this server, by a script on another connection, or a restore all make a kept result stale.

// The stamps are read on every lookup of a kept result, so their statements are prepared once per
// connection. A prepared PRAGMA answers anew at every step; better-sqlite3's pragma() prepares it on each call.
const stampQueries = new WeakMap<Db["$client"], ReturnType<typeof prepareStamps>>();

function prepareStamps(sqlite: Db["$client"]) {
  return {
    dataVersion: sqlite.prepare<[], number>("pragma data_version").pluck(),
    changes: sqlite.prepare<[], number>("select total_changes()").pluck(),
    versions: sqlite.prepare<[], { name: string; version: number }>("select name, version from data_versions"),
  };
}

const stamps = () => preparedOnce(stampQueries, getDb().$client, prepareStamps);

/**
 * Changes whenever anything is written: `total_changes()` counts this connection's changed rows,
 * `data_version` moves when another connection commits. Both are answered without reading a page.
 */
function dataStamp(): string {
  const { dataVersion, changes } = stamps();
  return `${dataVersion.get()}:${changes.get() ?? 0}`;
}

/** Changes whenever a row of one of these tables is written (the triggers of migration 0007). */
function tablesStamp(tables: readonly DataVersionedTable[]): string {
  const version = new Map(stamps().versions.all().map((r) => [r.name, r.version]));
  return tables.map((t) => `${t}:${version.get(t)}`).join(",");
}

/** What the scores of a group are computed from: the values and the areas. */
export const SCORE_TABLES = ["indicator_values", "areas"] as const satisfies readonly DataVersionedTable[];

type Entry = { stamp: string; value: unknown };

// A few entries per kind: enough for the overview's years × levels, small enough to keep the
// server's memory bounded at national scale. Kinds whose entries are large pass a smaller limit.
const MAX_ENTRIES = 24;

/**
 * For kinds whose every entry covers a whole group of areas (a composite, last year's scores, the
 * overview's proposals): megabytes each at 3,000 areas, a composite of all of them about 7 MiB.
 * Four cover the current year's groups (all areas, each level) and one more.
 */
export const GROUP_RESULTS_KEPT = 4;
const caches = processWide("memo", () => new Map<string, Map<string, Entry>>());

/**
 * `compute()` once per key until the next write: to any table, or, given `dependsOn`, to one of
 * those tables only (all that `compute` reads must then be among them). One kind always passes the
 * same `dependsOn`. Callers must treat the result as read-only: it is shared by every request that
 * asks for the same key.
 */
export function memoUntilWrite<T>(kind: string, key: string, compute: () => T, dependsOn?: readonly DataVersionedTable[], maxEntries = MAX_ENTRIES): T {
  const stamp = dependsOn ? tablesStamp(dependsOn) : dataStamp();
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
  while (cache.size > maxEntries) cache.delete(cache.keys().next().value!);
  return value;
}
