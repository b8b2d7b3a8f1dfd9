import { z } from "zod";
import { DEFAULT_WINDOW_START } from "@/lib/domain/composite";
import { GRADE_VALUES, QUALITATIVE_ASPECTS } from "@/lib/domain/enums";
import { areaCodeSchema, integerField, YEAR_MAX } from "@/lib/validations/values";
import { freeText } from "./text";

// The evaluator's inputs on the annual evaluation: qualitative scores (1–5) with comments, and the
// decision on the proposed grade. One schema each, shared by the forms and the server actions.

export type QualitativeAspect = (typeof QUALITATIVE_ASPECTS)[number];
export type GradeValue = (typeof GRADE_VALUES)[number];

export const ASSESSMENT_COMMENT_MAX_LENGTH = 2000;
export const GRADE_REASON_MAX_LENGTH = 2000;
/** Summaries exist from the first year of the scoring window. */
export const SUMMARY_YEAR_MIN = DEFAULT_WINDOW_START;
export const QUALITATIVE_SCORE_MIN = 1;
export const QUALITATIVE_SCORE_MAX = 5;

const summaryYear = integerField(SUMMARY_YEAR_MIN, YEAR_MAX, "invalid_year");

/** "" or absent = not scored; otherwise a whole number in the range, written plainly (no "3.0", no " 3 ", no "03", no files). */
const scoreSchema = z.unknown().transform((v, ctx): number | null => {
  if (v === undefined || v === null || v === "") return null;
  const score = Number(v);
  if (typeof v === "string" && String(score) === v && Number.isInteger(score) && score >= QUALITATIVE_SCORE_MIN && score <= QUALITATIVE_SCORE_MAX) return score;
  ctx.addIssue({ code: "custom", message: "invalid_score" });
  return z.NEVER;
});

const commentSchema = z.preprocess(
  (v) => (v === null || v === undefined ? "" : v),
  freeText({ error: "invalid_comment" }).trim().max(ASSESSMENT_COMMENT_MAX_LENGTH, { error: "comment_too_long" }),
);

const aspectSchema = z.strictObject({ score: scoreSchema, comment: commentSchema });

export const assessmentSchema = z
  .strictObject({
    areaCode: areaCodeSchema,
    year: summaryYear,
    aspects: z.strictObject(
      Object.fromEntries(QUALITATIVE_ASPECTS.map((a) => [a, aspectSchema])) as Record<QualitativeAspect, typeof aspectSchema>,
    ),
  })
  .superRefine((v, ctx) => {
    for (const aspect of QUALITATIVE_ASPECTS) {
      const a = v.aspects[aspect];
      // A comment explains a score: it cannot stand alone.
      if (a.score === null && a.comment !== "") ctx.addIssue({ code: "custom", path: ["aspects", aspect, "score"], message: "score_required" });
    }
  });

export type AssessmentInput = z.output<typeof assessmentSchema>;

/** Reads the assessment form: `areaCode`, `year`, and `score:<aspect>` / `comment:<aspect>` per aspect. */
export function assessmentFromFormData(fd: FormData): unknown {
  return {
    areaCode: fd.get("areaCode"),
    year: fd.get("year"),
    aspects: Object.fromEntries(QUALITATIVE_ASPECTS.map((a) => [a, { score: fd.get(`score:${a}`), comment: fd.get(`comment:${a}`) }])),
  };
}

export const GRADE_DECISIONS = ["confirm", "override"] as const;
export type GradeDecisionKind = (typeof GRADE_DECISIONS)[number];

const reasonSchema = z.preprocess(
  (v) => (v === null || v === undefined ? "" : v),
  freeText({ error: "invalid_reason" }).trim().max(GRADE_REASON_MAX_LENGTH, { error: "reason_too_long" }),
);

/**
 * Confirm: the final grade is the proposed one (computed on the server, never taken from the form).
 * Override: another grade, with a reason. That it differs from the proposal is checked where the
 * proposal is known (the query).
 */
export const gradeDecisionSchema = z
  .strictObject({
    areaCode: areaCodeSchema,
    year: summaryYear,
    decision: z.enum(GRADE_DECISIONS, { error: "invalid_form" }),
    finalGrade: z.preprocess((v) => (v === "" || v === null ? undefined : v), z.enum(GRADE_VALUES, { error: "invalid_grade" }).optional()),
    reason: reasonSchema,
  })
  .superRefine((v, ctx) => {
    if (v.decision === "override") {
      if (!v.finalGrade) ctx.addIssue({ code: "custom", path: ["finalGrade"], message: "invalid_grade" });
      if (!v.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "reason_required" });
    }
  });

export type GradeDecisionInput = z.output<typeof gradeDecisionSchema>;

export function gradeDecisionFromFormData(fd: FormData): unknown {
  return {
    areaCode: fd.get("areaCode"),
    year: fd.get("year"),
    decision: fd.get("decision"),
    finalGrade: fd.get("finalGrade"),
    reason: fd.get("reason"),
  };
}
