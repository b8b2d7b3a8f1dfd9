import "server-only";
import { achievementOf, medianShare } from "@/lib/domain/period-achievement";
import { assessAreaProgress, type IndicatorProgress } from "@/lib/domain/area-progress";
import { isJudged, previousPeriod, type PlanPeriod } from "@/lib/domain/plan";
import { listApprovedYears } from "@/db/queries/plan-periods";
import { getApprovalMoment, getAreaTargetsAsAt, type TrailMoment } from "@/db/queries/targets";
import { listAssessments } from "@/db/queries/assessments";
import { listScoredIndicators, type PeerAreaRow } from "@/db/queries/compare";
import type { IndicatorDef } from "@/db/queries/indicators";
import { getAreaYearState } from "@/db/queries/review";
import { getGradeDecision, hasDemoValuesFor, listReportedKeys } from "@/db/queries/summary";
import { computeComposite, DEFAULT_WINDOW_START, SCORED_DIMENSIONS, type Performance, type ScoredDimension } from "@/lib/domain/composite";
import { QUALITATIVE_ASPECTS, type SUBMISSION_STATUSES } from "@/lib/domain/enums";
import { indicatorStandings, roundScore } from "@/lib/domain/peer-compare";
import { BOTTLENECKS, diagnose, type BottleneckKey, type BottleneckSeverity } from "@/lib/domain/summary/bottlenecks";
import { consecutivePoorFlags, onTrackShare, proposeGrade, type CountBasis, type Grade, type GradeHistoryEntry, type GradeReason, type PoorRunFlag } from "@/lib/domain/summary/grades";
import { PATHWAYS, recommendPathways, type PathwayKey } from "@/lib/domain/summary/pathways";
import { policyDocument } from "@/db/seed/policy-documents";
import type { ProgressStatus } from "@/lib/domain/progress";
import { biggestMovers, strengthsAndWeaknesses, type ScorePoint } from "@/lib/domain/summary/movers";
import { previousYearScoresOnWindow } from "@/lib/domain/summary/previous-scores";
import {
  type QualitativeAspect,
  type SummaryFacts,
  type TargetedStatus,
} from "@/lib/domain/summary/narrative";
import type { Bilingual, SummaryStanding } from "@/lib/domain/summary/standings";
import { AppError } from "@/lib/errors";
import { writeNarrative, type Narrative } from "@/lib/i18n/narrative";
import { bilingual } from "@/lib/i18n/translator";
import { keptUntilWrite } from "./cache";
import type { Audience } from "@/lib/domain/audience";
import { approvedYearsOf } from "./audience";
import { getComparePayload } from "./compare";
import { audienceKey, getObservations } from "./composite";
import { getAreaSeries, listDataYears, listIndicators, listPeerAreas, listPlanPeriods, listSeriesBreaks } from "./kept-reads";
import { breaksWithin } from "@/lib/domain/series-break";
import { areaRemovalRecord, officialResultView, type OfficialResultView } from "./official-record";
import { getAreaProgress, getPeriodAchievements, resolvePeriod } from "./progress";

// The annual evaluation summary of one area and year, assembled once. The page, the PDF, the Word
// file, the .xlsx and the .zip all render this one object, so they cannot disagree. Scores are
// rounded here (one decimal, as shown) before the narrative, the strengths and the movers are
// derived from them: every number a sentence quotes is the number the tables show.

export type { Bilingual };
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

export type IndicatorMeta = { indicatorKey: string; name: Bilingual; unit: Bilingual; decimals: number };

