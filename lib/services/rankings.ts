import "server-only";
import { formatGroupSpec, type GroupSpec } from "@/lib/domain/peer-groups";
import { roundScore } from "@/lib/domain/peer-compare";
import { rankingsPage, type RankingsPageRequest } from "@/lib/domain/rankings-page";
import { keptUntilWrite } from "./cache";
import type { Audience } from "@/lib/domain/audience";
import { audienceKey, computeGroupComposite, groupReporting, resolveGroup, yearOrLatest } from "./composite";
import { listPeerAreas } from "./kept-reads";
import { methodologyOf } from "./methodology";

// The payload of /api/v1/rankings. The rankings page prefetches exactly this, so the page, its JSON
// and its downloads always agree.

export type RankingsPayload = ReturnType<typeof getRankingsPayload>;

/**
 * `indicators`: whose raw values each row carries: "all" (side by side), one key (the column the
 * rankings page adds), or none: every indicator of a national group would be most of a page.
 */
export function getRankingsPayload(params: { year?: number; group: GroupSpec; indicators?: "all" | string; audience?: Audience }) {
  const audience = params.audience ?? "public";
  const year = yearOrLatest(params.year, audience);
  // The payload itself is kept too: rebuilding a national group's rows took longer than sending them.
  const key = `${formatGroupSpec(params.group)}|${year}|${params.indicators ?? ""}|${audienceKey(audience)}`;
  return keptUntilWrite("rankings", key, () => rankingsPayload(year, params.group, params.indicators, audience));
}

/** `audience`: who is shown the rankings (published means approved); without it, the public. */
export type RankingsPageParams = RankingsPageRequest & { year?: number; group: GroupSpec; indicator?: string; audience?: Audience };

/** What identifies one page of rankings: the key its payload and its JSON are kept under. */
export function rankingsPageKey(p: RankingsPageParams): string {
  return [formatGroupSpec(p.group), p.year ?? "latest", p.indicator ?? "", p.q?.trim().toLowerCase() ?? "", p.sort, p.dir, p.page, p.pageSize, audienceKey(p.audience ?? "public")].join("|");
}

export type RankingsPagePayload = ReturnType<typeof getRankingsPage>;

/**
 * One page of a group's rankings, searched and sorted over every row (the JSON of
 * /api/v1/rankings and what the rankings page shows). The whole table stays in the CSV and .xlsx.
 */
export function getRankingsPage(params: RankingsPageParams) {
  const { data, ...whole } = getRankingsPayload({ year: params.year, group: params.group, indicators: params.indicator, audience: params.audience });
  const { rows, ...paging } = rankingsPage(data, params);
  return { year: whole.year, group: whole.group, reporting: whole.reporting, peerAverage: whole.peerAverage, total: data.length, ...paging, data: rows, methodology: whole.methodology };
}

function rankingsPayload(year: number, spec: GroupSpec, wanted: "all" | string | undefined, audience: Audience) {
  const group = resolveGroup(spec, listPeerAreas(), year);
  const result = computeGroupComposite(group.members, year, audience);
  // Too few members reported the year: its scores are shown, but no ranks, percentiles or groups.
  const reporting = groupReporting(result, group.members.length);
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
      rank: reporting.enough ? a.rank : null,
      rankRange: reporting.enough ? a.rankRange : null,
      percentile: reporting.enough ? roundScore(a.percentile, 0) : null,
      performance: reporting.enough ? a.performance : null,
      change: roundScore(a.change),
      indicators: indicatorValues.get(a.areaCode) ?? {},
    };
  });
  rows.sort((x, y) => (x.rank ?? Infinity) - (y.rank ?? Infinity) || x.code.localeCompare(y.code));
  return {
    year,
    group: { spec: group.spec, name: group.savedName, size: group.members.length },
    reporting,
    peerAverage: roundScore(result.peerAverage),
    data: rows,
    methodology: methodologyOf(result, group.members),
  };
}

