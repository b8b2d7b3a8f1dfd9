import "server-only";
import { countIndicators, countReportedByArea, listApprovalStates, listGradeDecisions } from "@/db/queries/summary";
import { achievementOf, type Achievement } from "@/lib/domain/period-achievement";
import { isJudged } from "@/lib/domain/plan";
import type { Performance } from "@/lib/domain/composite";
import { consecutivePoorFlags, type Grade, type GradeReason, type PoorRunFlag } from "@/lib/domain/summary/grades";
import { AppError } from "@/lib/errors";
import { runInPool } from "@/lib/workers/pool";
import { keptUntilWrite, keptUntilWriteAsync } from "./cache";
import { listPeerAreas } from "./kept-reads";
import { officialResultView, removalRecord, type OfficialResultView } from "./official-record";
import type { Audience } from "@/lib/domain/audience";
import { audienceKey } from "./composite";
import { listPeriodStatuses, resolvePeriod } from "./progress";
import { getRankingsPayload, type RankingsPayload } from "./rankings";
import { proposalFor, summaryYears, type Bilingual, type SubmissionStatus } from "./summary";

// The national overview of one year: every area ranked within its level (city areas, county
// parks), its proposed grade from the composite and progress, the evaluator's decision, and the
// flags for areas graded poor in consecutive years. The proposal is computed exactly as on the
// area's summary: the same composite (its level group) and the same progress statuses. Beside it, and
// apart from it, the results the national bodies published for the year (the official record).

export const LEVELS = ["city", "county"] as const;
export type Level = (typeof LEVELS)[number];

export type OverviewRow = {
  code: string;
  names: Bilingual;
  composite: number | null;
  rank: number | null;
  rankRange: { best: number; worst: number } | null;
  performance: Performance | null;
  completeness: { reported: number; expected: number };
  approval: SubmissionStatus;
  onTrack: { onTrack: number; targets: number; share: number | null };
  /** How the targets of the plan period the year closes came out; null in a year that closes none. */
  achievement: Achievement | null;
  proposed: Grade | null;
  reasons: GradeReason[];
  decision: {
    final: Grade;
    state: "confirmed" | "overridden";
    proposedAtDecision: Grade | null;
    proposalChanged: boolean;
    reason: string | null;
    decidedByName: string;
    decidedAt: string;
  } | null;
  flags: PoorRunFlag[];
  /** The results the national bodies published for the area and year: never mixed with the proposal. */
  official: OfficialResultView[];
};

export type OverviewReport = {
  year: number;
  years: number[];
  levels: { level: Level; ranked: number; rows: OverviewRow[] }[];
  /** Every area's runs of poor grades up to the year, current or past. */
  flagged: number;
  /** The year ends a closed plan period: the target column counts targets met, not on track. */
  judged: boolean;
  /** The names of the plan period the year falls in. */
  period: Bilingual;
};

/** Each area's proposed grade, its on-track share and its targets' verdicts counted, by area code. */
type YearGrades = Map<string, ReturnType<typeof proposalFor> & { achievement: Achievement }>;

/** What the overview shows of a ranking row; the whole rows (dimensions, coverage, change) are not kept with the proposals. */
type RankedRow = Pick<RankingsPayload["data"][number], "code" | "names" | "composite" | "rank" | "rankRange" | "performance">;

type YearProposals = { out: YearGrades; levels: RankedRow[][] };

/**
 * Proposed grades of every active area for each year, from two rankings a year (one per level) and
 * the progress as of that year (an approved year's toward its targets as they stood at its approval,
 * as its summary shows them).
 */
function proposalsForYears(years: number[], idOf: Map<string, number>, audience: Audience): Map<number, YearProposals> {
  const rankingsOf = new Map(years.map((year) => [year, LEVELS.map((level) => getRankingsPayload({ year, group: { kind: "level", value: level }, audience }))]));
  const statusesOf = listPeriodStatuses([...new Set(idOf.values())], years, audience);
  // In the rankings' order, as each year's rankings list the areas.
  return new Map(
    [...rankingsOf].map(([year, rankings]) => {
      const out: YearGrades = new Map();
      for (const row of rankings.flatMap((r) => r.data)) {
        const statuses = statusesOf.get(`${idOf.get(row.code)}:${year}`) ?? [];
        out.set(row.code, { ...proposalFor(row.composite, statuses), achievement: achievementOf(statuses) });
      }
      const levels = rankings.map((r) => r.data.map(({ code, names, composite, rank, rankRange, performance }) => ({ code, names, composite, rank, rankRange, performance })));
      return [year, { out, levels }];
    }),
  );
}

/** The overview as an audience sees it (published means approved); without one named, the public's. */
export function getOverviewReport(year: number, audience: Audience = "public"): OverviewReport {
  const years = summaryYears();
  if (!years.includes(year)) throw new AppError("not_found", `No overview for ${year}`);
  // Decisions, approvals and completeness on top of the kept proposals: kept until the next write to what it reads.
  return keptUntilWrite("overview", `${year}|${audienceKey(audience)}`, () => overviewReport(year, years, audience));
}

