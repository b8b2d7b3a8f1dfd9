import type { TargetKind } from "./indicator";
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
 * A plan period's national reference as a level for this area: absolute references as they are;
 * relative ones ("−13.5% from the base") applied to the area's own value of the period's base year,
 * and a yearly growth compounded from it to the target year (none without that value).
 */
export function nationalReferenceLevel(
  reference: { value: number | null; kind: TargetKind | null } | null | undefined,
  series: YearValue[],
  period: { baseYear: number; targetYear: number },
): number | null {
  if (!reference || reference.value === null || reference.kind === null) return null;
  if (reference.kind === "absolute") return reference.value;
  const base = series.find((p) => p.year === period.baseYear)?.value;
  if (base === undefined) return null;
  return reference.kind === "change_pct" ? base * (1 + reference.value / 100) : base * (1 + reference.value / 100) ** (period.targetYear - period.baseYear);
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
