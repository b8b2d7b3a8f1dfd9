"use server";

import { decideGrade } from "@/db/queries/summary";
import { currentProposal } from "@/lib/services/overview";
import { gradeDecisionFromFormData, gradeDecisionSchema } from "@/lib/validations/assessments";
import { formAction } from "./form-action";

/**
 * Confirm the proposed grade of an area-year, or override it with a reason. The proposal is
 * recomputed here from the data, never taken from the form, and stored beside the decision.
 */
export const decideGradeAction = formAction(
  {
    permission: "grades.decide",
    form: gradeDecisionFromFormData,
    schema: gradeDecisionSchema,
    revalidate: ({ areaCode, year }) => [`/overview/${year}`, `/areas/${areaCode}/summary/${year}`],
  },
  ({ input, user }) => {
    decideGrade({ actor: user, proposed: currentProposal(input.areaCode, input.year), ...input });
    return { message: "grade_saved" };
  },
);
