import "server-only";
import { listApprovedYears } from "@/db/queries/plan-periods";
import { listTargetedValues } from "@/db/queries/progress";
import { listProgressInputs } from "@/db/queries/summary";
import { achievementOf, type Achievement } from "@/lib/domain/period-achievement";
import { getAreaTargets } from "@/db/queries/targets";
import { assessAreaProgress, type IndicatorProgress } from "@/lib/domain/area-progress";
import { currentPeriod, findPeriod, periodOfYear, type PlanPeriod } from "@/lib/domain/plan";
import { summariseStatuses, type ProgressStatus } from "@/lib/domain/progress";
import { keptUntilWrite } from "./cache";
import { getAreaSeries, listIndicators, listPlanPeriods } from "./kept-reads";

/**
 * The plan period a view shows: the one named, else the one a year belongs to (the summary of 2023
 * shows the 14th period as it stood then), else the current one.
 */
export function resolvePeriod(opts: { period?: PlanPeriod; asOfYear?: number } = {}): PlanPeriod {
  const periods = listPlanPeriods();
  const period = opts.period ?? (opts.asOfYear !== undefined ? periodOfYear(periods, opts.asOfYear) : currentPeriod(periods));
  if (!period) throw new Error("no plan period: the reference data is not seeded");
  return period;
}

/** The period a page shows: the one its link names (`?period=`), else the current one. */
export function periodFromParam(code: string | string[] | undefined): PlanPeriod {
  const named = typeof code === "string" ? findPeriod(listPlanPeriods(), code) : null;
  return resolvePeriod({ period: named ?? undefined });
}

/**
 * Progress toward the targets of one plan period of one area, as of a year (default: the latest
 * data), for the few areas asked last (read-only: every caller shares it). A closed period's targets
 * carry their verdicts, final where the target year is approved.
 */
export function getAreaProgress(areaId: number, opts: { period?: PlanPeriod; asOfYear?: number } = {}): readonly IndicatorProgress[] {
  const period = resolvePeriod(opts);
  const { asOfYear } = opts;
  return keptUntilWrite("area-progress", `${areaId}|${period.code}|${asOfYear ?? ""}`, () =>
    assessAreaProgress(
      listIndicators(),
      getAreaSeries(areaId, { to: asOfYear }),
      getAreaTargets(areaId, period.code),
      { period, approvedYears: new Set(listApprovedYears(areaId)) },
      asOfYear,
    ),
  );
}

export type ProgressCounts = ReturnType<typeof summariseStatuses>;

/**
 * For the home page: the given areas' counts of targeted indicators by status, for one plan period.
 * Takes the ids of the areas shown (one page), so the work follows the page, not the number of areas
 * in the programme. Each area's counts are kept until the next write: counting a page anew on every
 * view allocated more than the page it drew.
 */
export function getProgressSummaries(areaIds: readonly number[], period: PlanPeriod = resolvePeriod()): Map<number, ProgressCounts> {
  // This kind's map is filled here alone, as pages are shown; after a write the cache hands out a
  // new, empty one. An area without targets is kept as null.
  const kept = keptUntilWrite("progress-summaries", period.code, () => new Map<number, ProgressCounts | null>());
  const missing = areaIds.filter((id) => !kept.has(id));
  if (missing.length > 0) {
    const counted = countProgress(missing, period);
    for (const id of missing) kept.set(id, counted.get(id) ?? null);
  }
  const summaries = new Map<number, ProgressCounts>();
  for (const id of areaIds) {
    const summary = kept.get(id);
    if (summary) summaries.set(id, summary);
  }
  return summaries;
}

function countProgress(ids: number[], period: PlanPeriod): Map<number, ProgressCounts> {
  const summaries = new Map<number, ProgressCounts>();
  const indicators = listIndicators();
  for (const [areaId, data] of listTargetedValues(ids, period.code)) {
    const targeted = new Set(data.targets.map((t) => t.indicatorKey));
    const progress = assessAreaProgress(indicators.filter((i) => targeted.has(i.key)), data.values, data.targets, {
      period,
      approvedYears: new Set(data.approvedYears),
    });
    summaries.set(areaId, summariseStatuses(progress.map((p) => p.result)));
  }
  return summaries;
}

const NO_YEARS: ReadonlySet<number> = new Set();

export type ProgressInputs = ReturnType<typeof listProgressInputs> extends Map<number, infer I> ? I : never;

/**
 * The statuses of one area's targets of the plan period a year belongs to, as of that year, from its
 * progress inputs (listProgressInputs): what grades and period results are counted from. Whether a
 * verdict is final does not change them.
 */
export function periodStatuses(inputs: ProgressInputs, year: number): ProgressStatus[] {
  const period = resolvePeriod({ asOfYear: year });
  const targets = inputs.targets.filter((t) => t.period === period.code);
  const targeted = new Set(targets.map((t) => t.indicatorKey));
  return assessAreaProgress(listIndicators().filter((i) => targeted.has(i.key)), inputs.values, targets, { period, approvedYears: NO_YEARS }, year).map(
    (p) => p.result.status,
  );
}

/**
 * How the targets of a closed period came out for each of these areas, as of its target year (the
 * 2025 summary's comparison with the peers): met, missed and not judged, read in two queries.
 */
export function getPeriodAchievements(areaIds: readonly number[], period: PlanPeriod): Map<number, Achievement> {
  const out = new Map<number, Achievement>();
  for (const [areaId, inputs] of listProgressInputs(areaIds)) out.set(areaId, achievementOf(periodStatuses(inputs, period.targetYear)));
  return out;
}
