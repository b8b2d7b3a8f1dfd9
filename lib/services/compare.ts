import "server-only";
import type { PeerAreaRow } from "@/db/queries/compare";
import { listScoredIndicators } from "@/db/queries/compare";
import { DEFAULT_WINDOW_START } from "@/lib/domain/composite";
import { defaultCompareGroup, type GroupSpec } from "@/lib/domain/peer-groups";
import { indicatorStandings, peerBand, peerQuartiles, roundScore, type PeerQuartiles } from "@/lib/domain/peer-compare";
import { AppError } from "@/lib/errors";
import { localName, localUnit } from "@/lib/i18n/localized";
import { keptAlongside, keptUntilWrite } from "./cache";
import type { Audience } from "@/lib/domain/audience";
import { audienceKey, computeGroupComposite, getObservations, observationFeed, resolveGroup, yearOrLatest, type GroupComposite, type ResolvedGroup } from "./composite";
import { listIndicators, listPeerAreas } from "./kept-reads";
import { methodologyOf } from "./methodology";
import { getRankingsPayload } from "./rankings";

// The payload of /api/v1/compare, and of the side-by-side view. The compare page prefetches exactly
// this, so the page and its JSON always agree.

export type ComparePayload = ReturnType<typeof getComparePayload>;

/** `audience`: who is shown the comparison (published means approved); without it, the public. */
export function getComparePayload(params: { area: string; year?: number; group?: GroupSpec; audience?: Audience }) {
  const audience = params.audience ?? "public";
  const year = yearOrLatest(params.year, audience);
  const allAreas = listPeerAreas();
  const area = allAreas.find((a) => a.code === params.area);
  if (!area) throw new AppError("not_found", `Unknown area: ${params.area}`);
  const group = resolveGroup(params.group ?? defaultCompareGroup(area), allAreas, year, area.code);
  return keptUntilWrite("compare", `${area.code}|${group.spec}|${year}|${audienceKey(audience)}`, () => comparePayload(area, group, year, audience));
}

/**
 * The comparison with the peers' values of one indicator (`KEY`), of every indicator (`all`), or of
 * none: the compare page shows one indicator at a time, and every indicator of a large group is heavy.
 */
export function valuesOf(payload: ComparePayload, indicator: "all" | string | undefined): ComparePayload {
  if (indicator === "all") return payload;
  return { ...payload, values: indicator ? { [indicator]: payload.values[indicator] ?? {} } : {} };
}

type GroupValues = Readonly<Record<string, Readonly<Record<string, number | null>>>>;

/**
 * The values of the year scored, by indicator and area code. Every member's compare payload carries
 * the group's values of every indicator: one copy per composite, shared by the payloads of all its members.
 */
function groupValuesOf(result: GroupComposite): GroupValues {
  return keptAlongside("group-values", result, () => {
    const byIndicator: Record<string, Record<string, number | null>> = {};
    for (const s of result.indicatorScores) (byIndicator[s.indicatorKey] ??= {})[s.areaCode] = s.value;
    return Object.freeze(byIndicator) as GroupValues;
  });
}

/**
 * The members' quartiles of each indicator, each year of the window: one reading of the group's
 * values per composite, shared by the comparisons of all its members.
 */
function groupQuartilesOf(result: GroupComposite, members: readonly PeerAreaRow[], year: number, audience: Audience): Record<string, PeerQuartiles[]> {
  // Kept alongside a composite of the same audience, so fed as that composite was.
  return keptAlongside("group-quartiles", result, () => {
    const used = result.methodology.indicatorsUsed;
    const feed = observationFeed(members.map((m) => m.id), used, DEFAULT_WINDOW_START, year, audience);
    return peerQuartiles(feed, members.map((m) => m.code), used, DEFAULT_WINDOW_START, year);
  });
}

