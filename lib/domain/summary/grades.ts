import { roundScore } from "../peer-compare";
import type { ProgressStatus } from "../progress";

// The grade the national overview proposes for an evaluator to confirm or override
// (docs/methodology.md, proposed grades): 优秀 / 良好 / 一般 / 较差 from the composite score and progress towards the area's targets.
//
// The composite is a 0–100 score relative to the peer group (min–max over all peers and years since
// 2020), so 50 is half-way between the weakest and the strongest value seen. The progress share is
// the area's own plan: targets achieved or on track out of the targets that can be assessed.
// Results are codes with their numbers; lib/i18n/grade-texts.ts words them from the messages.

export { GRADE_VALUES as GRADES } from "../enums";
import { GRADE_VALUES as GRADES } from "../enums";
export type Grade = (typeof GRADES)[number];

/**
 * All bounds on the composite as shown (one decimal) and on the exact share. "At least" bounds are
 * inclusive, "below" bounds exclusive. The three rules cannot overlap: excellent and good need a
 * composite of 50 or more and (when used) a share of 40 % or more; poor needs less than 40 or less
 * than 20 %.
 */
export const GRADE_THRESHOLDS = {
  excellent: { compositeAtLeast: 60, onTrackShareAtLeast: 0.6 },
  good: { compositeAtLeast: 50, onTrackShareAtLeast: 0.4 },
  poor: { compositeBelow: 40, onTrackShareBelow: 0.2 },
  /** Fewer assessable targets than this: the share is not used, and excellent is not available. */
  minTargets: 3,
} as const;

const T = GRADE_THRESHOLDS;

export type GradeReasonCode =
  | "composite_missing"
  | "composite_at_least"
  | "composite_below"
  | "share_at_least"
  | "share_below"
  | "few_targets";

export type GradeReason = {
  code: GradeReasonCode;
  params: {
    /** The grade whose threshold is cited. */
    grade?: Grade;
    /** The composite (one decimal) or the share (0–1). */
    value?: number;
    threshold?: number;
    targets?: number;
    minTargets?: number;
  };
};

export type ProposedGrade = { grade: Grade | null; reasons: GradeReason[] };

export type GradeInput = {
  /** 0–100; null = no composite. */
  composite: number | null;
  /** Targets achieved or on track ÷ assessable targets (0–1); null = no assessable target. */
  onTrackShare: number | null;
  /** Number of assessable targets (targeted indicators with a status other than insufficient data). */
  targets: number;
};

/** The share used by the grade, from the statuses of the area's targeted indicators. */
export function onTrackShare(statuses: ProgressStatus[]): { onTrack: number; targets: number; share: number | null } {
  let onTrack = 0;
  let targets = 0;
  for (const s of statuses) {
    // "substantial" only occurs without a target; insufficient data cannot be assessed, nor can a
    // period without data yet. A target met at the period's end counts as one on track.
    if (s === "insufficient_data" || s === "substantial" || s === "no_data_yet") continue;
    targets += 1;
    if (s === "achieved" || s === "on_track" || s === "met") onTrack += 1;
  }
  return { onTrack, targets, share: targets > 0 ? onTrack / targets : null };
}

export function proposeGrade(input: GradeInput): ProposedGrade {
  if (input.composite === null || !Number.isFinite(input.composite)) {
    return { grade: null, reasons: [{ code: "composite_missing", params: {} }] };
  }
  const c = roundScore(input.composite)!;
  const share = input.targets >= T.minTargets ? input.onTrackShare : null;
  const few: GradeReason = { code: "few_targets", params: { targets: input.targets, minTargets: T.minTargets } };
  const cAtLeast = (grade: Grade, threshold: number): GradeReason => ({ code: "composite_at_least", params: { grade, value: c, threshold } });
  const cBelow = (grade: Grade, threshold: number): GradeReason => ({ code: "composite_below", params: { grade, value: c, threshold } });
  const sAtLeast = (grade: Grade, threshold: number, value: number): GradeReason => ({ code: "share_at_least", params: { grade, value, threshold } });
  const sBelow = (grade: Grade, threshold: number, value: number): GradeReason => ({ code: "share_below", params: { grade, value, threshold } });

  const ex = T.excellent;
  if (c >= ex.compositeAtLeast && share !== null && share >= ex.onTrackShareAtLeast) {
    return { grade: "excellent", reasons: [cAtLeast("excellent", ex.compositeAtLeast), sAtLeast("excellent", ex.onTrackShareAtLeast, share)] };
  }

  const good = T.good;
  if (c >= good.compositeAtLeast && (share === null || share >= good.onTrackShareAtLeast)) {
    const reasons: GradeReason[] = [cAtLeast("good", good.compositeAtLeast)];
    if (share === null) reasons.push(few);
    else reasons.push(sAtLeast("good", good.onTrackShareAtLeast, share));
    // Why not excellent.
    if (c < ex.compositeAtLeast) reasons.push(cBelow("excellent", ex.compositeAtLeast));
    if (share !== null && share < ex.onTrackShareAtLeast) reasons.push(sBelow("excellent", ex.onTrackShareAtLeast, share));
    return { grade: "good", reasons };
  }

  const poor = T.poor;
  const poorReasons: GradeReason[] = [];
  if (c < poor.compositeBelow) poorReasons.push(cBelow("poor", poor.compositeBelow));
  if (share !== null && share < poor.onTrackShareBelow) poorReasons.push(sBelow("poor", poor.onTrackShareBelow, share));
  if (poorReasons.length > 0) return { grade: "poor", reasons: poorReasons };

  // Fair: why not good (and not poor).
  const reasons: GradeReason[] = [];
  if (c < good.compositeAtLeast) reasons.push(cBelow("good", good.compositeAtLeast));
  if (share !== null && share < good.onTrackShareAtLeast) reasons.push(sBelow("good", good.onTrackShareAtLeast, share));
  if (share === null) reasons.push(few);
  return { grade: "fair", reasons };
}