export type ProgressRow = IndicatorMeta & {
  status: TargetedStatus;
  baseYear: number | null;
  baseValue: number | null;
  latestYear: number | null;
  latestValue: number | null;
  targetYear: number;
  targetValue: number | null;
  /** Fraction a year (compound) or units a year (linear), as ProgressResult. */
  requiredAnnualGrowth: number | null;
  observedGrowth: number | null;
  ratio: number | null;
  form: "compound" | "linear";
  /** How much of the way from the base value to the target the latest value has come, in % (0 = base, 100 = target). */
  distanceCovered: number | null;
  /** A judged period's verdict (met / missed): final once the target year is approved, else provisional; null otherwise. */
  final: boolean | null;
  /** The indicator's values from the period's base year to the summary's year, as the progress rests on them (the documents' charts). */
  series: { year: number; value: number }[];
  /** The previous plan period's target of the indicator, where it had one (drawn beside this period's). */
  previousTarget: { year: number; value: number } | null;
};

export type StandingRow = IndicatorMeta & {
  value: number | null;
  /** 0–100, one decimal. */
  score: number;
  rank: number | null;
  ranked: number;
  peerMedian: number | null;
};

export type MoverRow = IndicatorMeta & {
  score: number;
  previousScore: number;
  change: number;
  value: number | null;
  previousValue: number | null;
};

export type DiagnosisIndicatorRow = IndicatorMeta & {
  why: Bilingual;
  value: number | null;
  score: number | null;
  rank: number | null;
  ranked: number;
  assessed: boolean;
  weak: boolean;
  /** False for net migration: scored like the composite's indicators but not part of the composite. */
  inComposite: boolean;
};

export type DiagnosisRow = {
  key: BottleneckKey;
  name: Bilingual;
  description: Bilingual;
  severity: BottleneckSeverity;
  weakCount: number;
  coverage: { assessed: number; mapped: number };
  indicators: DiagnosisIndicatorRow[];
};

export type AssessmentItem = {
  aspect: QualitativeAspect;
  label: Bilingual;
  score: number | null;
  comment: string | null;
  updatedByName: string | null;
  updatedAt: string | null;
};

export type GradeState = {
  proposed: Grade | null;
  reasons: GradeReason[];
  onTrack: { onTrack: number; targets: number; share: number | null };
  /** The evaluator's grade; null while only proposed. */
  final: Grade | null;
  state: "proposed" | "confirmed" | "overridden";
  /** The proposal the evaluator saw when deciding (stored with the decision). */
  proposedAtDecision: Grade | null;
  /** The data changed since the decision and the proposal with them. */
  proposalChanged: boolean;
  reason: string | null;
  decidedByName: string | null;
  decidedAt: string | null;
};

export type PolicyLink = { id: string; shortTitle: Bilingual };

/** A line of action of a pathway, as the mapping gives it (lib/domain/summary/pathways.ts). */
export type PathwayLine = {
  key: string;
  name: Bilingual;
  action: Bilingual;
  indicators: IndicatorMeta[];
  documents: PolicyLink[];
};

export type PathwayRow = {
  key: PathwayKey;
  name: Bilingual;
  description: Bilingual;
  /** The heading of the diagnosis the pathway answers, and its verdict. */
  bottleneck: Bilingual;
  severity: BottleneckSeverity;
  weakCount: number;
  /** The heading's weakest indicators, each with the pathway's lines that move it. */
  items: (IndicatorMeta & { score: number; rank: number; ranked: number; lines: string[] })[];
  lines: PathwayLine[];
};

export type OfficialRecord = {
  /** The area's published results up to the year, latest first. */
  results: OfficialResultView[];
  /** What the year counts for the consecutive-poor rule, and what that rests on. */
  counted: { grade: Grade | "not_poor" | null; basis: CountBasis | null };
  /** The area's runs of poor years up to the year. */
  runs: PoorRunFlag[];
};

