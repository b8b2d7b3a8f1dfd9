import { z } from "zod";
import { AREA_LEVELS, AREA_WAVES, SUBMISSION_STATUSES } from "@/lib/domain/enums";
import { areaCodeSchema, blankToUndefined, indicatorKeySchema, integerField, YEAR_MAX, YEAR_MIN } from "@/lib/validations/values";
import { freeText } from "./text";

// Submission and review of one area-year: the transitions, and the one schema the forms and the server share.

export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

export const COMMENT_MAX_LENGTH = 2000;
export const MAX_FIELD_COMMENTS = 30;

/**
 * Who moves an area-year from where to where. Writes are allowed in draft and returned; submitted and
 * approved years are frozen (applyYearEntry refuses them) until an evaluator returns or reopens them.
 */
export const TRANSITIONS = {
  submit: { from: ["draft", "returned"], to: "submitted" },
  approve: { from: ["submitted"], to: "approved" },
  return: { from: ["submitted"], to: "returned" },
  reopen: { from: ["approved"], to: "draft" },
} as const satisfies Record<string, { from: readonly SubmissionStatus[]; to: SubmissionStatus }>;

export type Transition = keyof typeof TRANSITIONS;
export const TRANSITION_NAMES = Object.keys(TRANSITIONS) as Transition[];

export function transitionsFrom(status: SubmissionStatus): Transition[] {
  return TRANSITION_NAMES.filter((name) => (TRANSITIONS[name].from as readonly SubmissionStatus[]).includes(status));
}

const commentText = freeText().trim().max(COMMENT_MAX_LENGTH, { error: "comment_too_long" });

const areaYear = {
  areaCode: areaCodeSchema,
  year: integerField(YEAR_MIN, YEAR_MAX, "invalid_year"),
};

export const fieldCommentSchema = z.strictObject({
  indicatorKey: indicatorKeySchema,
  body: commentText.min(1, { error: "comment_required" }),
});

export const statusChangeSchema = z
  .strictObject({
    ...areaYear,
    transition: z.enum(TRANSITION_NAMES, { error: "invalid_form" }),
    // Optional with submit and approve; the reason with reopen; the general remark with return.
    comment: commentText.default(""),
    // Return only: remarks tied to one field of the entry form each.
    fieldComments: z.array(fieldCommentSchema).max(MAX_FIELD_COMMENTS, { error: "too_many_comments" }).default([]),
  })
  .superRefine((v, ctx) => {
    if (v.transition === "return" && !v.comment && v.fieldComments.length === 0) {
      ctx.addIssue({ code: "custom", path: ["comment"], message: "comment_required" });
    }
    if (v.transition === "reopen" && !v.comment) {
      ctx.addIssue({ code: "custom", path: ["comment"], message: "reason_required" });
    }
    if (v.transition !== "return" && v.fieldComments.length > 0) {
      ctx.addIssue({ code: "custom", path: ["fieldComments"], message: "invalid_form" });
    }
  });

export type StatusChangeInput = z.output<typeof statusChangeSchema>;

/**
 * Reads a status-change form. Field comments arrive as pairs of `fieldKey` / `fieldBody` entries in
 * order; a pair left entirely blank is skipped, a text without its indicator is kept so the schema
 * reports it.
 */
export function statusChangeFromFormData(fd: FormData): unknown {
  const keys = fd.getAll("fieldKey").map(String);
  const bodies = fd.getAll("fieldBody").map(String);
  const fieldComments = bodies
    .map((body, i) => ({ indicatorKey: (keys[i] ?? "").trim(), body }))
    .filter((c) => c.body.trim() !== "");
  return {
    areaCode: fd.get("areaCode"),
    year: fd.get("year"),
    transition: fd.get("transition"),
    comment: fd.get("comment") ?? undefined,
    fieldComments,
  };
}

export const commentSchema = z.strictObject({
  ...areaYear,
  body: commentText.min(1, { error: "comment_required" }),
  indicatorKey: z.preprocess(blankToUndefined, indicatorKeySchema.optional()),
});

export type CommentInput = z.output<typeof commentSchema>;

export function commentFromFormData(fd: FormData): unknown {
  return { areaCode: fd.get("areaCode"), year: fd.get("year"), body: fd.get("body") ?? "", indicatorKey: fd.get("indicatorKey") };
}

// The review queue's filters, from the URL: anything unknown is ignored rather than refused.
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values).optional().catch(undefined);

export const QUEUE_STATUS_ALL = "all";
export const reviewQueueFiltersSchema = z.object({
  // The queue opens on what waits for a reviewer.
  status: z.enum([...SUBMISSION_STATUSES, QUEUE_STATUS_ALL]).catch("submitted").default("submitted"),
  level: optionalEnum(AREA_LEVELS),
  wave: optionalEnum(AREA_WAVES),
  year: z.preprocess(blankToUndefined, z.coerce.number().int().min(YEAR_MIN).max(YEAR_MAX).optional()).catch(undefined),
  // Area code or name (as on the home page); an over-long text is cut rather than refused.
  q: z.preprocess(blankToUndefined, z.string().trim().transform((s) => s.slice(0, 100)).optional()).catch(undefined),
  page: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(100_000).default(1)).catch(1),
});

export type ReviewQueueFilters = z.output<typeof reviewQueueFiltersSchema>;

/** At most this many years approved in one go (a page of the queue holds 50). */
export const MAX_BULK_APPROVALS = 50;

const areaYearItem = z
  .string()
  .regex(/^[a-z0-9-]{2,64}\/\d{4}$/, { error: "invalid_form" })
  .transform((s) => {
    const [areaCode, year] = s.split("/");
    return { areaCode: areaCode!, year: Number(year) };
  });

/** Several submitted years to approve at once, each written "<area code>/<year>". */
export const bulkApproveSchema = z.strictObject({
  items: z
    .array(areaYearItem)
    .min(1, { error: "choose_years" })
    .max(MAX_BULK_APPROVALS, { error: "too_many_years" })
    .transform((items) => [...new Map(items.map((i) => [`${i.areaCode}/${i.year}`, i])).values()]),
});

export type BulkApproveInput = z.output<typeof bulkApproveSchema>;

export function bulkApproveFromFormData(fd: FormData): unknown {
  return { items: fd.getAll("item").map(String) };
}
