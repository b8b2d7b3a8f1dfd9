import "server-only";
import { listTargetedValues } from "@/db/queries/progress";
import { getAreaTargets } from "@/db/queries/targets";
import { assessAreaProgress, type IndicatorProgress } from "@/lib/domain/area-progress";
import { summariseStatuses } from "@/lib/domain/progress";
import { keptUntilWrite } from "./cache";
import { getAreaSeries, listIndicators } from "./kept-reads";

/**
 * Progress toward the 2025 targets of one area, as of a year (default: the latest data), for the few
 * areas asked last (read-only: every caller shares it).
 */
export function getAreaProgress(areaId: number, asOfYear?: number): readonly IndicatorProgress[] {
  return keptUntilWrite("area-progress", `${areaId}|${asOfYear ?? ""}`, () =>
    assessAreaProgress(listIndicators(), getAreaSeries(areaId, { to: asOfYear }), getAreaTargets(areaId), asOfYear),
  );
}

export type ProgressCounts = ReturnType<typeof summariseStatuses>;

/**
 * For the home page: the given areas' counts of targeted indicators by status. Takes the ids of the
 * areas shown (one page), so the work follows the page, not the number of areas in the programme.
 * Each area's counts are kept until a value or a target is written: counting a page anew on every
 * view allocated more than the page it drew.
 */
export function getProgressSummaries(areaIds: readonly number[]): Map<number, ProgressCounts> {
  // This kind's map is filled here alone, as pages are shown; after a write the cache hands out a
  // new, empty one. An area without targets is kept as null.
  const kept = keptUntilWrite("progress-summaries", "", () => new Map<number, ProgressCounts | null>());
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
  const indicators = listIndicators();
  for (const [areaId, data] of listTargetedValues(ids)) {
    const targeted = new Set(data.targets.map((t) => t.indicatorKey));
    const progress = assessAreaProgress(indicators.filter((i) => targeted.has(i.key)), data.values, data.targets);
    summaries.set(areaId, summariseStatuses(progress.map((p) => p.result)));
  }
  return summaries;
}
