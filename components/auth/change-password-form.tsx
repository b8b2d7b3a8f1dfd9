"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useEffect, useRef } from "react";
import { changePasswordAction } from "@/lib/actions/account";
import type { ActionResult } from "@/lib/actions/result";
import { FieldErrors } from "@/components/ui/field-errors";
import { PasswordErrors } from "./password-errors";

/** /account: the current password and the new one twice. The strength is checked on the server, when the form is sent. */
export function ChangePasswordForm() {
  const t = useTranslations("account");
  const te = useTranslations("errors");
  const [state, formAction, pending] = useActionState<ActionResult, FormData>(changePasswordAction, { ok: false });
  const formRef = useRef<HTMLFormElement>(null);
  // Once changed, no password stays in the fields.
  useEffect(() => {
    if (state.ok) formRef.current?.reset();
  }, [state]);
  const errors = state.fieldErrors ?? {};
  const field = "mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2";
  const input = (name: string, label: string, autoComplete: string) => (
    <label className="block text-sm">
      {label}
      <input
        name={name}
        type="password"
        autoComplete={autoComplete}
        required
        aria-invalid={!!errors[name]}
        aria-describedby={errors[name] ? `${name}-error` : undefined}
        className={field}
      />
      {name === "newPassword" ? <PasswordErrors id={`${name}-error`} codes={errors[name]} /> : <FieldErrors id={`${name}-error`} codes={errors[name]} />}
    </label>
  );
  return (
    <form
      ref={formRef}
      // Submitted by hand so that React does not clear the fields when the server finds an error.
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => formAction(data));
      }}
      className="space-y-4"
      noValidate
      data-testid="change-password-form"
    >
      {state.ok && (
        <p className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900" role="status" data-testid="password-changed">
          {t("changed")}
        </p>
      )}
      {!state.ok && state.message && state.message !== "fix_fields" && (
        <p className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900" role="status" data-testid="form-error">
          {te.has(state.message) ? te(state.message) : te("internal")}
        </p>
      )}
      {input("currentPassword", t("currentPassword"), "current-password")}
      {input("newPassword", t("newPassword"), "new-password")}
      {input("confirmPassword", t("confirmPassword"), "new-password")}
      <p className="text-xs text-slate-600">{t("passwordRule")}</p>
      <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {t("submit")}
      </button>
    </form>
  );
}
