import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { indicatorValues, targets } from "@/db/schema";

/**
 * The values of targeted indicators and the targets of these areas, grouped by area: what the home
 * page's progress counts are computed from, in two queries. An area without targets is absent.
 */
export function listTargetedValues(areaIds: number[]) {
  const db = getDb();
  const values = db
    .select({ areaId: indicatorValues.areaId, indicatorKey: indicatorValues.indicatorKey, year: indicatorValues.year, value: indicatorValues.value })
    .from(indicatorValues)
    // Only the values of targeted indicators count toward the summary.
    .innerJoin(targets, and(eq(targets.areaId, indicatorValues.areaId), eq(targets.indicatorKey, indicatorValues.indicatorKey)))
    .where(inArray(indicatorValues.areaId, areaIds))
    .all();
  const allTargets = db
    .select({ areaId: targets.areaId, indicatorKey: targets.indicatorKey, kind: targets.kind, value: targets.value, baseYear: targets.baseYear, targetYear: targets.targetYear })
    .from(targets)
    .where(inArray(targets.areaId, areaIds))
    .all();

  const byArea = new Map<number, { values: typeof values; targets: typeof allTargets }>();
  const bucket = (id: number) => byArea.get(id) ?? byArea.set(id, { values: [], targets: [] }).get(id)!;
  for (const v of values) bucket(v.areaId).values.push(v);
  for (const t of allTargets) bucket(t.areaId).targets.push(t);
  return byArea;
}
