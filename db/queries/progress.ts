import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { indicatorValues, targets } from "@/db/schema";
import { assessAreaProgress, type IndicatorProgress } from "@/lib/domain/area-progress";
import { summariseStatuses } from "@/lib/domain/progress";
import { listIndicators } from "./indicators";
import { memoUntilWrite } from "./memo";
import { getAreaTargets } from "./targets";
import { getAreaSeries } from "./values";

/**
 * Progress toward the 2025 targets of one area, as of a year (default: the latest data). Kept until
 * a value or a target is written, for the few areas asked last (read-only: every caller shares it).
 */
export function getAreaProgress(areaId: number, asOfYear?: number): readonly IndicatorProgress[] {
  return memoUntilWrite(
    "area-progress",
    `${areaId}|${asOfYear ?? ""}`,
    () => assessAreaProgress(listIndicators(), getAreaSeries(areaId, { to: asOfYear }), getAreaTargets(areaId), asOfYear),
    ["indicator_values", "targets"],
  );
}

type ProgressCounts = ReturnType<typeof summariseStatuses>;

/**
 * For the home page: the given areas' counts of targeted indicators by status. Takes the ids of the
 * areas shown (one page), so the work follows the page, not the number of areas in the programme.
 * Each area's counts are kept until a value or a target is written: counting a page of 30 areas
 * anew on every view allocated 5 MB a view at national scale (a sampled heap profile).
 */
export function getProgressSummaries(areaIds: readonly number[]): Map<number, ProgressCounts> {
  // This kind's map is filled here alone, as pages are shown; after a write the memo hands out a new,
  // empty one. An area without targets is kept as null.
  const kept = memoUntilWrite("progress-summaries", "", () => new Map<number, ProgressCounts | null>(), ["indicator_values", "targets"]);
  const missing = areaIds.filter((id) => !kept.has(id));
  if (missing.length > 0) {
    const counted = countProgress(missing);
    for (const id of missing) kept.set(id, counted.get(id) ?? null);
  }
  const summaries = new Map<number, ProgressCounts>();
  for (const id of areaIds) {
    const summary = kept.get(id);
    if (summary) summaries.set(id, summary);
  }
  return summaries;
}

function countProgress(ids: number[]): Map<number, ProgressCounts> {
  const summaries = new Map<number, ProgressCounts>();
  const db = getDb();
  const indicators = listIndicators();
  const values = db
    .select({ areaId: indicatorValues.areaId, indicatorKey: indicatorValues.indicatorKey, year: indicatorValues.year, value: indicatorValues.value })
    .from(indicatorValues)
    // Only the values of targeted indicators count toward the summary.
    .innerJoin(targets, and(eq(targets.areaId, indicatorValues.areaId), eq(targets.indicatorKey, indicatorValues.indicatorKey)))
    .where(inArray(indicatorValues.areaId, ids))
    .all();
  const allTargets = db
    .select({ areaId: targets.areaId, indicatorKey: targets.indicatorKey, kind: targets.kind, value: targets.value, baseYear: targets.baseYear, targetYear: targets.targetYear })
    .from(targets)
    .where(inArray(targets.areaId, ids))
    .all();

  const byArea = new Map<number, { values: typeof values; targets: typeof allTargets }>();
  const bucket = (id: number) => byArea.get(id) ?? byArea.set(id, { values: [], targets: [] }).get(id)!;
  for (const v of values) bucket(v.areaId).values.push(v);
  for (const t of allTargets) bucket(t.areaId).targets.push(t);

  for (const [areaId, data] of byArea) {
    const targeted = new Set(data.targets.map((t) => t.indicatorKey));
    const progress = assessAreaProgress(indicators.filter((i) => targeted.has(i.key)), data.values, data.targets);
    summaries.set(areaId, summariseStatuses(progress.map((p) => p.result)));
  }
  return summaries;
}
