import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { areaYears, indicatorValues, targets } from "@/db/schema";

/**
 * The values of targeted indicators, the targets of one plan period and the approved years of these
 * areas, grouped by area: what the home page's progress counts are computed from, in three queries.
 * An area without targets in the period is absent.
 */
export function listTargetedValues(areaIds: number[], period: string) {
  const db = getDb();
  const values = db
    .select({ areaId: indicatorValues.areaId, indicatorKey: indicatorValues.indicatorKey, year: indicatorValues.year, value: indicatorValues.value })
    .from(indicatorValues)
    // Only the values of targeted indicators count toward the summary.
    .innerJoin(targets, and(eq(targets.areaId, indicatorValues.areaId), eq(targets.indicatorKey, indicatorValues.indicatorKey), eq(targets.period, period)))
    .where(inArray(indicatorValues.areaId, areaIds))
    .all();
  const allTargets = db
    .select({ areaId: targets.areaId, indicatorKey: targets.indicatorKey, kind: targets.kind, value: targets.value, baseYear: targets.baseYear, targetYear: targets.targetYear })
    .from(targets)
    .where(and(inArray(targets.areaId, areaIds), eq(targets.period, period)))
    .all();
  const approved = db
    .select({ areaId: areaYears.areaId, year: areaYears.year })
    .from(areaYears)
    .where(and(inArray(areaYears.areaId, areaIds), eq(areaYears.status, "approved")))
    .all();

  const byArea = new Map<number, { values: typeof values; targets: typeof allTargets; approvedYears: number[] }>();
  const bucket = (id: number) => byArea.get(id) ?? byArea.set(id, { values: [], targets: [], approvedYears: [] }).get(id)!;
  for (const t of allTargets) bucket(t.areaId).targets.push(t);
  for (const v of values) byArea.get(v.areaId)?.values.push(v);
  for (const a of approved) byArea.get(a.areaId)?.approvedYears.push(a.year);
  return byArea;
}
