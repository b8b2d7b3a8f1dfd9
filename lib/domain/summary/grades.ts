import { roundScore } from "../peer-compare";
import type { ProgressStatus } from "../progress";
import type { Bilingual } from "./standings";

// The grade the national overview proposes for an evaluator to confirm or override (docs/methodology.md,
// "Annual evaluation summary"): 优秀 / 良好 / 一般 / 较差 from the composite score and progress towards the area's targets.
//
// The composite is a 0–100 score relative to the peer group (min–max over all peers and years since
// 2020), so 50 is half-way between the weakest and the strongest value seen. The progress share is
// the area's own plan: targets achieved or on track out of the targets that can be assessed.

export { GRADE_VALUES as GRADES } from "../enums";
import { GRADE_VALUES as GRADES } from "../enums";
export type Grade = (typeof GRADES)[number];

export const GRADE_LABELS: Record<Grade, Bilingual> = {
  excellent: { zh: "优秀", en: "excellent" },
  good: { zh: "良好", en: "good" },
  fair: { zh: "一般", en: "fair" },
  poor: { zh: "较差", en: "poor" },
};

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

const pct = (share: number) => `${Math.round(share * 100)}%`;
const T = GRADE_THRESHOLDS;

export const GRADE_RULE_TEXT: { zh: string[]; en: string[] } = {
  zh: [
    `优秀：综合得分 ≥ ${T.excellent.compositeAtLeast}分，且已实现或进展顺利的目标占可评估目标的比例 ≥ ${pct(T.excellent.onTrackShareAtLeast)}（须有至少${T.minTargets}项可评估目标）。`,
    `良好：综合得分 ≥ ${T.good.compositeAtLeast}分，且该比例 ≥ ${pct(T.good.onTrackShareAtLeast)}（可评估目标少于${T.minTargets}项时只看综合得分）。`,
    `较差：综合得分 < ${T.poor.compositeBelow}分，或该比例 < ${pct(T.poor.onTrackShareBelow)}（仅在有至少${T.minTargets}项可评估目标时适用）。`,
    "一般：其余情况。",
    "综合得分按页面显示的一位小数比较；可评估目标不含“数据不足”的指标；无综合得分时不建议等级。建议等级须经评估人员确认或改定。",
  ],
  en: [
    `Excellent: composite score ≥ ${T.excellent.compositeAtLeast} and ≥ ${pct(T.excellent.onTrackShareAtLeast)} of the assessable targets achieved or on track (at least ${T.minTargets} assessable targets needed).`,
    `Good: composite score ≥ ${T.good.compositeAtLeast} and that share ≥ ${pct(T.good.onTrackShareAtLeast)} (with fewer than ${T.minTargets} assessable targets, the composite alone decides).`,
    `Poor: composite score < ${T.poor.compositeBelow}, or that share < ${pct(T.poor.onTrackShareBelow)} (the share counts only with at least ${T.minTargets} assessable targets).`,
    "Fair: every other case.",
    "The composite is compared as shown, to one decimal; assessable targets exclude those with insufficient data; without a composite no grade is proposed. An evaluator confirms or overrides every proposed grade.",
  ],
};

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
    // "substantial" only occurs without a target; insufficient data cannot be assessed.
    if (s === "insufficient_data" || s === "substantial") continue;
    targets += 1;
    if (s === "achieved" || s === "on_track") onTrack += 1;
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

