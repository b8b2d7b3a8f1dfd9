"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { reviewAccount } from "@/db/queries/users";
import { requirePermission } from "@/lib/auth/session";
import { failure, type ActionResult } from "./result";

const reviewSchema = z.object({
  userId: z.coerce.number().int().positive(),
  decision: z.enum(["approve", "reject"]),
});

export async function reviewAccountAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  // A public endpoint: a forged request can send anything in place of the form.
  if (!(formData instanceof FormData)) return { ok: false, message: "invalid" };
  try {
    const actor = await requirePermission("accounts.review");
    const parsed = reviewSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { ok: false, message: "invalid" };
    reviewAccount(actor, parsed.data);
  } catch (error) {
    return failure(error);
  }
  revalidatePath("/admin/approvals");
  revalidatePath("/");
  return { ok: true };
}
