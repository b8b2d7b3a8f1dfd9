import "server-only";
import { listApprovalStates, countReportedByArea } from "@/db/queries/summary";
import type { Audience } from "@/lib/domain/audience";
import { isJudged } from "@/lib/domain/plan";
import { PROVINCE_TILES, toneOf, type TileTone } from "@/lib/domain/province-tiles";
import type { ProgressStatus } from "@/lib/domain/progress";
import { onTrackShare } from "@/lib/domain/summary/grades";
import type { Bilingual } from "@/lib/domain/summary/standings";
import { runInPool } from "@/lib/workers/pool";
import { keptUntilWrite, keptUntilWriteAsync } from "./cache";
import { audienceKey, getDefaultComparisonYear, resolveGroup } from "./composite";
import { listPeerAreas } from "./kept-reads";
import { listPeriodStatuses, resolvePeriod } from "./progress";
import { getRankingsPayload } from "./rankings";

// The national picture above the home page's list, for the default comparison year (the latest year
// enough areas reported): how far reporting has come, how every target stands, the areas on a tile
// grid of the provinces, and the year's composite leaders and biggest movers. From the same numbers
// as the rankings, the overview and each area's page.

/** The order of the status mix: good news first, then the rest, then targets not assessable. */
export const MIX_ORDER = ["met", "achieved", "on_track", "moderate", "limited", "deterioration", "missed", "no_data"] as const;
export type MixStatus = (typeof MIX_ORDER)[number];

export type NationalPicture = {
  year: number;
  period: Bilingual;
  /** The year closes its plan period: the mix counts verdicts (met, missed). */
  judged: boolean;
  reporting: { members: number; reported: number; submitted: number; approved: number };
  mix: { status: MixStatus; count: number }[];
  tiles: { province: string; row: number; column: number; areas: { code: string; names: Bilingual; tone: TileTone }[] }[];
  leaders: { code: string; names: Bilingual; composite: number }[];
  movers: { code: string; names: Bilingual; change: number }[];
};

const SHOWN = 3;

function mixOf(statuses: readonly ProgressStatus[]): NationalPicture["mix"] {
  const counts = new Map<MixStatus, number>(MIX_ORDER.map((s) => [s, 0]));
  for (const s of statuses) {
    // Without a value to judge or assess, and trends of untargeted indicators (not counted here).
    const key: MixStatus | null = s === "insufficient_data" || s === "no_data_yet" ? "no_data" : s === "substantial" ? null : s;
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return MIX_ORDER.map((status) => ({ status, count: counts.get(status)! }));
}

/**
 * The picture of one year as an audience sees it: kept until the next write to what it reads (the
 * public's statuses, leaders and movers come from approved years only). What the worker pool runs.
 */
export function getNationalPicture(year: number, audience: Audience): NationalPicture {
  return keptUntilWrite("national-picture", `${year}|${audienceKey(audience)}`, () => nationalPicture(year, audience));
}

/**
 * The home page's picture, of the default comparison year; null before any value exists. Computed
 * in the worker pool: from cold it is every area's progress and the year's rankings (about 2 s and
 * 120 MiB of transient heap at national scale), which would hold up every other request on the
 * server's thread after each write. Kept here until the next write to what it reads.
 */
export async function loadNationalPicture(audience: Audience): Promise<NationalPicture | null> {
  const year = getDefaultComparisonYear();
  if (year === null) return null;
  return keptUntilWriteAsync("pooled-national-picture", `${year}|${audienceKey(audience)}`, () => runInPool<"national-picture">({ kind: "national-picture", year, audience }));
}

function nationalPicture(year: number, audience: Audience): NationalPicture {
  const members = resolveGroup({ kind: "all" }, listPeerAreas(), year).members;
  const period = resolvePeriod({ asOfYear: year });
  const reported = countReportedByArea(year);
  const states = listApprovalStates(year);
  const statuses = listPeriodStatuses(members.map((m) => m.id), [year], audience);
  const statusesOf = new Map(members.map((m) => [m.id, statuses.get(`${m.id}:${year}`) ?? []]));

  const tiles = Object.entries(PROVINCE_TILES).map(([province, [row, column]]) => ({
    province,
    row,
    column,
    areas: members
      .filter((m) => m.province === province)
      .map((m) => ({ code: m.code, names: { zh: m.nameZh, en: m.nameEn }, tone: toneOf(onTrackShare(statusesOf.get(m.id) ?? []).share) })),
  }));

  const rows = getRankingsPayload({ year, group: { kind: "all" }, audience }).data;
  const leaders = rows
    .filter((r) => r.composite !== null)
    .sort((a, b) => b.composite! - a.composite! || a.code.localeCompare(b.code))
    .slice(0, SHOWN)
    .map((r) => ({ code: r.code, names: r.names, composite: r.composite! }));
  const movers = rows
    .filter((r) => r.change !== null && r.change !== 0)
    .sort((a, b) => Math.abs(b.change!) - Math.abs(a.change!) || a.code.localeCompare(b.code))
    .slice(0, SHOWN)
    .map((r) => ({ code: r.code, names: r.names, change: r.change! }));

  return {
    year,
    period: { zh: period.nameZh, en: period.nameEn },
    judged: isJudged(period, year),
    reporting: {
      members: members.length,
      reported: members.filter((m) => (reported.get(m.id) ?? 0) > 0).length,
      submitted: members.filter((m) => states.get(m.id) === "submitted").length,
      approved: members.filter((m) => states.get(m.id) === "approved").length,
    },
    mix: mixOf([...statusesOf.values()].flat()),
    tiles,
    leaders,
    movers,
  };
}
