import "server-only";
import { getDb, type Db } from "@/db/client";
import { preparedOnce } from "./prepared";

// The counters kept results are stamped with (lib/services/cache.ts): the database moves them on every
// write, whichever connection makes it, so no write path has to remember to invalidate anything.

// Read on every lookup of a kept result, so the statement is prepared once per connection.
const stampQueries = new WeakMap<Db["$client"], ReturnType<typeof prepareStamps>>();

function prepareStamps(sqlite: Db["$client"]) {
  return {
    versions: sqlite.prepare<[], { name: string; version: number }>("select name, version from data_versions"),
  };
}

const stamps = () => preparedOnce(stampQueries, getDb().$client, prepareStamps);

/** Each versioned table's write counter (data_versions, moved by the triggers of migrations 0007, 0011 and 0013). */
export function readTableVersions(): { name: string; version: number }[] {
  return stamps().versions.all();
}
