"use server";

import { z } from "zod";
import { reviewAccount } from "@/db/queries/users";
import { formAction } from "./form-action";

const reviewSchema = z.object({
  userId: z.coerce.number().int().positive(),
  decision: z.enum(["approve", "reject"]),
});

/** Approve or reject a pending account (and the area registered with it). */
export const reviewAccountAction = formAction(
  { permission: "accounts.review", form: (form) => Object.fromEntries(form), schema: reviewSchema, revalidate: () => ["/admin/approvals", "/"] },
  ({ input, user }) => {
    reviewAccount(user, input);
  },
);
