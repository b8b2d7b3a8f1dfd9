import type { IndicatorDefinition } from "./indicator";
import type { ProgressResult, YearValue } from "./progress";

/** The projected path drawn dashed from the latest observed value to the target year. */
export function projectionPath(result: ProgressResult): YearValue[] | null {
  const { latestYear, latestValue, observedGrowth, targetYear, form } = result;
  if (latestYear === null || latestValue === null || observedGrowth === null || latestYear >= targetYear) return null;
  const path: YearValue[] = [];
  for (let year = latestYear; year <= targetYear; year++) {
    const k = year - latestYear;
    const value = form === "compound" ? latestValue * (1 + observedGrowth) ** k : latestValue + observedGrowth * k;
    path.push({ year, value });
  }
  return path;
}

/**
 * The national reference as a level for this area: absolute references as they are; relative ones
 * ("−13.5% vs 2020") applied to the area's own 2020 value (none without it).
 */
export function nationalReferenceLevel(
  indicator: Pick<IndicatorDefinition, "nationalRef" | "nationalRefKind">,
  series: YearValue[],
  baseYear = 2020,
): number | null {
  if (indicator.nationalRef === null || indicator.nationalRefKind === null) return null;
  if (indicator.nationalRefKind === "absolute") return indicator.nationalRef;
  const base = series.find((p) => p.year === baseYear)?.value;
  return base === undefined ? null : base * (1 + indicator.nationalRef / 100);
}

/** Every year from the first to the last observed value, gaps as null (so a missing year shows). */
export function yearlySeries(series: YearValue[]): { year: number; value: number | null }[] {
  if (series.length === 0) return [];
  const byYear = new Map(series.map((p) => [p.year, p.value]));
  const first = Math.min(...series.map((p) => p.year));
  const last = Math.max(...series.map((p) => p.year));
  const out: { year: number; value: number | null }[] = [];
  for (let year = first; year <= last; year++) out.push({ year, value: byYear.get(year) ?? null });
  return out;
}
