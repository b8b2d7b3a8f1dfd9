"use server";

import { saveAssessments } from "@/db/queries/assessments";
import { AppError } from "@/lib/errors";
import { summaryYears } from "@/lib/services/summary";
import { assessmentFromFormData, assessmentSchema } from "@/lib/validations/assessments";
import { formAction } from "./form-action";

/** The evaluator's qualitative scores and comments of one area-year, written in one audited transaction. */
export const saveAssessmentsAction = formAction(
  {
    permission: "assessments.write",
    form: assessmentFromFormData,
    schema: assessmentSchema,
    revalidate: ({ areaCode, year }) => [`/areas/${areaCode}/summary/${year}`, `/overview/${year}`],
  },
  ({ input, user }) => {
    // Only years a summary exists for.
    if (!summaryYears().includes(input.year)) throw new AppError("bad_request", "invalid_year");
    const { changed } = saveAssessments({ actor: user, ...input });
    return { message: changed > 0 ? "assessment_saved" : "assessment_unchanged", data: { changed } };
  },
);
