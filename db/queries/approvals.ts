import "server-only";
import { getDb, type Db } from "@/db/client";
import { preparedOnce } from "./prepared";

// The approved area-years: what the public audience is shown (lib/domain/audience.ts). One small
// read of area_years, kept by lib/services/audience.ts until the next write.

const approvedQueries = new WeakMap<Db["$client"], ReturnType<typeof prepareApproved>>();

function prepareApproved(sqlite: Db["$client"]) {
  return sqlite.prepare<[], { areaId: number; year: number }>("select area_id as areaId, year from area_years where status = 'approved'");
}

/** Every approved area-year, by area id. */
export function readApprovedAreaYears(): Map<number, Set<number>> {
  const out = new Map<number, Set<number>>();
  for (const { areaId, year } of preparedOnce(approvedQueries, getDb().$client, prepareApproved).all()) {
    let years = out.get(areaId);
    if (!years) out.set(areaId, (years = new Set()));
    years.add(year);
  }
  return out;
}
