import "server-only";
import { memoUntilWrite } from "@/db/queries/memo";
import type { DataVersionedTable } from "@/db/schema";

/**
 * A JSON answer whose serialised body is kept until one of the tables it is computed from changes.
 * With the payload itself already kept, a 3,000-row answer spent most of its time in JSON.stringify.
 */
export function keptJson(kind: string, key: string, dependsOn: readonly DataVersionedTable[], payload: () => unknown): Response {
  const body = memoUntilWrite(`json:${kind}`, key, () => JSON.stringify(payload()), dependsOn);
  return new Response(body, { headers: { "content-type": "application/json" } });
}
