import "server-only";
import { getDb } from "@/db/client";

// The worker pool's threads (lib/workers/) each open their own connection to the database, beside
// the server's. A task that only reads runs with SQLite's query_only on, so that no path it takes can
// write; the import, the one task that writes, runs with it off.

/** Refuse (true) or allow (false) writes on this thread's connection. */
export function setQueryOnly(on: boolean): void {
  getDb().$client.pragma(`query_only = ${on ? 1 : 0}`);
}
