"use server";

import { revalidatePath } from "next/cache";
import { addReviewComment, changeAreaYearStatus } from "@/db/queries/review";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { commentFromFormData, commentSchema, statusChangeFromFormData, statusChangeSchema, TRANSITION_NAMES } from "@/lib/validations/review";
import { failure, fieldErrorsOf, type ActionResult } from "./result";

function revalidateAreaYear(areaCode: string, year: number) {
  revalidatePath(`/areas/${areaCode}`, "layout");
  revalidatePath(`/review/${areaCode}/${year}`);
  revalidatePath("/review");
  revalidatePath("/audit");
}

/** Submit, approve, return or reopen one area-year: guard → the shared schema → one checked transaction. */
export async function changeStatusAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  try {
    const user = await getCurrentUser();
    if (!user) throw new AppError("unauthenticated", "unauthenticated");
    // The argument is whatever the request encodes, not necessarily a form.
    if (!(formData instanceof FormData)) return { ok: false, message: "invalid_form" };
    // Authorisation before validation: the transition names the permission it needs.
    const transition = TRANSITION_NAMES.find((name) => name === formData.get("transition"));
    if (!transition) return { ok: false, message: "invalid_form" };
    if (!can(user, transition === "submit" ? "submissions.submit" : "submissions.review")) throw new AppError("forbidden", "forbidden");

    const parsed = statusChangeSchema.safeParse(statusChangeFromFormData(formData));
    if (!parsed.success) return { ok: false, message: "fix_fields", fieldErrors: fieldErrorsOf(parsed.error) };
    const input = parsed.data;
    changeAreaYearStatus({ actor: user, ...input });
    revalidateAreaYear(input.areaCode, input.year);
    return { ok: true, message: `done_${input.transition}` };
  } catch (error) {
    return failure(error);
  }
}

/** A plain comment in an area-year's thread (reviewers, or the area's own official). */
export async function addCommentAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  try {
    const user = await getCurrentUser();
    if (!user) throw new AppError("unauthenticated", "unauthenticated");
    if (!(formData instanceof FormData)) return { ok: false, message: "invalid_form" };
    if (!can(user, "submissions.comment")) throw new AppError("forbidden", "forbidden");
    const parsed = commentSchema.safeParse(commentFromFormData(formData));
    if (!parsed.success) return { ok: false, message: "fix_fields", fieldErrors: fieldErrorsOf(parsed.error) };
    addReviewComment({ actor: user, ...parsed.data });
    revalidateAreaYear(parsed.data.areaCode, parsed.data.year);
    return { ok: true, message: "comment_added" };
  } catch (error) {
    return failure(error);
  }
}