function comparePayload(area: PeerAreaRow, group: ResolvedGroup, year: number, audience: Audience) {
  // The area is always compared within its peers, even when the chosen group leaves it out.
  const members = group.members.some((m) => m.code === area.code) ? group.members : [...group.members, area];
  const result = computeGroupComposite(members, year, audience);
  const own = result.areas.find((a) => a.areaCode === area.code)!;
  const used = result.methodology.indicatorsUsed;
  const quartiles = groupQuartilesOf(result, members, year, audience);
  const ownValues = getObservations([area.id], used, DEFAULT_WINDOW_START, year, audience);

  return {
    area: { code: area.code, names: { zh: area.nameZh, en: area.nameEn }, level: area.level },
    year,
    group: {
      spec: group.spec,
      name: group.savedName,
      members: members.map((m) => ({ code: m.code, names: { zh: m.nameZh, en: m.nameEn } })),
    },
    scores: {
      composite: roundScore(own.composite),
      dimensions: {
        entity: roundScore(own.dimensions.entity),
        factor: roundScore(own.dimensions.factor),
        structure: roundScore(own.dimensions.structure),
      },
      coverage: own.coverage,
      rank: own.rank,
      rankRange: own.rankRange,
      ranked: result.areas.filter((a) => a.rank !== null).length,
      percentile: roundScore(own.percentile, 0),
      performance: own.performance,
      relativeToAverage: roundScore(own.relativeToAverage === null ? null : own.relativeToAverage * 100, 0),
      change: roundScore(own.change),
    },
    peerMedian: {
      composite: roundScore(result.peerMedian.composite),
      dimensions: {
        entity: roundScore(result.peerMedian.dimensions.entity),
        factor: roundScore(result.peerMedian.dimensions.factor),
        structure: roundScore(result.peerMedian.dimensions.structure),
      },
    },
    peerAverage: roundScore(result.peerAverage),
    indicators: indicatorStandings(result, area.code).map((s) => ({ ...s, score: roundScore(s.score === null ? null : s.score * 100) })),
    values: groupValuesOf(result),
    bands: Object.fromEntries(used.map((key) => [key, peerBand(quartiles[key] ?? [], ownValues, area.code, key)])),
    methodology: methodologyOf(result, members),
  };
}

/** The scored indicators with their names and units in the page's language, for the comparison views. */
export function scoredIndicatorMeta(locale: string) {
  const scored = new Set(listScoredIndicators().map((i) => i.key));
  return listIndicators()
    .filter((i) => scored.has(i.key))
    .map((i) => ({
      key: i.key,
      name: localName(i, locale),
      unit: localUnit(i, locale),
      decimals: i.decimals,
      direction: i.direction as "higher" | "lower",
      dimension: i.dimension,
    }));
}

/** The years a comparison can be shown for: the window's first year up to the latest data, newest first. */
export function comparisonYears(latest: number): number[] {
  return Array.from({ length: Math.max(latest - DEFAULT_WINDOW_START + 1, 1) }, (_, i) => latest - i);
}

export type SideBySidePayload = ReturnType<typeof getSideBySidePayload>;

/** 2–6 chosen areas scored among themselves, plus each indicator's yearly series for the small multiples. */
export function getSideBySidePayload(params: { codes: string[]; year: number; audience?: Audience }) {
  const audience = params.audience ?? "public";
  const allAreas = listPeerAreas();
  const chosen = params.codes.flatMap((code) => allAreas.filter((a) => a.code === code)).slice(0, 6);
  const rankings = getRankingsPayload({ year: params.year, group: { kind: "areas", codes: chosen.map((a) => a.code) }, indicators: "all", audience });
  const indicators = listScoredIndicators();
  const observations = getObservations(chosen.map((a) => a.id), indicators.map((i) => i.key), DEFAULT_WINDOW_START, params.year, audience);
  const series: Record<string, { year: number; [code: string]: number | null }[]> = {};
  for (const ind of indicators) {
    series[ind.key] = comparisonYears(params.year)
      .reverse()
      .map((year) => {
        const row: { year: number; [code: string]: number | null } = { year };
        for (const a of chosen) row[a.code] = null;
        return row;
      });
  }
  for (const o of observations) {
    const row = series[o.indicatorKey]?.find((r) => r.year === o.year);
    if (row) row[o.areaCode] = o.value;
  }
  return { codes: chosen.map((a) => a.code), rankings, series };
}
