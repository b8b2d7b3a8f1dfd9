import "server-only";
import { getSavedGroup, listScoredIndicators, type PeerAreaRow } from "@/db/queries/compare";
import { computeComposite, DEFAULT_WINDOW_START, type Observation, type ObservationFeed } from "@/lib/domain/composite";
import { designatedBy, formatGroupSpec, selectPeers, type GroupSpec } from "@/lib/domain/peer-groups";
import { AppError } from "@/lib/errors";
import { keptUntilWrite } from "./cache";
import { defaultComparisonYear, reportingOf, type Reporting } from "@/lib/domain/reporting";
import { env } from "@/lib/env";
import { listDataYears, listPeerAreas } from "./kept-reads";
import { approvalSignature, isPublished, type Audience } from "@/lib/domain/audience";
import { approvedAreaYears } from "./audience";
import { valueColumns } from "./value-columns";

// A group's composite index: its members, their values over the scoring window, and the method.

/**
 * The values of these active areas and indicators in from…to, as a feed for computeComposite: a
 * national group's window is hundreds of thousands of values, so they come from the columns kept in
 * memory (value-columns.ts) and no object is built for each. Area codes come from the kept peer areas.
 * The one place the scores' values are masked for an audience: the public is fed the values of
 * approved area-years only (published means approved; lib/domain/audience.ts). Without an audience
 * named, the public's.
 */
export function observationFeed(areaIds: number[], indicatorKeys: string[], from: number, to: number, audience: Audience = "public"): ObservationFeed {
  return (add) => {
    if (areaIds.length === 0 || indicatorKeys.length === 0) return;
    const wanted = new Set(areaIds);
    const codeOf = new Map(listPeerAreas().filter((a) => wanted.has(a.id)).map((a) => [a.id, a.code]));
    const approved = audience === "public" ? approvedAreaYears() : null;
    for (const [indicatorKey, { areaIds: ids, years, values }] of valueColumns(indicatorKeys, from)) {
      for (let i = 0; i < years.length; i++) {
        const year = years[i]!;
        if (year < from || year > to) continue;
        const areaId = ids[i]!;
        const areaCode = codeOf.get(areaId);
        if (areaCode === undefined || (approved !== null && !isPublished(approved, areaId, year))) continue;
        add(areaCode, indicatorKey, year, values[i]!);
      }
    }
  };
}

/** The same values as a list, for the callers that read a few indicators or a small group. */
export function getObservations(areaIds: number[], indicatorKeys: string[], from: number, to: number, audience: Audience = "public"): Observation[] {
  const out: Observation[] = [];
  observationFeed(areaIds, indicatorKeys, from, to, audience)((areaCode, indicatorKey, year, value) => out.push({ areaCode, indicatorKey, year, value }));
  return out;
}

export type ResolvedGroup = { spec: string; members: PeerAreaRow[]; savedName: string | null };

/**
 * The members of a group spec among the active areas in a year; a saved group by its id (404 when
 * unknown). An area belongs to the programme from its designation year: before it, it is neither a
 * peer nor a row (`keep` names an area kept all the same: the one a comparison is about).
 */
export function resolveGroup(spec: GroupSpec, allAreas: readonly PeerAreaRow[], year: number, keep?: string): ResolvedGroup {
  const designated = designatedBy(allAreas, year, keep);
  if (spec.kind === "saved") {
    const saved = getSavedGroup(spec.id);
    if (!saved) throw new AppError("not_found", `Unknown group: saved:${spec.id}`);
    return { spec: formatGroupSpec(spec), members: selectPeers({ kind: "areas", codes: saved.areaCodes }, designated), savedName: saved.name };
  }
  return { spec: formatGroupSpec(spec), members: selectPeers(spec, designated), savedName: null };
}

/**
 * The composite index of one group for one year, as an audience sees it: the query and the method,
 * end to end. Every page of a group shares it. The public's is kept under a key of its own, which
 * names the approved area-years it was computed from (their identity: read anew after every write).
 */
export function computeGroupComposite(members: readonly PeerAreaRow[], year: number, audience: Audience = "public") {
  const key = `${year}:${audienceKey(audience)}:${members.map((m) => m.id).join(",")}`;
  return keptUntilWrite("group-composite", key, () => {
    const indicators = listScoredIndicators();
    const observations = observationFeed(
      members.map((m) => m.id),
      indicators.map((i) => i.key),
      DEFAULT_WINDOW_START,
      year,
      audience,
    );
    return computeComposite({ year, areaCodes: members.map((m) => m.code), indicators, observations });
  });
}

export type GroupComposite = ReturnType<typeof computeGroupComposite>;

/** The year asked, or the default year of the comparisons (enough areas reported it); not_found before any value exists. */
export function yearOrLatest(year: number | undefined, audience: Audience = "public"): number {
  const y = year ?? getDefaultComparisonYear(audience);
  if (y === null) throw new AppError("not_found", "No data yet");
  return y;
}

/**
 * How many of a group's members reported a year, read from its composite (a member with any scored
 * value that year), and whether that is enough to rank the year (REPORTING_THRESHOLD).
 */
export function groupReporting(result: GroupComposite, members: number): Reporting {
  return reportingOf(result.areas.filter((a) => a.coverage.indicators > 0).length, members, env.REPORTING_THRESHOLD);
}

/**
 * The default year of the comparison views: the latest year that enough of the active areas (those
 * designated by then) reported, not the latest year a single area entered. Read from the composites
 * of the latest years, which the default views compute anyway.
 */
export function getDefaultComparisonYear(audience: Audience = "public"): number | null {
  return keptUntilWrite("comparison-year", audienceKey(audience), () => {
    const years = listDataYears(DEFAULT_WINDOW_START);
    const reportedByYear = new Map<number, number>();
    for (const year of [...years].reverse()) {
      const members = resolveGroup({ kind: "all" }, listPeerAreas(), year).members;
      const reporting = groupReporting(computeGroupComposite(members, year, audience), members.length);
      reportedByYear.set(year, reporting.reported);
      if (reporting.enough) return defaultComparisonYear(reportedByYear, members.length, env.REPORTING_THRESHOLD);
    }
    return years.at(-1) ?? null;
  });
}


const signatures = new WeakMap<object, string>();

/**
 * What a kept key of an audience names: "full", or the public's with a signature of the approved
 * area-years it was computed from, so that a result of the public computed before an approval is
 * never handed out after it, whatever its kind depends on, while a write that approves nothing
 * leaves the key as it was. Computed once per kept set of approvals.
 */
export function audienceKey(audience: Audience): string {
  if (audience === "full") return "full";
  const approved = approvedAreaYears();
  let signature = signatures.get(approved);
  if (signature === undefined) signatures.set(approved, (signature = approvalSignature(approved)));
  return `public@${signature}`;
}
