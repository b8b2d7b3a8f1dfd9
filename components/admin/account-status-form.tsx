"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { setAccountStatusAction } from "@/lib/actions/accounts";
import type { ActionResult } from "@/lib/actions/result";
import { FieldErrors } from "@/components/ui/field-errors";

/** Deactivate (ending the account's sessions) or reactivate one account, with the reason the audit trail keeps. */
export function AccountStatusForm({ userId, label, change }: { userId: number; label: string; change: "deactivate" | "reactivate" }) {
  const t = useTranslations("accounts");
  const te = useTranslations("errors");
  const [state, action, pending] = useActionState<ActionResult, FormData>(setAccountStatusAction, { ok: false });
  const reasonId = useId();
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="flex flex-wrap items-start gap-2 text-sm">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="change" value={change} />
      <label htmlFor={reasonId} className="sr-only">
        {t("reasonFor", { email: label })}
      </label>
      <span>
        <input
          id={reasonId}
          name="reason"
          required
          maxLength={500}
          placeholder={t("reason")}
          aria-invalid={!!errors.reason}
          aria-describedby={errors.reason ? `${reasonId}-error` : undefined}
          className="w-48 rounded-md border border-slate-300 px-2 py-1.5"
        />
        <FieldErrors id={`${reasonId}-error`} codes={errors.reason} />
      </span>
      <button
        type="submit"
        disabled={pending}
        aria-label={`${t(change)}: ${label}`}
        className={
          change === "deactivate"
            ? "rounded-md border border-red-700 px-3 py-1.5 font-medium text-red-800 hover:bg-red-50 disabled:opacity-60"
            : "rounded-md bg-emerald-700 px-3 py-1.5 font-medium text-white hover:bg-emerald-800 disabled:opacity-60"
        }
      >
        {t(change)}
      </button>
      {state.message && !state.ok && state.message !== "fix_fields" && (
        <span className="text-red-800" role="status">
          {te.has(state.message) ? te(state.message) : te("internal")}
        </span>
      )}
    </form>
  );
}
