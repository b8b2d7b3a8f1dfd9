import "server-only";
import { memoUntilWrite } from "@/db/queries/memo";
import type { DataVersionedTable } from "@/db/schema";

/**
 * A JSON answer whose body is kept, serialised and encoded, until one of the tables it is computed
 * from changes. With the payload itself already kept, a 3,000-row answer spent most of its time in
 * JSON.stringify, and encoding the kept string again for every request took the rest.
 * (A body gzipped here would not be kept either: Next drops a route handler's Content-Encoding and
 * compresses the body again itself.)
 */
export function keptJson(kind: string, key: string, dependsOn: readonly DataVersionedTable[], payload: () => unknown): Response {
  const body = memoUntilWrite(`json:${kind}`, key, () => new TextEncoder().encode(JSON.stringify(payload())), dependsOn);
  return new Response(body, { headers: { "content-type": "application/json" } });
}
