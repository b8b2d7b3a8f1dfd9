import "server-only";
import {
  computeGroupComposite,
  getLatestDataYear,
  getObservations,
  listPeerAreas,
  listScoredIndicators,
  observationFeed,
  resolveGroup,
  type PeerAreaRow,
  type ResolvedGroup,
} from "@/db/queries/compare";
import { memoUntilWrite, SCORE_TABLES } from "@/db/queries/memo";
import { listIndicators } from "@/db/queries/indicators";
import { DEFAULT_WINDOW_START } from "@/lib/domain/composite";
import { defaultCompareGroup, formatGroupSpec, type GroupSpec } from "@/lib/domain/peer-groups";
import { indicatorStandings, namedInMethodology, peerBand, peerQuartiles, roundScore, type PeerQuartiles } from "@/lib/domain/peer-compare";
import { rankingsPage, type RankingsPageRequest } from "@/lib/domain/rankings-page";
import { AppError } from "@/lib/errors";
import { localName, localUnit } from "@/lib/i18n/localized";
import { processWide } from "@/lib/process-wide";

// The payloads of /api/v1/rankings and /api/v1/compare. The pages prefetch exactly these, so a
// page, its JSON and its downloads always agree.

function yearOrLatest(year: number | undefined): number {
  const y = year ?? getLatestDataYear();
  if (y === null) throw new AppError("not_found", "No data yet");
  return y;
}

/**
 * Clamped values listed in the methodology; the count covers them all. A national group clamps
 * thousands, which were 150 KB of every rankings answer and page.
 */
export const CLAMPED_LISTED = 20;

/** `members`: the group's areas, for the names of those the methodology lists (`names`). */
function methodologyOf(result: ReturnType<typeof computeGroupComposite>, members: readonly PeerAreaRow[]) {
  const m = result.methodology;
  const clamped = m.clamped.slice(0, CLAMPED_LISTED);
  const named = namedInMethodology(m.members, clamped);
  const byCode = new Map(members.map((a) => [a.code, a]));
  return {
    window: result.window,
    members: m.members,
    membersListed: named.membersListed,
    names: Object.fromEntries(named.codes.flatMap((code) => {
      const area = byCode.get(code);
      return area ? [[code, { zh: area.nameZh, en: area.nameEn }]] : [];
    })),
    indicatorsUsed: m.indicatorsUsed,
    transformed: m.transformed,
    clampedCount: m.clamped.length,
    clamped,
    weights: m.weights,
    rules: {
      outliers: m.outlierRule,
      skewness: m.skewnessKind,
      transform: m.transformRule,
      minMax: m.minMaxWindow,
      dimension: m.dimensionRule,
      composite: m.compositeRule,
      rank: m.rankRule,
      percentile: m.percentileRule,
      change: m.changeRule,
      performance: m.performanceRule,
      sensitivity: m.sensitivityRule,
    },
    performanceThresholds: m.performanceThresholds,
  };
}

export type RankingsPayload = ReturnType<typeof getRankingsPayload>;

// A payload of all 3,000 areas holds about 1.4 MiB of heap besides its composite. The national
// overview alone asks for two a year (one per level) and keeps what it needs of them itself.
const RANKINGS_KEPT = 8;

/**
 * `indicators`: whose raw values each row carries: "all" (side by side), one key (the column the
 * rankings page adds), or none. Every indicator of 3,000 areas was two thirds of a 3 MB page.
 */
export function getRankingsPayload(params: { year?: number; group: GroupSpec; indicators?: "all" | string }) {
  const year = yearOrLatest(params.year);
  // The payload itself is kept too: rebuilding 3,000 rows took longer than sending them. Saved
  // groups never change once made, so the values and the areas are all it depends on.
  const key = `${formatGroupSpec(params.group)}|${year}|${params.indicators ?? ""}`;
  return memoUntilWrite("rankings", key, () => rankingsPayload(year, params.group, params.indicators), SCORE_TABLES, RANKINGS_KEPT);
}

export type RankingsPageParams = RankingsPageRequest & { year?: number; group: GroupSpec; indicator?: string };

/** What identifies one page of rankings: the key its payload and its JSON are kept under. */
export function rankingsPageKey(p: RankingsPageParams): string {
  return [formatGroupSpec(p.group), p.year ?? "latest", p.indicator ?? "", p.q?.trim().toLowerCase() ?? "", p.sort, p.dir, p.page, p.pageSize].join("|");
}

export type RankingsPagePayload = ReturnType<typeof getRankingsPage>;

/**
 * One page of a group's rankings, searched and sorted over every row (the JSON of
 * /api/v1/rankings and what the rankings page shows). The whole table stays in the CSV and .xlsx.
 */
export function getRankingsPage(params: RankingsPageParams) {
  const { data, ...whole } = getRankingsPayload({ year: params.year, group: params.group, indicators: params.indicator });
  const { rows, ...paging } = rankingsPage(data, params);
  return { year: whole.year, group: whole.group, peerAverage: whole.peerAverage, total: data.length, ...paging, data: rows, methodology: whole.methodology };
}