// ---------------------------------------------------------------------------------------------
// Consecutive poor grades: three poor years in a row lose the designation
// (docs/methodology.md, consecutive poor grades). Each year counts the official result where one was
// published, else the evaluator's decision; an unconfirmed proposal never counts
// (lib/domain/summary/official-record.ts builds the history).

export const CONSECUTIVE_POOR = { flagAt: 2, losesDesignationAt: 3 } as const;

/** What a year's count rests on: a published official result, or the evaluator's decision in the product. */
export type CountBasis = "official" | "decided";

export type GradeHistoryEntry = {
  areaCode: string;
  year: number;
  /**
   * The grade counted for the year; "not_poor" when the official results of the year do not count as
   * poor without giving the area one grade (its cities graded apart); null when nothing counts.
   */
  grade: Grade | "not_poor" | null;
  basis: CountBasis | null;
};

export type PoorRunFlag = {
  areaCode: string;
  /** The consecutive years graded poor, ascending. */
  years: number[];
  /** For each of those years, what its poor grade rests on. */
  bases: CountBasis[];
  length: number;
  /** The run includes asOfYear (the year the overview is for). */
  current: boolean;
  level: "two_in_a_row" | "three_or_more";
  /** Current run of exactly two: one more poor year loses the designation. */
  thirdYearWarning: boolean;
  /** Three or more in a row. */
  losesDesignation: boolean;
};

/**
 * Runs of at least two consecutive years graded poor, per area, ordered by area then first year.
 * Entries after asOfYear are ignored; asOfYear defaults to the latest year in the history. One
 * grade per area and year: the last entry given wins.
 */
export function consecutivePoorFlags(history: GradeHistoryEntry[], asOfYear?: number): PoorRunFlag[] {
  const asOf = asOfYear ?? history.reduce((m, h) => Math.max(m, h.year), -Infinity);
  const byArea = new Map<string, Map<number, GradeHistoryEntry>>();
  for (const h of history) {
    if (h.year > asOf) continue;
    const years = byArea.get(h.areaCode) ?? new Map<number, GradeHistoryEntry>();
    years.set(h.year, h);
    byArea.set(h.areaCode, years);
  }
  const flags: PoorRunFlag[] = [];
  const areaCodes = [...byArea.keys()].sort();
  for (const areaCode of areaCodes) {
    const entries = byArea.get(areaCode)!;
    const poorYears = [...entries].filter(([, e]) => e.grade === "poor").map(([y]) => y).sort((a, b) => a - b);
    let run: number[] = [];
    const close = () => {
      if (run.length >= CONSECUTIVE_POOR.flagAt) {
        const current = run.at(-1) === asOf;
        const losesDesignation = run.length >= CONSECUTIVE_POOR.losesDesignationAt;
        flags.push({
          areaCode,
          years: run,
          bases: run.map((y) => entries.get(y)!.basis ?? "decided"),
          length: run.length,
          current,
          level: losesDesignation ? "three_or_more" : "two_in_a_row",
          thirdYearWarning: current && run.length === CONSECUTIVE_POOR.losesDesignationAt - 1,
          losesDesignation,
        });
      }
      run = [];
    };
    for (const year of poorYears) {
      if (run.length > 0 && year !== run.at(-1)! + 1) close();
      run.push(year);
    }
    close();
  }
  return flags;
}
