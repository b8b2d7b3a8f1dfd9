"use server";

import { revalidatePath } from "next/cache";
import { decideGrade } from "@/db/queries/summary";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { currentProposal } from "@/lib/reports/overview-data";
import { gradeDecisionFromFormData, gradeDecisionSchema } from "@/lib/validations/assessments";
import { failure, fieldErrorsOf, type ActionResult } from "./result";

/**
 * Confirm the proposed grade of an area-year, or override it with a reason. The proposal is
 * recomputed here from the data, never taken from the form, and stored beside the decision.
 */
export async function decideGradeAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  try {
    const user = await getCurrentUser();
    if (!user) throw new AppError("unauthenticated", "unauthenticated");
    if (!(formData instanceof FormData)) return { ok: false, message: "invalid_form" };
    if (!can(user, "grades.decide")) throw new AppError("forbidden", "forbidden");
    const parsed = gradeDecisionSchema.safeParse(gradeDecisionFromFormData(formData));
    if (!parsed.success) return { ok: false, message: "fix_fields", fieldErrors: fieldErrorsOf(parsed.error) };
    const proposed = currentProposal(parsed.data.areaCode, parsed.data.year);
    decideGrade({ actor: user, proposed, ...parsed.data });
    revalidatePath(`/overview/${parsed.data.year}`);
    revalidatePath(`/areas/${parsed.data.areaCode}/summary/${parsed.data.year}`);
    return { ok: true, message: "grade_saved" };
  } catch (error) {
    return failure(error);
  }
}
