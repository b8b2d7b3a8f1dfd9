import "server-only";
import { keptUntilWrite, type UntilWriteKind } from "@/lib/services/cache";

type JsonKind = Extract<UntilWriteKind, `${string}-json`>;

/**
 * A JSON answer whose body is kept, serialised and encoded, until one of the tables its kind depends
 * on changes (lib/services/cache.ts). With the payload itself already kept, a national answer spent
 * most of its time in JSON.stringify, and encoding the kept string again for every request took the rest.
 * (A body gzipped here would not be kept either: Next drops a route handler's Content-Encoding and
 * compresses the body again itself.)
 */
export function keptJson(kind: JsonKind, key: string, payload: () => unknown): Response {
  const body = keptUntilWrite(kind, key, () => new TextEncoder().encode(JSON.stringify(payload())));
  return new Response(body, { headers: { "content-type": "application/json" } });
}
