"use server";

import { addReviewComment, approveCleanYears, changeAreaYearStatus, type ApproveOutcome } from "@/db/queries/review";
import {
  bulkApproveFromFormData,
  bulkApproveSchema,
  commentFromFormData,
  commentSchema,
  statusChangeFromFormData,
  statusChangeSchema,
} from "@/lib/validations/review";
import { getLocale } from "next-intl/server";
import { shortAreaName } from "@/lib/i18n/localized";
import { listPeerAreas } from "@/lib/services/kept-reads";
import { formAction } from "./form-action";

export type NamedOutcome = ApproveOutcome & { name: string };

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

/**
 * Approve several clean submitted years at once (no flagged value, no open remark), each audited and
 * committed on its own; the answer lists what was approved and what was skipped, and why.
 */
export const approveCleanYearsAction = formAction<"submissions.review", { items: { areaCode: string; year: number }[] }, { approved: NamedOutcome[]; skipped: NamedOutcome[] }>(
  {
    permission: "submissions.review",
    form: bulkApproveFromFormData,
    schema: bulkApproveSchema,
    revalidate: ({ items }) => [...new Set(items.map((i) => i.areaCode))].map((code) => [`/areas/${code}`, "layout"] as [string, "layout"]).concat([["/review", "layout"], ["/todo", "layout"], ["/audit", "layout"]]),
  },
  async ({ input, user }) => {
    const { approved, skipped } = approveCleanYears(user, input.items);
    // Each year named as the queue names it, since approved years leave the queue the answer is read beside.
    const locale = await getLocale();
    const areas = new Map(listPeerAreas().map((a) => [a.code, shortAreaName(a, locale)]));
    const named = (o: ApproveOutcome) => ({ ...o, name: areas.get(o.areaCode) ?? o.areaCode });
    return { message: approved.length > 0 ? "bulk_approved" : "bulk_none_approved", data: { approved: approved.map(named), skipped: skipped.map(named) } };
  },
);