/**
 * The overview as the server shows it: computed in the worker pool, where a first computation (every
 * area's rankings, progress and grade history: seconds at national scale) keeps no page waiting, and
 * kept here until the next write to what it reads. The pool keeps the proposals behind it (`grade-proposals`) across
 * the overview's own grade decisions, as long as its thread lives.
 */
export function loadOverviewReport(year: number, audience: Audience): Promise<OverviewReport> {
  if (!summaryYears().includes(year)) throw new AppError("not_found", `No overview for ${year}`);
  return keptUntilWriteAsync("pooled-overview", `${year}|${audienceKey(audience)}`, () => runInPool<"overview">({ kind: "overview", year, audience }));
}

/**
 * The proposals of every year up to `year`. They come from the values, the targets and the areas
 * alone, so they are kept across the overview's own writes (an evaluator's grade decisions), which
 * would otherwise recompute ten rankings and every area's progress after each one.
 */
function proposalsUpTo(year: number, years: number[], idOf: Map<string, number>, audience: Audience) {
  return keptUntilWrite("grade-proposals", `${year}|${audienceKey(audience)}`, () => proposalsForYears(years.filter((y) => y <= year), idOf, audience));
}

function overviewReport(year: number, years: number[], audience: Audience): OverviewReport {
  const areas = listPeerAreas();
  const idOf = new Map(areas.map((a) => [a.code, a.id]));
  const decisions = listGradeDecisions(year);
  const decisionOf = new Map(decisions.map((d) => [`${d.areaId}:${d.year}`, d]));

  // Every year up to this one, for the consecutive-poor flags: the official result where published,
  // else the evaluator's decision (never an unconfirmed proposal).
  const proposals = proposalsUpTo(year, years, idOf, audience);
  const current = proposals.get(year)!;
  const { officialByArea, history } = removalRecord(year, [...proposals.keys()], areas, decisions);
  const flags = consecutivePoorFlags(history, year);
  const flagsOf = new Map<string, PoorRunFlag[]>();
  for (const f of flags) flagsOf.set(f.areaCode, [...(flagsOf.get(f.areaCode) ?? []), f]);
  const reported = countReportedByArea(year);
  const expected = countIndicators();
  const approvals = listApprovalStates(year);

  const period = resolvePeriod({ asOfYear: year });
  const judged = isJudged(period, year);
  const levels = LEVELS.map((level, i) => {
    const rows: OverviewRow[] = current.levels[i]!.map((r) => {
      const id = idOf.get(r.code)!;
      const g = current.out.get(r.code)!;
      const decided = decisionOf.get(`${id}:${year}`);
      return {
        code: r.code,
        names: r.names,
        composite: r.composite,
        rank: r.rank,
        rankRange: r.rankRange,
        performance: r.performance,
        completeness: { reported: reported.get(id) ?? 0, expected },
        approval: approvals.get(id) ?? "draft",
        onTrack: g.share,
        achievement: judged ? g.achievement : null,
        proposed: g.proposal.grade,
        reasons: g.proposal.reasons,
        decision: decided
          ? {
              final: decided.finalGrade,
              state: decided.finalGrade === decided.proposedGrade ? "confirmed" : "overridden",
              proposedAtDecision: decided.proposedGrade,
              proposalChanged: decided.proposedGrade !== g.proposal.grade,
              reason: decided.reason,
              decidedByName: decided.decidedByName,
              decidedAt: decided.decidedAt.toISOString(),
            }
          : null,
        flags: flagsOf.get(r.code) ?? [],
        // The year's own results; a commendation of a whole plan period is shown on the area's page.
        official: (officialByArea.get(id) ?? []).filter((o) => o.year === year && o.periodStart === null).map(officialResultView),
      };
    });
    return { level, ranked: rows.filter((r) => r.rank !== null).length, rows };
  });
  return { year, years, levels, flagged: new Set(flags.map((f) => f.areaCode)).size, judged, period: { zh: period.nameZh, en: period.nameEn } };
}

/** The grade proposed for one area-year now: what a decision confirms or overrides (computed on the server, never sent by the form). */
export function currentProposal(areaCode: string, year: number): Grade | null {
  if (!summaryYears().includes(year)) throw new AppError("bad_request", "invalid_year");
  const area = listPeerAreas().find((a) => a.code === areaCode);
  if (!area) throw new AppError("not_found", "area_not_found");
  const level = area.level === "county" ? "county" : "city";
  // What the evaluator sees: every value, approved or not.
  const ranking = getRankingsPayload({ year, group: { kind: "level", value: level }, audience: "full" });
  const composite = ranking.data.find((r) => r.code === areaCode)?.composite ?? null;
  // Toward the targets as they stood at the year's approval, as the summary shows them.
  const statuses = listPeriodStatuses([area.id], [year], "full").get(`${area.id}:${year}`) ?? [];
  return proposalFor(composite, statuses).proposal.grade;
}
