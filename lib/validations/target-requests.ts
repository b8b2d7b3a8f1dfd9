import { z } from "zod";
import type { TargetRule } from "@/lib/domain/validation";
import { integerField } from "@/lib/validations/values";
import { freeText } from "./text";
import { deleteTargetSchema, REASON_MAX_LENGTH, targetSchema, validateTarget, type TargetField, type TargetFieldProblem, type TargetIssueCode } from "./targets";

// A request to change a target once its period's target-year values are submitted (docs/methodology.md,
// targets), and an evaluator's decision on it. The request form and the server share these schemas.

export const NOTE_MAX_LENGTH = 1000;

const DECISIONS = ["approve", "decline"] as const;

/** The reason a request needs: never empty. */
const requiredReason = freeText().trim().min(1, { error: "reason_required" }).max(REASON_MAX_LENGTH, { error: "reason_too_long" });

/** Asking for a new target (its kind, value and base year, as the target form takes them), with a reason. */
export const setRequestSchema = targetSchema.extend({ action: z.literal("set"), reason: requiredReason });
/** Asking for a target's removal, with a reason. */
export const removeRequestSchema = deleteTargetSchema.extend({ action: z.literal("remove"), reason: requiredReason });

export type SetRequestEntry = z.output<typeof setRequestSchema>;
export type RemoveRequestEntry = z.output<typeof removeRequestSchema>;
export type TargetRequestEntry = SetRequestEntry | RemoveRequestEntry;

const FIELDS = ["action", "areaCode", "indicatorKey", "period", "kind", "value", "baseYear", "reason"] as const;

/** Reads the request form; fields other than the schema's are ignored (a removal names no target). */
export function targetRequestFromFormData(fd: FormData): unknown {
  const action = fd.get("action");
  const fields = action === "remove" ? FIELDS.filter((f) => f !== "kind" && f !== "value" && f !== "baseYear") : FIELDS;
  return Object.fromEntries(fields.map((field) => [field, fd.get(field) ?? undefined]));
}

export type TargetRequestResult =
  | { ok: true; request: TargetRequestEntry }
  | { ok: false; fieldErrors: Partial<Record<TargetField, TargetFieldProblem[]>>; formError?: "invalid_form" };

/**
 * Parses a request; a new target also passes its indicator's domain check (`rules` = the catalogue),
 * exactly as a target set directly does.
 */
export function validateTargetRequest(rules: readonly (TargetRule & { key: string })[], raw: unknown): TargetRequestResult {
  const fields = raw !== null && typeof raw === "object" ? (raw as Record<string, unknown>) : {};
  const { action, ...rest } = fields;
  if (action !== "set" && action !== "remove") return { ok: false, fieldErrors: {}, formError: "invalid_form" };
  const reason = requiredReason.safeParse(rest.reason ?? "");
  const reasonErrors = reason.success ? [] : reason.error.issues.map((i) => ({ code: issueOf(i.message) }));
  if (action === "remove") {
    const parsed = removeRequestSchema.safeParse(fields);
    if (parsed.success) return { ok: true, request: parsed.data };
    const fieldErrors: Partial<Record<TargetField, TargetFieldProblem[]>> = {};
    let formError: "invalid_form" | undefined;
    for (const issue of parsed.error.issues) {
      const field = REMOVE_FIELDS.find((f) => f === issue.path[0]);
      if (!field) formError = "invalid_form"; // an unknown field
      else (fieldErrors[field] ??= []).push({ code: issueOf(issue.message) });
    }
    return formError ? { ok: false, fieldErrors, formError } : { ok: false, fieldErrors };
  }
  const target = validateTarget(rules, rest);
  if (!target.ok) return reason.success || target.fieldErrors.reason ? target : { ...target, fieldErrors: { ...target.fieldErrors, reason: reasonErrors } };
  if (!reason.success) return { ok: false, fieldErrors: { reason: reasonErrors } };
  return { ok: true, request: { ...target.target, action: "set", reason: reason.data } };
}

const REMOVE_FIELDS = ["areaCode", "indicatorKey", "period", "reason"] as const satisfies readonly TargetField[];
const KNOWN = ["invalid_area", "unknown_indicator", "unknown_period", "reason_required", "reason_too_long", "control_characters"] as const satisfies readonly TargetIssueCode[];
function issueOf(message: string): TargetIssueCode {
  return KNOWN.find((k) => k === message) ?? "invalid";
}

/** An evaluator's decision on one request: approving applies the change; declining needs a note. */
export const decideTargetRequestSchema = z
  .strictObject({
    requestId: integerField(1, Number.MAX_SAFE_INTEGER, "invalid_form"),
    decision: z.enum(DECISIONS, { error: "invalid_form" }),
    note: freeText().trim().max(NOTE_MAX_LENGTH, { error: "note_too_long" }).default(""),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "decline" && !v.note) ctx.addIssue({ code: "custom", path: ["note"], message: "note_required" });
  });

export type DecideTargetRequestInput = z.output<typeof decideTargetRequestSchema>;

export function decisionFromFormData(fd: FormData): unknown {
  return { requestId: fd.get("requestId") ?? undefined, decision: fd.get("decision") ?? undefined, note: fd.get("note") ?? undefined };
}
