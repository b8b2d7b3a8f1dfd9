"use server";

import { listIndicators } from "@/db/queries/indicators";
import { decideTargetRequest, fileTargetRequest } from "@/db/queries/target-requests";
import { decideTargetRequestSchema, decisionFromFormData, targetRequestFromFormData, validateTargetRequest, type TargetRequestEntry } from "@/lib/validations/target-requests";
import type { TargetFieldProblem } from "@/lib/validations/targets";
import { formAction, type Checked } from "./form-action";

/**
 * Ask for a target change once the period's target-year values are submitted: the request form's
 * schema and, for a new target, its indicator's domain check; the scoped write refuses another area's.
 */
export const fileTargetRequestAction = formAction(
  {
    permission: "target_requests.file",
    form: targetRequestFromFormData,
    schema: (raw): Checked<TargetRequestEntry, TargetFieldProblem> => {
      const result = validateTargetRequest(listIndicators(), raw);
      if (result.ok) return { ok: true, data: result.request };
      return { ok: false, fieldErrors: result.fieldErrors as Record<string, TargetFieldProblem[]>, formError: result.formError };
    },
    revalidate: ({ areaCode }) => [[`/areas/${areaCode}`, "layout"], "/review"],
  },
  ({ input, user }) => {
    fileTargetRequest({ actor: user, ...input });
    return { message: "request_filed" };
  },
);

/** An evaluator approves a request (the change is applied) or declines it with a note. */
export const decideTargetRequestAction = formAction(
  {
    permission: "target_requests.decide",
    form: decisionFromFormData,
    schema: decideTargetRequestSchema,
    // The area is known only after the write: every area's pages may show the target.
    revalidate: () => [["/areas", "layout"], "/review", "/"],
  },
  ({ input, user }) => {
    const { status } = decideTargetRequest({ actor: user, ...input });
    return { message: status === "approved" ? "request_approved" : "request_declined" };
  },
);
