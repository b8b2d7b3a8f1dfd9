"use server";

import { z } from "zod";
import { reviewAccount } from "@/db/queries/users";
import { freeText } from "@/lib/validations/text";
import { formAction } from "./form-action";

// Declining a registration needs a reason: the applicant is shown it when they sign in.
const reviewSchema = z
  .object({
    userId: z.coerce.number().int().positive(),
    decision: z.enum(["approve", "reject"]),
    reason: z.preprocess((v) => v ?? "", freeText().trim().max(500, { error: "too_long" })),
  })
  .superRefine((input, ctx) => {
    if (input.decision === "reject" && input.reason === "") ctx.addIssue({ code: "custom", path: ["reason"], message: "reason_required" });
  });

/** Approve or reject a pending account (and the area registered with it). */
export const reviewAccountAction = formAction(
  { permission: "accounts.review", form: (form) => Object.fromEntries(form), schema: reviewSchema, revalidate: () => ["/admin/approvals", "/"] },
  ({ input, user }) => {
    reviewAccount(user, input);
  },
);
