"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { reviewAccountAction } from "@/lib/actions/approvals";
import type { ActionResult } from "@/lib/actions/result";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";

/** Approve a pending account, or reject it with a reason the applicant is shown when signing in. */
export function ReviewButtons({ userId, label }: { userId: number; label: string }) {
  const t = useTranslations("admin");
  const te = useTranslations("errors");
  const [state, action, pending] = useActionState<ActionResult, FormData>(reviewAccountAction, { ok: false });
  const reasonError = state.fieldErrors?.reason?.[0];
  return (
    <form action={action} className="w-full max-w-sm space-y-2">
      <input type="hidden" name="userId" value={userId} />
      <Field id={`reject-reason-${userId}`} label={t("rejectReason")} hint={t("rejectReasonHint")} error={reasonError ? t(reasonError === "reason_required" ? "rejectReasonRequired" : "rejectReasonTooLong") : undefined}>
        {(control) => <Textarea {...control} name="reason" rows={2} maxLength={500} />}
      </Field>
      <div className="flex flex-wrap items-center gap-2">
        <Button name="decision" value="approve" variant="success" size="sm" disabled={pending} aria-label={`${t("approve")}: ${label}`}>
          {t("approve")}
        </Button>
        <Button name="decision" value="reject" variant="danger" size="sm" disabled={pending} aria-label={`${t("reject")}: ${label}`}>
          {t("reject")}
        </Button>
        {state.message && !reasonError && <span className="text-sm text-red-800" role="status">{te.has(state.message) ? te(state.message) : te("internal")}</span>}
      </div>
    </form>
  );
}