export type SummaryReport = {
  area: { code: string; names: Bilingual; level: "city" | "county"; province: string };
  year: number;
  /** The plan period the year ends, when it ends a closed one: the summary is that period's end-of-period evaluation. */
  periodEnd: Bilingual | null;
  /** For such a summary: the share of the area's judged targets met, and its peers' median share. */
  achievement: { met: number; missed: number; insufficient: number; share: number | null; peerMedian: number | null; peers: number } | null;
  /** Years a summary exists for (with data, from the scoring window's first year). */
  years: number[];
  completeness: { reported: number; expected: number; missing: IndicatorMeta[] };
  approval: { status: SubmissionStatus; changedAt: string | null };
  peerGroup: { spec: string; label: Bilingual; noun: Bilingual; members: { code: string; names: Bilingual }[] };
  scores: {
    composite: number | null;
    dimensions: Record<ScoredDimension, number | null>;
    rank: number | null;
    ranked: number;
    rankRange: { best: number; worst: number } | null;
    percentile: number | null;
    performance: Performance | null;
    change: number | null;
    coverage: { indicators: number; indicatorsTotal: number; dimensions: number };
  };
  peerMedian: { composite: number | null; dimensions: Record<ScoredDimension, number | null> };
  peerAverage: number | null;
  progress: ProgressRow[];
  strengths: StandingRow[];
  weaknesses: StandingRow[];
  /** null: the year before lies outside the scoring window. */
  movers: MoverRow[] | null;
  diagnosis: DiagnosisRow[];
  /** Whether net migration (mapped under institutional barriers) had a peer standing this year. */
  netMigrationScored: boolean;
  /** The framework's three pathways, each with the area's weakest indicators of its heading. */
  pathways: PathwayRow[];
  assessments: AssessmentItem[];
  grade: GradeState;
  /** The programme's own record, kept apart from the proposed and decided grade. */
  official: OfficialRecord;
  narrative: Narrative;
  window: { from: number; to: number };
  /** Indicators whose series breaks within the window (a changed statistical definition), with why and the source. */
  seriesBreaks: { indicator: IndicatorMeta; fromYear: number; reason: Bilingual; source: string; sourceUrl: string }[];
  /** Some of the area's values for the year are demonstration data. */
  demo: boolean;
};

const meta = (ind: IndicatorDef): IndicatorMeta => ({
  indicatorKey: ind.key,
  name: { zh: ind.nameZh, en: ind.nameEn },
  unit: { zh: ind.unitZh, en: ind.unitEn },
  decimals: ind.decimals,
});

const score100 = (s: number | null) => (s === null ? null : roundScore(s * 100));

/** The grade proposal of one area from its composite and the statuses of its targeted indicators (summary and overview alike). */
export function proposalFor(composite: number | null, statuses: ProgressStatus[]) {
  const share = onTrackShare(statuses);
  return { share, proposal: proposeGrade({ composite, onTrackShare: share.share, targets: share.targets }) };
}

/** The years a summary can be asked for. */
export function summaryYears(): number[] {
  return listDataYears(DEFAULT_WINDOW_START);
}

/**
 * The summary of an active area for a year with data; AppError not_found otherwise. Peers are the
 * area's default comparison group (its level), as on the Compare page.
 */
/** As an audience sees it (published means approved): without one named, the public's. */
export function getSummaryReport(areaCode: string, year: number, audience: Audience = "public"): SummaryReport {
  const years = summaryYears();
  if (!years.includes(year)) throw new AppError("not_found", `No summary for ${year}`);
  const allAreas = listPeerAreas();
  const area = allAreas.find((a) => a.code === areaCode);
  if (!area) throw new AppError("not_found", `Unknown area: ${areaCode}`);
  return keptUntilWrite("summary", `${area.code}|${year}|${audienceKey(audience)}`, () => summaryReport(area, allAreas, year, years, audience));
}

