"use server";

import { setReportingDeadlines } from "@/db/queries/calendar";
import { deadlinesFromFormData, deadlinesSchema } from "@/lib/validations/calendar";
import { formAction } from "./form-action";

/** Set one reporting year's deadlines (administrators); the to-do pages and the review queue read them. */
export const setDeadlinesAction = formAction(
  {
    permission: "calendar.manage",
    form: deadlinesFromFormData,
    schema: deadlinesSchema,
    revalidate: () => ["/admin/calendar", "/todo", "/review", "/audit"],
  },
  ({ input, user }) => {
    const { changed } = setReportingDeadlines({ actor: user, ...input });
    return { message: changed ? "calendar_saved" : "calendar_unchanged" };
  },
);
