"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { setAccountStatusAction } from "@/lib/actions/accounts";
import type { ActionResult } from "@/lib/actions/result";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useErrorText } from "@/components/ui/use-error-text";

/** Deactivate (ending the account's sessions) or reactivate one account, with the reason the audit trail keeps. */
export function AccountStatusForm({ userId, label, change }: { userId: number; label: string; change: "deactivate" | "reactivate" }) {
  const t = useTranslations("accounts");
  const te = useTranslations("errors");
  const errorText = useErrorText();
  const [state, action, pending] = useActionState<ActionResult, FormData>(setAccountStatusAction, { ok: false });
  const reasonId = useId();
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="flex flex-wrap items-start gap-2 text-sm">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="change" value={change} />
      <Field id={reasonId} label={t("reasonFor", { email: label })} hideLabel error={errorText(errors.reason)}>
        {(control) => <Input {...control} name="reason" required maxLength={500} placeholder={t("reason")} className="w-48" />}
      </Field>
      <Button type="submit" size="sm" variant={change === "deactivate" ? "danger" : "success"} disabled={pending} aria-label={`${t(change)}: ${label}`}>
        {t(change)}
      </Button>
      {state.message && !state.ok && state.message !== "fix_fields" && (
        <span className="text-red-800" role="status">
          {te.has(state.message) ? te(state.message) : te("internal")}
        </span>
      )}
    </form>
  );
}