/** One reason as a line to show beside the proposed grade. */
export function gradeReasonText(reason: GradeReason, locale: "zh" | "en"): string {
  const { grade, value, threshold, targets, minTargets } = reason.params;
  const g = grade ? GRADE_LABELS[grade][locale] : "";
  const score = (v: number | undefined) => (v === undefined ? "" : v.toFixed(1));
  const share = (v: number | undefined) => (v === undefined ? "" : pct(v));
  const zh = locale === "zh";
  switch (reason.code) {
    case "composite_missing":
      return zh ? "无综合得分，不建议等级。" : "No composite score, so no grade is proposed.";
    case "composite_at_least":
      return zh ? `综合得分${score(value)}分，不低于“${g}”线${threshold}分。` : `Composite ${score(value)} is at or above the ${g} line of ${threshold}.`;
    case "composite_below":
      return zh ? `综合得分${score(value)}分，低于“${g}”线${threshold}分。` : `Composite ${score(value)} is below the ${g} line of ${threshold}.`;
    case "share_at_least":
      return zh
        ? `已实现或进展顺利的目标占${share(value)}，不低于“${g}”线${share(threshold)}。`
        : `${share(value)} of assessable targets achieved or on track, at or above the ${g} line of ${share(threshold)}.`;
    case "share_below":
      return zh
        ? `已实现或进展顺利的目标占${share(value)}，低于“${g}”线${share(threshold)}。`
        : `${share(value)} of assessable targets achieved or on track, below the ${g} line of ${share(threshold)}.`;
    case "few_targets":
      return zh
        ? `可评估目标${targets}项，少于${minTargets}项：不看目标进展比例，不评“优秀”。`
        : `${targets} assessable ${targets === 1 ? "target" : "targets"}, fewer than ${minTargets}: the progress share is not used and excellent is not available.`;
  }
}

// ---------------------------------------------------------------------------------------------
// Consecutive poor grades: three poor years in a row lose the designation (docs/methodology.md, "Annual evaluation summary").

export const CONSECUTIVE_POOR = { flagAt: 2, losesDesignationAt: 3 } as const;

export const CONSECUTIVE_POOR_RULE: Bilingual = {
  zh: "连续两年评为“较差”的示范区予以标记；连续三年“较差”将被撤销示范区资格。每年的等级以评估人员确认或改定的等级为准，尚未确认的按建议等级计；某年无等级即中断连续。",
  en: "Areas graded poor two years running are flagged; three poor years in a row lose the designation. Each year counts the grade the evaluator confirmed or set, or else the proposed grade; a year without a grade breaks the run.",
};

export type GradeHistoryEntry = {
  areaCode: string;
  year: number;
  /** Final grade: the evaluator's confirmation or override, else the proposed grade. */
  grade: Grade | null;
};

export type PoorRunFlag = {
  areaCode: string;
  /** The consecutive years graded poor, ascending. */
  years: number[];
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
  const byArea = new Map<string, Map<number, Grade | null>>();
  for (const h of history) {
    if (h.year > asOf) continue;
    const years = byArea.get(h.areaCode) ?? new Map<number, Grade | null>();
    years.set(h.year, h.grade);
    byArea.set(h.areaCode, years);
  }
  const flags: PoorRunFlag[] = [];
  const areaCodes = [...byArea.keys()].sort();
  for (const areaCode of areaCodes) {
    const grades = byArea.get(areaCode)!;
    const poorYears = [...grades].filter(([, g]) => g === "poor").map(([y]) => y).sort((a, b) => a - b);
    let run: number[] = [];
    const close = () => {
      if (run.length >= CONSECUTIVE_POOR.flagAt) {
        const current = run.at(-1) === asOf;
        const losesDesignation = run.length >= CONSECUTIVE_POOR.losesDesignationAt;
        flags.push({
          areaCode,
          years: run,
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

/** One flag as a line for the national overview. */
export function poorFlagText(flag: PoorRunFlag, locale: "zh" | "en"): string {
  const from = flag.years[0]!;
  const to = flag.years.at(-1)!;
  if (locale === "zh") {
    const span = `${from}–${to}年`;
    if (flag.losesDesignation) return `连续${flag.length}年（${span}）评为“较差”：按规定应撤销示范区资格。`;
    if (flag.thirdYearWarning) return `连续${flag.length}年（${span}）评为“较差”：${to + 1}年如仍为“较差”，将被撤销示范区资格。`;
    return `曾连续${flag.length}年（${span}）评为“较差”。`;
  }
  const span = `${from}–${to}`;
  if (flag.losesDesignation) return `Graded poor ${flag.length} years in a row (${span}): under the rules the area loses its designation.`;
  if (flag.thirdYearWarning) return `Graded poor ${flag.length} years in a row (${span}): another poor grade in ${to + 1} would cost the designation.`;
  return `Was graded poor ${flag.length} years in a row (${span}).`;
}
