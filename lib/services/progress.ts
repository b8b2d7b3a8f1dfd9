import "server-only";
import { listTargetedValues } from "@/db/queries/progress";
import { listIndicatorValuesOf, listProgressInputs } from "@/db/queries/summary";
import { achievementOf, type Achievement } from "@/lib/domain/period-achievement";
import { getAreaTargets, listTargetTrail } from "@/db/queries/targets";
import { assessAreaProgress, type IndicatorProgress } from "@/lib/domain/area-progress";
import { currentPeriod, findPeriod, periodOfYear, type PlanPeriod } from "@/lib/domain/plan";
import { summariseStatuses, type ProgressStatus } from "@/lib/domain/progress";
import { targetsAtApproval } from "@/lib/domain/target-history";
import { visiblePoints, type Audience } from "@/lib/domain/audience";
import { approvedYearsOf } from "./audience";
import { keptUntilWrite } from "./cache";
import { audienceKey } from "./composite";
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

const NO_YEARS: ReadonlySet<number> = new Set();

/**
 * Progress toward the targets of one plan period of one area, as of a year (default: the latest
 * data), as an audience sees it (the public: from approved years only), for the few areas asked last
 * (read-only: every caller shares it). A closed period's targets carry their verdicts, final where
 * the target year is approved.
 *
 * The assessment is kept on the values and targets alone: whether a verdict is final is applied
 * after the kept result, so an approval leaves the assessment kept. The public's key names the
 * area's approved years, since its series is masked by them.
 */
export function getAreaProgress(areaId: number, opts: { period?: PlanPeriod; asOfYear?: number; audience: Audience }): readonly IndicatorProgress[] {
  const period = resolvePeriod(opts);
  const { asOfYear, audience } = opts;
  const approved = approvedYearsOf(areaId);
  const seen = audience === "full" ? "full" : `public:${[...approved].sort().join(",")}`;
  const assessed = keptUntilWrite("area-progress", `${areaId}|${period.code}|${asOfYear ?? ""}|${seen}`, () =>
    assessAreaProgress(listIndicators(), getAreaSeries(areaId, audience, { to: asOfYear }), getAreaTargets(areaId, period.code), { period, approvedYears: NO_YEARS }, asOfYear),
  );
  return withFinalVerdicts(assessed, approved);
}

/**
 * The kept assessment with each verdict final where its target year is approved: the same array when
 * no verdict turns final (an open period, or a target year not yet approved).
 */
export function withFinalVerdicts(assessed: readonly IndicatorProgress[], approvedYears: ReadonlySet<number>): readonly IndicatorProgress[] {
  if (!assessed.some((p) => p.verdict && p.target && approvedYears.has(p.target.targetYear))) return assessed;
  return assessed.map((p) => (p.verdict && p.target && approvedYears.has(p.target.targetYear) ? { ...p, verdict: { ...p.verdict, final: true } } : p));
}

export type ProgressCounts = ReturnType<typeof summariseStatuses>;

/**
 * For the home page: the given areas' counts of targeted indicators by status, for one plan period.
 * Takes the ids of the areas shown (one page), so the work follows the page, not the number of areas
 * in the programme. Each area's counts are kept until the next write: counting a page anew on every
 * view allocated more than the page it drew.
 */
export function getProgressSummaries(areaIds: readonly number[], audience: Audience, period: PlanPeriod = resolvePeriod()): Map<number, ProgressCounts> {
  // This kind's map is filled here alone, as pages are shown; after a write the cache hands out a
  // new, empty one. An area without targets is kept as null. One map per audience: the public's
  // counts come from approved years only, and its key names the approvals they were counted from.
  const kept = keptUntilWrite("progress-summaries", `${period.code}|${audienceKey(audience)}`, () => new Map<number, ProgressCounts | null>());
  const missing = areaIds.filter((id) => !kept.has(id));
  if (missing.length > 0) {
    const counted = countProgress(missing, period, audience);
    for (const id of missing) kept.set(id, counted.get(id) ?? null);
  }
  const summaries = new Map<number, ProgressCounts>();
  for (const id of areaIds) {
    const summary = kept.get(id);
    if (summary) summaries.set(id, summary);
  }
  return summaries;
}

