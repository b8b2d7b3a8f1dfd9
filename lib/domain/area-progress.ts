import type { IndicatorDefinition } from "./indicator";
import { assessProgress, type ProgressResult, type TargetSpec, type YearValue } from "./progress";

type IndicatorLike = Pick<IndicatorDefinition, "key" | "direction" | "growthForm">;
type ValueLike = { indicatorKey: string; year: number; value: number };
type TargetLike = { indicatorKey: string } & TargetSpec;

export type IndicatorProgress = { indicatorKey: string; series: YearValue[]; target: TargetSpec | null; result: ProgressResult };

/** Progress of every scored indicator of one area (context indicators have no direction to progress in). */
export function assessAreaProgress(
  indicators: readonly IndicatorLike[],
  values: readonly ValueLike[],
  targets: readonly TargetLike[],
  asOfYear?: number,
): IndicatorProgress[] {
  const seriesByKey = new Map<string, YearValue[]>();
  for (const v of values) {
    const list = seriesByKey.get(v.indicatorKey) ?? [];
    list.push({ year: v.year, value: v.value });
    seriesByKey.set(v.indicatorKey, list);
  }
  const targetByKey = new Map(targets.map((t) => [t.indicatorKey, t]));

  return indicators.flatMap((ind) => {
    if (ind.direction === "context") return [];
    const series = (seriesByKey.get(ind.key) ?? []).sort((a, b) => a.year - b.year);
    const t = targetByKey.get(ind.key);
    const target: TargetSpec | null = t ? { kind: t.kind, value: t.value, baseYear: t.baseYear, targetYear: t.targetYear } : null;
    const result = assessProgress({ series, direction: ind.direction, growthForm: ind.growthForm, target, asOfYear });
    return [{ indicatorKey: ind.key, series, target, result }];
  });
}
