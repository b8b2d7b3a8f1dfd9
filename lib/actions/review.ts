"use server";

import { addReviewComment, changeAreaYearStatus } from "@/db/queries/review";
import { commentFromFormData, commentSchema, statusChangeFromFormData, statusChangeSchema } from "@/lib/validations/review";
import { formAction } from "./form-action";

/** The pages that show an area-year's state and thread. */
function areaYearPages({ areaCode, year }: { areaCode: string; year: number }) {
  return [[`/areas/${areaCode}`, "layout"] as [string, "layout"], `/review/${areaCode}/${year}`, "/review", "/audit"];
}

/** Submit, approve, return or reopen one area-year, in one checked transaction. */
export const changeStatusAction = formAction(
  {
    // The transition names the permission it needs: submitting is the official's, the rest the reviewer's.
    permission: (form) => (form.get("transition") === "submit" ? "submissions.submit" : "submissions.review"),
    form: statusChangeFromFormData,
    schema: statusChangeSchema,
    revalidate: areaYearPages,
  },
  ({ input, user }) => {
    changeAreaYearStatus({ actor: user, ...input });
    return { message: `done_${input.transition}` };
  },
);

/** A plain comment in an area-year's thread (reviewers, or the area's own official). */
export const addCommentAction = formAction(
  { permission: "submissions.comment", form: commentFromFormData, schema: commentSchema, revalidate: areaYearPages },
  ({ input, user }) => {
    addReviewComment({ actor: user, ...input });
    return { message: "comment_added" };
  },
);
