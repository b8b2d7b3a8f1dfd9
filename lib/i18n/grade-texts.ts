import { GRADE_THRESHOLDS, type GradeReason, type PoorRunFlag } from "@/lib/domain/summary/grades";
import type { Translate } from "./translator";

// The proposed grade's rules, reasons and poor-run flags in words: the domain gives codes and
// numbers (lib/domain/summary/grades.ts), the messages ("grades") give the sentences.

const percent = (share: number) => Math.round(share * 100);

/** The grade rules, one line each, with the thresholds in force. */
export function gradeRuleLines(t: Translate): string[] {
  const T = GRADE_THRESHOLDS;
  const values = {
    excellentComposite: T.excellent.compositeAtLeast,
    excellentShare: percent(T.excellent.onTrackShareAtLeast),
    goodComposite: T.good.compositeAtLeast,
    goodShare: percent(T.good.onTrackShareAtLeast),
    poorComposite: T.poor.compositeBelow,
    poorShare: percent(T.poor.onTrackShareBelow),
    minTargets: T.minTargets,
  };
  return (["excellent", "good", "poor", "fair", "notes"] as const).map((line) => t(`grades.rules.${line}`, values));
}

/** One reason as a line to show beside the proposed grade. */
export function gradeReasonText(reason: GradeReason, t: Translate): string {
  const { grade, value, threshold, targets, minTargets } = reason.params;
  const label = grade ? t(`grades.inSentence.${grade}`) : "";
  switch (reason.code) {
    case "composite_missing":
      return t("grades.reasons.composite_missing");
    case "composite_at_least":
    case "composite_below":
      // The composite as the grade compares it: one decimal.
      return t(`grades.reasons.${reason.code}`, { value: value === undefined ? "" : value.toFixed(1), grade: label, threshold: threshold ?? "" });
    case "share_at_least":
    case "share_below":
      return t(`grades.reasons.${reason.code}`, { value: value === undefined ? "" : percent(value), grade: label, threshold: threshold === undefined ? "" : percent(threshold) });
    case "few_targets":
      return t("grades.reasons.few_targets", { targets: targets ?? 0, minTargets: minTargets ?? GRADE_THRESHOLDS.minTargets });
  }
}

/** One run of poor grades as a line for the national overview, saying what each year's grade rests on. */
export function poorFlagText(flag: PoorRunFlag, t: Translate): string {
  const from = flag.years[0]!;
  const to = flag.years.at(-1)!;
  const kind = flag.losesDesignation ? "losesDesignation" : flag.thirdYearWarning ? "thirdYearWarning" : "past";
  return `${t(`grades.poorRun.${kind}`, { length: flag.length, from, to, next: to + 1 })}${countedText(flag, t)}`;
}

/** "计入：2022年官方评估结果、2023年评估人员确认的等级。" */
export function countedText(flag: Pick<PoorRunFlag, "years" | "bases">, t: Translate): string {
  const list = flag.years.map((year, i) => t(`grades.countedBy.${flag.bases[i] ?? "decided"}`, { year })).join(t("grades.countedSeparator"));
  return t("grades.counted", { list });
}
