import type { IndicatorDefinition } from "./indicator";
import { isJudged, type PlanPeriod } from "./plan";
import { assessProgress, judgeTarget, type ProgressResult, type TargetSpec, type YearValue } from "./progress";

type IndicatorLike = Pick<IndicatorDefinition, "key" | "direction" | "growthForm" | "decimals">;
type ValueLike = { indicatorKey: string; year: number; value: number };
type TargetLike = { indicatorKey: string } & TargetSpec;

/** The plan period assessed, and which of the area's years are approved (a verdict is final once its target year is). */
export type PeriodContext = { period: PlanPeriod; approvedYears: ReadonlySet<number> };

export type IndicatorProgress = {
  indicatorKey: string;
  series: YearValue[];
  target: TargetSpec | null;
  result: ProgressResult;
  /** For a judged period: the share of the intended change achieved, and whether the verdict is final. */
  verdict: { achievedShare: number | null; targetYearValue: number | null; final: boolean } | null;
};

/**
 * Progress of every scored indicator of one area toward the targets of one plan period (context
 * indicators have no direction to progress in). An open period before any value after its base year
 * shows "no data yet"; a closed period, seen from its target year on, gives each target its verdict.
 */
export function assessAreaProgress(
  indicators: readonly IndicatorLike[],
  values: readonly ValueLike[],
  targets: readonly TargetLike[],
  context: PeriodContext,
  asOfYear?: number,
): IndicatorProgress[] {
  const { period, approvedYears } = context;
  const seriesByKey = new Map<string, YearValue[]>();
  for (const v of values) {
    const list = seriesByKey.get(v.indicatorKey) ?? [];
    list.push({ year: v.year, value: v.value });
    seriesByKey.set(v.indicatorKey, list);
  }
  const targetByKey = new Map(targets.map((t) => [t.indicatorKey, t]));
  const judged = isJudged(period, asOfYear);

  return indicators.flatMap((ind) => {
    if (ind.direction === "context") return [];
    const series = (seriesByKey.get(ind.key) ?? []).sort((a, b) => a.year - b.year);
    const t = targetByKey.get(ind.key);
    const target: TargetSpec | null = t ? { kind: t.kind, value: t.value, baseYear: t.baseYear, targetYear: t.targetYear } : null;
    const result = assessProgress({
      series,
      direction: ind.direction,
      growthForm: ind.growthForm,
      target,
      baseYear: period.baseYear,
      targetYear: period.targetYear,
      asOfYear,
    });
    let verdict: IndicatorProgress["verdict"] = null;
    if (target && judged) {
      const v = judgeTarget({ series, direction: ind.direction, decimals: ind.decimals, targetYear: target.targetYear, baseValue: result.baseValue, targetValue: result.targetValue });
      result.status = v.status;
      verdict = { achievedShare: v.achievedShare, targetYearValue: v.targetYearValue, final: approvedYears.has(target.targetYear) };
    } else if (target && period.state === "open" && (result.latestYear === null || result.latestYear <= target.baseYear)) {
      // Nothing is assessed from the base year alone: a period begins with its first reported year.
      result.status = "no_data_yet";
    }
    return [{ indicatorKey: ind.key, series, target, result, verdict }];
  });
}
