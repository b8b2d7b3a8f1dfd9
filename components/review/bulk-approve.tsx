"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { approveCleanYearsAction } from "@/lib/actions/review";
import type { ActionResult } from "@/lib/actions/result";
import type { NamedOutcome } from "@/lib/actions/review";
import { BULK_APPROVE_FORM } from "./bulk-approve-form-id";


type Result = ActionResult<{ approved: NamedOutcome[]; skipped: NamedOutcome[] }>;

/**
 * Approve the chosen clean years at once; the answer lists each year approved, and each skipped with
 * why. The boxes are in the queue's table (a server component), tied to this form by its id. The
 * answer stays after the approved years leave the queue; the button shows while any can be ticked.
 */
export function BulkApprove({ canApprove }: { canApprove: boolean }) {
  const t = useTranslations("review");
  const [state, action, pending] = useActionState<Result, FormData>(approveCleanYearsAction, { ok: false });
  const label = (o: NamedOutcome) => t("queue.bulkItem", { area: o.name, year: o.year });
  const reason = (code = "internal") => (t.has(`messages.${code}`) ? t(`messages.${code}`) : t("messages.internal"));
  return (
    <form id={BULK_APPROVE_FORM} action={action} className="space-y-2" data-testid="bulk-approve">
      {canApprove && (
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="success" size="sm" disabled={pending}>
          {pending ? t("queue.bulkApproving") : t("queue.bulkApprove")}
        </Button>
        <p className="text-xs text-slate-600">{t("queue.bulkHint")}</p>
      </div>
      )}
      {state.message && (
        <Notice tone={state.ok && state.message === "bulk_approved" ? "success" : "error"} data-testid="bulk-result" role="status">
          <p>{reason(state.message)}</p>
          {state.data && state.data.approved.length > 0 && (
            <>
              <p className="mt-1 font-medium">{t("queue.bulkApprovedList", { count: state.data.approved.length })}</p>
              <ul className="list-disc pl-5" data-testid="bulk-approved">
                {state.data.approved.map((o) => (
                  <li key={`${o.areaCode}/${o.year}`}>{label(o)}</li>
                ))}
              </ul>
            </>
          )}
          {state.data && state.data.skipped.length > 0 && (
            <>
              <p className="mt-1 font-medium">{t("queue.bulkSkippedList", { count: state.data.skipped.length })}</p>
              <ul className="list-disc pl-5" data-testid="bulk-skipped">
                {state.data.skipped.map((o) => (
                  <li key={`${o.areaCode}/${o.year}`}>
                    {label(o)}: {reason(o.reason)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </Notice>
      )}
    </form>
  );
}