function countProgress(ids: number[], period: PlanPeriod, audience: Audience): Map<number, ProgressCounts> {
  const summaries = new Map<number, ProgressCounts>();
  const indicators = listIndicators();
  for (const [areaId, data] of listTargetedValues(ids, period.code)) {
    const targeted = new Set(data.targets.map((t) => t.indicatorKey));
    const approvedYears = new Set(data.approvedYears);
    const progress = assessAreaProgress(indicators.filter((i) => targeted.has(i.key)), visiblePoints(data.values, audience, approvedYears), data.targets, {
      period,
      approvedYears,
    });
    summaries.set(areaId, summariseStatuses(progress.map((p) => p.result)));
  }
  return summaries;
}

export type ProgressInputs = ReturnType<typeof listProgressInputs> extends Map<number, infer I> ? I : never;

/**
 * The statuses of an area's targets of the plan period a year belongs to, as of that year, from its
 * progress inputs (listProgressInputs): what grades and period results are counted from. Whether a
 * verdict is final does not change them. The period and the catalogue are resolved once for the
 * year: the overview asks for every area of every year.
 */
export function periodStatusesOf(year: number): (inputs: ProgressInputs) => ProgressStatus[] {
  const period = resolvePeriod({ asOfYear: year });
  const indicators = listIndicators();
  return (inputs) => {
    const targets = inputs.targets.filter((t) => t.period === period.code);
    const targeted = new Set(targets.map((t) => t.indicatorKey));
    return assessAreaProgress(indicators.filter((i) => targeted.has(i.key)), inputs.values, targets, { period, approvedYears: NO_YEARS }, year).map((p) => p.result.status);
  };
}

/** periodStatusesOf for one area-year. */
export function periodStatuses(inputs: ProgressInputs, year: number): ProgressStatus[] {
  return periodStatusesOf(year)(inputs);
}

/**
 * How the targets of a closed period came out for each of these areas, as of its target year (the
 * 2025 summary's comparison with the peers): met, missed and not judged.
 */
export function getPeriodAchievements(areaIds: readonly number[], period: PlanPeriod, audience: Audience): Map<number, Achievement> {
  const statuses = listPeriodStatuses(areaIds, [period.targetYear], audience);
  return new Map(areaIds.flatMap((id) => (statuses.has(`${id}:${period.targetYear}`) ? [[id, achievementOf(statuses.get(`${id}:${period.targetYear}`)!)]] : [])));
}

/** Areas whose progress inputs are read at once. */
const PROGRESS_SLICE = 250;

/**
 * The statuses of these areas' targets for each of the years: of the plan period the year belongs to,
 * as of the year, as an audience sees them (the public: values of approved years only). An approved
 * year is judged against its targets as they stood at its approval, as its summary is; other years
 * against today's. Keyed `areaId:year`; an area with neither targets nor values is absent. What
 * grades, period results and the national picture are counted from: read a slice of areas at a time,
 * in three queries a slice.
 */
export function listPeriodStatuses(areaIds: readonly number[], years: readonly number[], audience: Audience): Map<string, ProgressStatus[]> {
  const byYear = years.map((year) => ({ year, period: resolvePeriod({ asOfYear: year }), statusesOf: periodStatusesOf(year) }));
  const out = new Map<string, ProgressStatus[]>();
  for (let i = 0; i < areaIds.length; i += PROGRESS_SLICE) {
    const slice = areaIds.slice(i, i + PROGRESS_SLICE);
    const trail = listTargetTrail(slice);
    for (const [id, all] of listProgressInputs(slice)) {
      const approved = approvedYearsOf(id);
      const visible = (values: ProgressInputs["values"]) => (audience === "full" ? values : values.filter((v) => approved.has(v.year)));
      const inputs = { ...all, values: visible(all.values) };
      for (const { year, period, statusesOf } of byYear) {
        const today = inputs.targets.filter((t) => t.period === period.code);
        const asApproved = targetsAtApproval(today, trail.changes.get(id) ?? [], trail.approvedAt.get(`${id}:${year}`) ?? null, period.targetYear);
        if (asApproved === today) {
          out.set(`${id}:${year}`, statusesOf(inputs));
          continue;
        }
        // A target since removed needs its values, which the inputs hold only for targets there now.
        const held = new Set(inputs.targets.map((t) => t.indicatorKey));
        const missing = asApproved.map((t) => t.indicatorKey).filter((k) => !held.has(k));
        const values = missing.length > 0 ? [...inputs.values, ...visible(listIndicatorValuesOf(id, missing))] : inputs.values;
        const targets = [...inputs.targets.filter((t) => t.period !== period.code), ...asApproved.map((t) => ({ ...t, areaId: id, period: period.code }))];
        out.set(`${id}:${year}`, statusesOf({ values, targets }));
      }
    }
  }
  return out;
}
