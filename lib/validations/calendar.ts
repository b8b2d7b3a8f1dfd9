import { z } from "zod";
import { deadlineProblems } from "@/lib/domain/calendar";
import { integerField, YEAR_MAX, YEAR_MIN } from "@/lib/validations/values";

// One reporting year's deadlines, as the administrators' calendar form sends them and the server checks them.

const day = z.string({ error: "invalid_date" }).trim().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "invalid_date" });

export const deadlinesSchema = z
  .strictObject({
    year: integerField(YEAR_MIN, YEAR_MAX, "invalid_year"),
    dataDueOn: day,
    reviewDueOn: day,
  })
  .superRefine((v, ctx) => {
    for (const problem of deadlineProblems(v.year, v.dataDueOn, v.reviewDueOn)) {
      ctx.addIssue({ code: "custom", path: [problem === "review_before_due" ? "reviewDueOn" : "dataDueOn"], message: problem });
    }
  });

export type DeadlinesInput = z.output<typeof deadlinesSchema>;

export function deadlinesFromFormData(fd: FormData): unknown {
  return { year: fd.get("year"), dataDueOn: fd.get("dataDueOn") ?? "", reviewDueOn: fd.get("reviewDueOn") ?? "" };
}