function summaryReport(area: PeerAreaRow, allAreas: readonly PeerAreaRow[], year: number, years: number[], audience: Audience): SummaryReport {
  const catalogue = listIndicators();
  const byKey = new Map(catalogue.map((i) => [i.key, i]));
  const metaOf = (key: string): IndicatorMeta => {
    const ind = byKey.get(key);
    return ind ? meta(ind) : { indicatorKey: key, name: { zh: key, en: key }, unit: { zh: "", en: "" }, decimals: 1 };
  };

  // Peer standing: exactly what the Compare page and /api/v1/compare show for the default group.
  const compare = getComparePayload({ area: area.code, year, audience });
  const memberCodes = compare.group.members.map((m) => m.code);
  const inGroup = new Set(memberCodes);
  const memberIds = allAreas.filter((a) => inGroup.has(a.code)).map((a) => a.id);
  const level = area.level === "county" ? "county" : "city";
  // What is scored over the whole group is shared by every member's summary until the values change.
  const groupKey = `${year}:${audienceKey(audience)}:${memberIds.join(",")}`;

  // Movers: last year's scores on this year's window (see lib/domain/summary/previous-scores.ts).
  const scored = listScoredIndicators();
  const previous = keptUntilWrite("previous-scores", groupKey, () =>
    previousYearScoresOnWindow({
      year,
      areaCodes: memberCodes,
      indicators: scored,
      observations: getObservations(memberIds, scored.map((i) => i.key), DEFAULT_WINDOW_START, year, audience),
    }),
  );

  // Net migration is directional but a context indicator, so the composite leaves it out. The
  // diagnosis maps it, so it is scored alone, by the same method over the same peers and window.
  const netMigration = byKey.get("net_migration_rate");
  let netMigrationStanding: SummaryStanding | null = null;
  let netMigrationValue: number | null = null;
  if (netMigration && netMigration.direction !== "context") {
    const { key, direction } = netMigration;
    const result = keptUntilWrite("net-migration", groupKey, () =>
      computeComposite({
        year,
        areaCodes: memberCodes,
        indicators: [{ key, direction, dimension: "entity" }],
        observations: getObservations(memberIds, [key], DEFAULT_WINDOW_START, year, audience),
      }),
    );
    const [s] = indicatorStandings(result, area.code);
    if (s) {
      netMigrationStanding = { indicatorKey: s.indicatorKey, score: score100(s.score), rank: s.rank, ranked: s.ranked };
      netMigrationValue = s.value;
    }
  }

  const standings: SummaryStanding[] = compare.indicators.map((s) => ({ indicatorKey: s.indicatorKey, score: s.score, rank: s.rank, ranked: s.ranked }));
  const standingByKey = new Map(compare.indicators.map((s) => [s.indicatorKey, s]));

  const { strengths, weaknesses } = strengthsAndWeaknesses(standings, 3);
  const standingRow = (s: { indicatorKey: string; score: number; rank: number | null; ranked: number }): StandingRow => {
    const full = standingByKey.get(s.indicatorKey);
    return { ...metaOf(s.indicatorKey), value: full?.value ?? null, score: s.score, rank: s.rank, ranked: s.ranked, peerMedian: full?.peerMedian ?? null };
  };

  let movers: MoverRow[] | null = null;
  if (previous) {
    const now: ScorePoint[] = compare.indicators.map((s) => ({ indicatorKey: s.indicatorKey, value: s.value, score: s.score }));
    const before: ScorePoint[] = previous
      .filter((p) => p.areaCode === area.code)
      .map((p) => ({ indicatorKey: p.indicatorKey, value: p.value, score: score100(p.score) }));
    movers = biggestMovers(now, before, 3).map((m) => ({
      ...metaOf(m.indicatorKey),
      score: m.score,
      previousScore: m.previousScore,
      change: roundScore(m.change)!,
      value: m.value,
      previousValue: m.previousValue,
    }));
  }

  const diagnosed = diagnose(netMigrationStanding ? [...standings, netMigrationStanding] : standings, BOTTLENECKS);
  const diagnosis: DiagnosisRow[] = diagnosed.map((d) => ({
    key: d.key,
    name: bilingual(`summary.bottlenecks.${d.key}.name`),
    description: bilingual(`summary.bottlenecks.${d.key}.description`),
    severity: d.severity,
    weakCount: d.weakCount,
    coverage: d.coverage,
    indicators: d.indicators.map((i) => ({
      ...metaOf(i.indicatorKey),
      why: bilingual(`summary.bottlenecks.why.${i.indicatorKey}`),
      value: i.indicatorKey === netMigration?.key ? netMigrationValue : (standingByKey.get(i.indicatorKey)?.value ?? null),
      score: i.score,
      rank: i.rank,
      ranked: i.ranked,
      assessed: i.assessed,
      weak: i.weak,
      inComposite: standingByKey.has(i.indicatorKey),
    })),
  }));

  const policyLink = (id: string): PolicyLink[] => {
    const doc = policyDocument(id);
    return doc ? [{ id: doc.id, shortTitle: doc.shortTitle }] : [];
  };
  const pathways: PathwayRow[] = recommendPathways(diagnosed).map((rec) => {
    const pathway = PATHWAYS.find((p) => p.key === rec.key)!;
    const heading = diagnosis.find((d) => d.key === rec.bottleneck)!;
    return {
      key: rec.key,
      name: bilingual(`summary.pathways.${rec.key}.name`),
      description: bilingual(`summary.pathways.${rec.key}.description`),
      bottleneck: heading.name,
      severity: heading.severity,
      weakCount: rec.weakCount,
      items: rec.items.map((i) => ({ ...metaOf(i.indicatorKey), score: i.score, rank: i.rank, ranked: i.ranked, lines: i.lines })),
      lines: pathway.lines.map((l) => ({
        key: l.key,
        name: bilingual(`summary.pathways.lines.${l.key}.name`),
        action: bilingual(`summary.pathways.lines.${l.key}.action`),
        indicators: l.indicators.map(metaOf),
        documents: l.documents.flatMap(policyLink),
      })),
    };
  });

  // The official record: results up to the year, and what the year counts for the consecutive-poor rule.
  const record = areaRemovalRecord(year, years, area);
  const areaHistory: GradeHistoryEntry[] = record.history.filter((h) => h.areaCode === area.code);
  const countedNow = areaHistory.find((h) => h.year === year);
  const official: OfficialRecord = {
    results: (record.officialByArea.get(area.id) ?? []).map(officialResultView).sort((a, b) => b.year - a.year || a.id - b.id),
    counted: { grade: countedNow?.grade ?? null, basis: countedNow?.basis ?? null },
    runs: consecutivePoorFlags(areaHistory, year),
  };

  // An approved year's summary shows the targets as they stood at its approval, read back from the
  // audit trail: a target changed or added since does not rewrite it. Other years show today's targets.
  const period = resolvePeriod({ asOfYear: year });
  const approvedAt = getApprovalMoment(area.id, year);
  const areaProgress = approvedAt ? progressAsApproved(area.id, period, year, approvedAt, audience) : getAreaProgress(area.id, { asOfYear: year, audience });
  // The charts' data: the values the progress rests on, and the previous period's targets beside this one's.
  const seriesPoints = getAreaSeries(area.id, audience, { to: year });
  const before = previousPeriod(listPlanPeriods(), period);
  const targetBefore = new Map(
    (before ? getAreaProgress(area.id, { period: before, audience }) : []).flatMap(({ indicatorKey, result: b }) =>
      b.hasTarget && b.targetValue !== null ? [[indicatorKey, { year: b.targetYear, value: b.targetValue }] as const] : [],
    ),
  );
  const progress: ProgressRow[] = areaProgress.flatMap((p) => {
    if (p.target === null || p.result.status === "substantial") return [];
    const r = p.result;
    const span = r.targetValue !== null && r.baseValue !== null ? r.targetValue - r.baseValue : null;
    const distanceCovered =
      r.status === "achieved"
        ? 100
        : span && r.latestValue !== null && r.baseValue !== null && r.latestYear !== r.baseYear
          ? roundScore(((r.latestValue - r.baseValue) / span) * 100, 0)
          : null;
    return [
      {
        ...metaOf(p.indicatorKey),
        status: r.status as TargetedStatus,
        baseYear: r.baseYear,
        baseValue: r.baseValue,
        latestYear: r.latestYear,
        latestValue: r.latestValue,
        targetYear: r.targetYear,
        targetValue: r.targetValue,
        requiredAnnualGrowth: r.requiredAnnualGrowth,
        observedGrowth: r.observedGrowth,
        ratio: r.ratio,
        form: r.form,
        distanceCovered,
        final: p.verdict?.final ?? null,
        series: seriesPoints.filter((v) => v.indicatorKey === p.indicatorKey && v.year >= period.baseYear).map((v) => ({ year: v.year, value: v.value })),
        previousTarget: targetBefore.get(p.indicatorKey) ?? null,
      },
    ];
  });

  // The public is shown no value of a year not yet approved, so none counts as reported.
  const reported = new Set(audience === "full" || approvedYearsOf(area.id).has(year) ? listReportedKeys(area.id, year) : []);
  const completeness = {
    reported: catalogue.filter((i) => reported.has(i.key)).length,
    expected: catalogue.length,
    missing: catalogue.filter((i) => !reported.has(i.key)).map(meta),
  };
  const yearState = getAreaYearState(area.id, year);

  const stored = new Map(listAssessments(area.id, year).map((a) => [a.aspect, a]));
  const assessments: AssessmentItem[] = QUALITATIVE_ASPECTS.map((aspect) => {
    const a = stored.get(aspect);
    return {
      aspect,
      label: bilingual(`summary.narrative.terms.aspects.${aspect}`),
      score: a?.score ?? null,
      comment: a?.comment ?? null,
      updatedByName: a?.updatedByName ?? null,
      updatedAt: a ? a.updatedAt.toISOString() : null,
    };
  });

  const { share, proposal } = proposalFor(compare.scores.composite, progress.map((p) => p.status));
  const decision = getGradeDecision(area.id, year);
  const grade: GradeState = {
    proposed: proposal.grade,
    reasons: proposal.reasons,
    onTrack: share,
    final: decision?.finalGrade ?? null,
    state: !decision ? "proposed" : decision.finalGrade === decision.proposedGrade ? "confirmed" : "overridden",
    proposedAtDecision: decision?.proposedGrade ?? null,
    proposalChanged: !!decision && decision.proposedGrade !== proposal.grade,
    reason: decision?.reason ?? null,
    decidedByName: decision?.decidedByName ?? null,
    decidedAt: decision ? decision.decidedAt.toISOString() : null,
  };

  const names = { zh: area.nameZh, en: area.nameEn };
  const noun = bilingual(`summary.peerNoun.${level}`);
  const dims = compare.scores.dimensions;
  const facts: SummaryFacts = {
    area: { code: area.code, name: names },
    year,
    completeness: { reported: completeness.reported, expected: completeness.expected },
    approval: yearState.status,
    composite: compare.scores.composite,
    rank: compare.scores.rank,
    ranked: compare.scores.ranked,
    rankRange: compare.scores.rankRange,
    performance: compare.scores.performance,
    peerGroup: level,
    dimensions: Object.fromEntries(
      SCORED_DIMENSIONS.map((d) => [d, { score: dims[d], peerMedian: compare.peerMedian.dimensions[d] }]),
    ) as SummaryFacts["dimensions"],
    progress: progress.map((p) => ({
      indicatorKey: p.indicatorKey,
      name: p.name,
      status: p.status,
      base: p.baseValue,
      latest: p.latestValue,
      target: p.targetValue,
      requiredAnnualGrowth: p.requiredAnnualGrowth,
      growthForm: p.form,
      unit: p.unit,
      decimals: p.decimals,
    })),
    strengths: strengths.map((s) => ({ indicatorKey: s.indicatorKey, name: metaOf(s.indicatorKey).name, score: s.score, rank: s.rank, ranked: s.ranked })),
    weaknesses: weaknesses.map((s) => ({ indicatorKey: s.indicatorKey, name: metaOf(s.indicatorKey).name, score: s.score, rank: s.rank, ranked: s.ranked })),
    movers: movers && movers.map((m) => ({ indicatorKey: m.indicatorKey, name: m.name, score: m.score, previousScore: m.previousScore, change: m.change })),
    diagnosis: diagnosis.map((d) => ({
      key: d.key,
      severity: d.severity,
      assessed: d.coverage.assessed,
      weak: d.indicators.filter((i) => i.weak).map((i) => ({ indicatorKey: i.indicatorKey, name: i.name })),
    })),
    evaluatorScores: stored.size === 0 ? null : Object.fromEntries(assessments.map((a) => [a.aspect, a.score])),
    grade: { proposed: grade.state === "proposed" ? grade.proposed : grade.proposedAtDecision, final: grade.final, state: grade.state },
  };

  const endsPeriod = isJudged(period, year) && year === period.targetYear;
  const achievements = endsPeriod ? getPeriodAchievements(memberIds, period, audience) : null;
  // The area's own count follows the targets its summary shows (those of the approval, once approved).
  const judged = approvedAt ? achievementOf(areaProgress.filter((p) => p.target !== null).map((p) => p.result.status)) : null;
  const own = achievements && judged ? (judged.met + judged.missed + judged.insufficient > 0 ? judged : undefined) : achievements?.get(area.id);
  const peerShares = medianShare([...(achievements ?? new Map())].filter(([id]) => id !== area.id).map(([, a]) => a.share));
  return {
    area: { code: area.code, names, level, province: area.province },
    year,
    periodEnd: endsPeriod ? { zh: period.nameZh, en: period.nameEn } : null,
    achievement: endsPeriod && own ? { ...own, peerMedian: peerShares.median, peers: peerShares.count } : null,
    years,
    completeness,
    approval: { status: yearState.status, changedAt: yearState.changedAt ? yearState.changedAt.toISOString() : null },
    peerGroup: {
      spec: compare.group.spec,
      label: bilingual(`peerGroups.level.${level}`),
      noun,
      members: compare.group.members.map((m) => ({ code: m.code, names: m.names })),
    },
    scores: {
      composite: compare.scores.composite,
      dimensions: dims,
      rank: compare.scores.rank,
      ranked: compare.scores.ranked,
      rankRange: compare.scores.rankRange,
      percentile: compare.scores.percentile,
      performance: compare.scores.performance,
      change: compare.scores.change,
      coverage: compare.scores.coverage,
    },
    peerMedian: compare.peerMedian,
    peerAverage: compare.peerAverage,
    progress,
    strengths: strengths.map(standingRow),
    weaknesses: weaknesses.map(standingRow),
    movers,
    diagnosis,
    netMigrationScored: netMigrationStanding !== null && netMigrationStanding.score !== null,
    pathways,
    assessments,
    grade,
    official,
    narrative: writeNarrative(facts),
    window: compare.methodology.window,
    seriesBreaks: catalogue.flatMap((ind) =>
      breaksWithin(listSeriesBreaks(), ind.key, compare.methodology.window.from, year).map((b) => ({
        indicator: meta(ind),
        fromYear: b.fromYear,
        reason: { zh: b.reasonZh, en: b.reasonEn },
        source: b.source,
        sourceUrl: b.sourceUrl,
      })),
    ),
    demo: hasDemoValuesFor(area.id, year),
  };
}

/** Progress as of an approved year toward the targets as they stood at its approval. */
function progressAsApproved(areaId: number, period: PlanPeriod, year: number, approvedAt: TrailMoment, audience: Audience): readonly IndicatorProgress[] {
  return assessAreaProgress(
    listIndicators(),
    getAreaSeries(areaId, audience, { to: year }),
    getAreaTargetsAsAt(areaId, period, approvedAt),
    { period, approvedYears: new Set(listApprovedYears(areaId)) },
    year,
  );
}
