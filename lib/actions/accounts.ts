"use server";

import { z } from "zod";
import { setAccountStatus } from "@/db/queries/users";
import { freeText } from "@/lib/validations/text";
import { formAction } from "./form-action";

const accountStatusSchema = z.object({
  userId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  change: z.enum(["deactivate", "reactivate"]),
  // Kept in the audit trail with the change.
  reason: freeText().trim().min(1, { error: "required" }).max(500, { error: "too_long" }),
});

/** An administrator deactivates an account (its sessions end at once) or reactivates it. */
export const setAccountStatusAction = formAction(
  {
    permission: "accounts.manage",
    form: (form) => ({ userId: form.get("userId"), change: form.get("change"), reason: form.get("reason") }),
    schema: accountStatusSchema,
    revalidate: () => ["/admin/accounts", "/admin/approvals"],
  },
  ({ input, user }) => {
    setAccountStatus(user, input);
    return { message: input.change === "deactivate" ? "account_deactivated" : "account_reactivated" };
  },
);
