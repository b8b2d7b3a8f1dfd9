import "server-only";
import { getDb, type Db } from "@/db/client";
import { preparedOnce } from "./prepared";

// The counters kept results are stamped with (lib/services/cache.ts): the database moves them on every
// write, whichever connection makes it, so no write path has to remember to invalidate anything.

// Read on every lookup of a kept result, so the statements are prepared once per connection. A
// prepared PRAGMA answers anew at every step; better-sqlite3's pragma() prepares it on each call.
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
export function readWriteStamp(): string {
  const { dataVersion, changes } = stamps();
  return `${dataVersion.get()}:${changes.get() ?? 0}`;
}

/** Each versioned table's write counter (data_versions, moved by the triggers of migration 0007). */
export function readTableVersions(): { name: string; version: number }[] {
  return stamps().versions.all();
}
