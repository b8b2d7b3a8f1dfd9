"use server";

import { revalidatePath } from "next/cache";
import { saveAssessments } from "@/db/queries/assessments";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { summaryYears } from "@/lib/reports/summary-data";
import { assessmentFromFormData, assessmentSchema } from "@/lib/validations/assessments";
import { failure, fieldErrorsOf, type ActionResult } from "./result";

/** The evaluator's qualitative scores and comments of one area-year: guard → the shared schema → one audited transaction. */
export async function saveAssessmentsAction(_prev: ActionResult<{ changed: number }>, formData: FormData): Promise<ActionResult<{ changed: number }>> {
  try {
    const user = await getCurrentUser();
    if (!user) throw new AppError("unauthenticated", "unauthenticated");
    // The argument is whatever the request encodes, not necessarily a form.
    if (!(formData instanceof FormData)) return { ok: false, message: "invalid_form" };
    if (!can(user, "assessments.write")) throw new AppError("forbidden", "forbidden");
    const parsed = assessmentSchema.safeParse(assessmentFromFormData(formData));
    if (!parsed.success) return { ok: false, message: "fix_fields", fieldErrors: fieldErrorsOf(parsed.error) };
    // Only years a summary exists for.
    if (!summaryYears().includes(parsed.data.year)) return { ok: false, message: "invalid_year" };
    const { changed } = saveAssessments({ actor: user, ...parsed.data });
    revalidatePath(`/areas/${parsed.data.areaCode}/summary/${parsed.data.year}`);
    revalidatePath(`/overview/${parsed.data.year}`);
    return { ok: true, message: changed > 0 ? "assessment_saved" : "assessment_unchanged", data: { changed } };
  } catch (error) {
    return failure(error);
  }
}
