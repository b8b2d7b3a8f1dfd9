import "server-only";
import { listPeerAreas as readPeerAreas, type PeerAreaRow } from "@/db/queries/compare";
import { listIndicators as readIndicators, listSeriesBreaks as readSeriesBreaks, type IndicatorDef } from "@/db/queries/indicators";
import type { SeriesBreak } from "@/lib/domain/series-break";
import { listNationalReferences as readNationalReferences, listPlanPeriods as readPlanPeriods, type NationalReferenceRow } from "@/db/queries/plan-periods";
import { listReviewYears as readReviewYears } from "@/db/queries/review";
import type { PlanPeriod } from "@/lib/domain/plan";
import { listDataYears as readDataYears } from "@/db/queries/summary";
import { getAreaSeries as readAreaSeries, hasDemoValues as readHasDemoValues, type AreaSeriesPoint } from "@/db/queries/values";
import { visiblePoints, type Audience } from "@/lib/domain/audience";
import { approvedYearsOf } from "./audience";
import { keptUntilWrite } from "./cache";

// Reads of whole tables that most pages make, some more than once: each is read once and kept until
// a write to its table (cache.ts says which). Shared by every request: frozen where a caller could
// otherwise change what the next one reads.

export type { AreaSeriesPoint, IndicatorDef, PeerAreaRow };

/** The whole indicator catalogue in display order. */
export function listIndicators(): readonly IndicatorDef[] {
  return keptUntilWrite("indicators", "catalogue", () => Object.freeze(readIndicators().map((i) => Object.freeze(i))));
}

/** Every series break, earliest first: reference data, re-applied on every start. */
export function listSeriesBreaks(): readonly SeriesBreak[] {
  return keptUntilWrite("series-breaks", "all", () => Object.freeze(readSeriesBreaks().map((b) => Object.freeze(b))));
}

/** The plan periods, earliest first: reference data, re-applied on every start. */
export function listPlanPeriods(): readonly PlanPeriod[] {
  return keptUntilWrite("plan-periods", "all", () => Object.freeze(readPlanPeriods().map((p) => Object.freeze(p))));
}

/** One plan period's national references, by indicator key. */
export function getNationalReferences(period: string): ReadonlyMap<string, NationalReferenceRow> {
  return keptUntilWrite("national-references", period, () => new Map(readNationalReferences(period).map((r) => [r.indicatorKey, Object.freeze(r)])));
}

/** Every active area, in id order: what groups are chosen from. */
export function listPeerAreas(): readonly PeerAreaRow[] {
  return keptUntilWrite("peer-areas", "active", () => Object.freeze(readPeerAreas().map((a) => Object.freeze(a))));
}

/** Distinct years with any value, from `from` on, ascending. */
export function listDataYears(from: number): number[] {
  return keptUntilWrite("data-years", String(from), () => readDataYears(from));
}

/** True while any demo value remains: every page's layout then shows the demo-data banner. */
export function hasDemoValues(): boolean {
  return keptUntilWrite("demo-values", "", readHasDemoValues);
}

/** The years that have any area-year row, latest first (the review queue's year filter). */
export function listReviewYears(): readonly number[] {
  return keptUntilWrite("review-years", "all", () => Object.freeze(readReviewYears()));
}

/**
 * An area's values as bare points, for its charts and its progress, for the few areas asked last: to
 * the public audience, those of its approved years only (the one place an area's series is masked).
 */
export function getAreaSeries(areaId: number, audience: Audience, range: { to?: number } = {}): readonly AreaSeriesPoint[] {
  const all = keptUntilWrite("area-series", `${areaId}|${range.to ?? ""}`, () => readAreaSeries(areaId, range));
  return audience === "full" ? all : visiblePoints(all, audience, approvedYearsOf(areaId));
}