function rankingsPayload(year: number, spec: GroupSpec, wanted: "all" | string | undefined) {
  const group = resolveGroup(spec, listPeerAreas());
  const result = computeGroupComposite(group.members, year);
  const byCode = new Map(group.members.map((m) => [m.code, m]));
  const indicatorValues = new Map<string, Record<string, number | null>>();
  for (const s of wanted ? result.indicatorScores : []) {
    if (wanted !== "all" && s.indicatorKey !== wanted) continue;
    const row = indicatorValues.get(s.areaCode) ?? {};
    row[s.indicatorKey] = s.value;
    indicatorValues.set(s.areaCode, row);
  }
  const rows = result.areas.map((a) => {
    const area = byCode.get(a.areaCode)!;
    return {
      code: a.areaCode,
      names: { zh: area.nameZh, en: area.nameEn },
      level: area.level,
      composite: roundScore(a.composite),
      dimensions: {
        entity: roundScore(a.dimensions.entity),
        factor: roundScore(a.dimensions.factor),
        structure: roundScore(a.dimensions.structure),
      },
      coverage: a.coverage,
      rank: a.rank,
      rankRange: a.rankRange,
      percentile: roundScore(a.percentile, 0),
      performance: a.performance,
      change: roundScore(a.change),
      indicators: indicatorValues.get(a.areaCode) ?? {},
    };
  });
  rows.sort((x, y) => (x.rank ?? Infinity) - (y.rank ?? Infinity) || x.code.localeCompare(y.code));
  return {
    year,
    group: { spec: group.spec, name: group.savedName, size: group.members.length },
    peerAverage: roundScore(result.peerAverage),
    data: rows,
    methodology: methodologyOf(result, group.members),
  };
}

export type ComparePayload = ReturnType<typeof getComparePayload>;

export function getComparePayload(params: { area: string; year?: number; group?: GroupSpec }) {
  const year = yearOrLatest(params.year);
  const allAreas = listPeerAreas();
  const area = allAreas.find((a) => a.code === params.area);
  if (!area) throw new AppError("not_found", `Unknown area: ${params.area}`);
  const group = resolveGroup(params.group ?? defaultCompareGroup(area), allAreas);
  return memoUntilWrite("compare", `${area.code}|${group.spec}|${year}`, () => comparePayload(area, group, year), SCORE_TABLES);
}

/**
 * The comparison with the peers' values of one indicator (`KEY`), of every indicator (`all`), or of
 * none: the compare page shows one indicator at a time, and 28 indicators of 1,500 peers were 0.5 MB.
 */
export function valuesOf(payload: ComparePayload, indicator: "all" | string | undefined): ComparePayload {
  if (indicator === "all") return payload;
  return { ...payload, values: indicator ? { [indicator]: payload.values[indicator] ?? {} } : {} };
}

type GroupComposite = ReturnType<typeof computeGroupComposite>;
type GroupValues = Readonly<Record<string, Readonly<Record<string, number | null>>>>;

// Every member's compare payload carries the group's values of every indicator (about 1 MiB for a
// level group of 1,500 areas): one copy per composite, shared by the payloads of all its members.
const groupValues = processWide("group-values", () => new WeakMap<GroupComposite, GroupValues>());

/** The values of the year scored, by indicator and area code. */
function groupValuesOf(result: GroupComposite): GroupValues {
  let values = groupValues.get(result);
  if (!values) {
    const byIndicator: Record<string, Record<string, number | null>> = {};
    for (const s of result.indicatorScores) (byIndicator[s.indicatorKey] ??= {})[s.areaCode] = s.value;
    values = Object.freeze(byIndicator);
    groupValues.set(result, values);
  }
  return values;
}

// The members' quartiles of each indicator, each year of the window: one reading of the group's
// values per composite (some 200 ms at 1,500 areas), shared by the comparisons of all its members.
const groupQuartiles = processWide("group-quartiles", () => new WeakMap<GroupComposite, Record<string, PeerQuartiles[]>>());

function groupQuartilesOf(result: GroupComposite, members: readonly PeerAreaRow[], year: number): Record<string, PeerQuartiles[]> {
  let quartiles = groupQuartiles.get(result);
  if (!quartiles) {
    const used = result.methodology.indicatorsUsed;
    const feed = observationFeed(members.map((m) => m.id), used, DEFAULT_WINDOW_START, year);
    quartiles = peerQuartiles(feed, members.map((m) => m.code), used, DEFAULT_WINDOW_START, year);
    groupQuartiles.set(result, quartiles);
  }
  return quartiles;
}

function comparePayload(area: PeerAreaRow, group: ResolvedGroup, year: number) {
  // The area is always compared within its peers, even when the chosen group leaves it out.
  const members = group.members.some((m) => m.code === area.code) ? group.members : [...group.members, area];
  const result = computeGroupComposite(members, year);
  const own = result.areas.find((a) => a.areaCode === area.code)!;
  const used = result.methodology.indicatorsUsed;
  const quartiles = groupQuartilesOf(result, members, year);
  const ownValues = getObservations([area.id], used, DEFAULT_WINDOW_START, year);

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
export function getSideBySidePayload(params: { codes: string[]; year: number }) {
  const allAreas = listPeerAreas();
  const chosen = params.codes.flatMap((code) => allAreas.filter((a) => a.code === code)).slice(0, 6);
  const rankings = getRankingsPayload({ year: params.year, group: { kind: "areas", codes: chosen.map((a) => a.code) }, indicators: "all" });
  const indicators = listScoredIndicators();
  const observations = getObservations(chosen.map((a) => a.id), indicators.map((i) => i.key), DEFAULT_WINDOW_START, params.year);
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
