import { z } from "zod";
import type { TargetKind } from "@/db/schema";
import { PERIOD_CODE_PATTERN, YEAR_BOUNDS } from "@/lib/domain/plan";
import { checkTarget, type TargetProblem, type TargetRule } from "@/lib/domain/validation";
import { areaCodeSchema, blankToUndefined, indicatorKeySchema, integerField, numberTextSchema } from "@/lib/validations/values";
import { CONTROL_CHARACTERS_ERROR, freeText } from "./text";

// One area's target for one indicator in one plan period (docs/methodology.md, targets): absolute, a
// percent change from the base year, or a minimum average yearly growth in percent. The target year is
// the period's; the server checks that the period is open and the base year precedes it.

export const REASON_MAX_LENGTH = 1000;

// Declared here rather than imported from db/schema so client bundles do not pull in drizzle.
const TARGET_KIND_VALUES = ["absolute", "change_pct", "annual_growth"] as const satisfies readonly TargetKind[];

export const targetSchema = z.strictObject({
  areaCode: areaCodeSchema,
  indicatorKey: indicatorKeySchema,
  kind: z.enum(TARGET_KIND_VALUES, { error: "invalid_kind" }),
  // Unlike a yearly value, a target cannot be left empty.
  value: numberTextSchema.pipe(z.number({ error: "required" })),
  period: z.string({ error: "unknown_period" }).regex(PERIOD_CODE_PATTERN, { error: "unknown_period" }),
  // Blank: the period's base year (the server fills it in).
  baseYear: z.preprocess(blankToUndefined, integerField(YEAR_BOUNDS.min, YEAR_BOUNDS.max, "invalid_base_year").optional()),
  reason: freeText().trim().max(REASON_MAX_LENGTH, { error: "reason_too_long" }).default(""),
});

export const deleteTargetSchema = targetSchema.pick({ areaCode: true, indicatorKey: true, period: true, reason: true });

export type TargetInput = z.input<typeof targetSchema>;
export type TargetEntry = z.output<typeof targetSchema>;
export type TargetField = keyof TargetEntry;

const FIELDS = ["areaCode", "indicatorKey", "period", "kind", "value", "baseYear", "reason"] as const satisfies readonly TargetField[];

/** Reads the target form; fields other than the schema's are ignored. */
export function targetFromFormData(fd: FormData): unknown {
  return Object.fromEntries(FIELDS.map((field) => [field, fd.get(field) ?? undefined]));
}

// Codes the UI translates (the messages set in the schema above); the domain problems carry their limits.
const ISSUE_CODES = [
  "invalid_area",
  "unknown_indicator",
  "invalid_kind",
  "not_a_number",
  "required",
  "invalid_base_year",
  "unknown_period",
  "reason_too_long",
  "reason_required",
  "reason_required_ambitious",
  "reason_required_undemanding",
  CONTROL_CHARACTERS_ERROR,
] as const;
export type TargetIssueCode = (typeof ISSUE_CODES)[number] | "invalid";
export type TargetFieldProblem = TargetProblem | { code: TargetIssueCode };

function issueCode(message: string): TargetIssueCode {
  return ISSUE_CODES.find((code) => code === message) ?? "invalid";
}

export type TargetResult =
  | { ok: true; target: TargetEntry }
  | { ok: false; fieldErrors: Partial<Record<TargetField, TargetFieldProblem[]>>; formError?: "invalid_form" };

/** Parses a target and applies the domain check of its indicator (`rules` = the catalogue). */
export function validateTarget(rules: readonly (TargetRule & { key: string })[], raw: unknown): TargetResult {
  const parsed = targetSchema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: Partial<Record<TargetField, TargetFieldProblem[]>> = {};
    let formError: "invalid_form" | undefined;
    for (const issue of parsed.error.issues) {
      const field = FIELDS.find((f) => f === issue.path[0]);
      if (!field) {
        formError = "invalid_form"; // an unknown field
        continue;
      }
      (fieldErrors[field] ??= []).push({ code: issueCode(issue.message) });
    }
    return formError ? { ok: false, fieldErrors, formError } : { ok: false, fieldErrors };
  }

  const target = parsed.data;
  const rule = rules.find((r) => r.key === target.indicatorKey);
  if (!rule) return { ok: false, fieldErrors: { indicatorKey: [{ code: "unknown_indicator" }] } };
  const problem = checkTarget(rule, target.kind, target.value);
  if (!problem) return { ok: true, target };
  // Put the problem on the field the person has to change.
  const field: TargetField = problem.code === "not_scored" ? "indicatorKey" : problem.code === "relative_not_allowed" ? "kind" : "value";
  return { ok: false, fieldErrors: { [field]: [problem] } };
}
