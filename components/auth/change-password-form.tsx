"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useEffect, useRef } from "react";
import { changePasswordAction } from "@/lib/actions/account";
import type { ActionResult } from "@/lib/actions/result";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";
import { useErrorText } from "@/components/ui/use-error-text";
import { usePasswordErrorText } from "./password-errors";

/** /account: the current password and the new one twice. The strength is checked on the server, when the form is sent. */
export function ChangePasswordForm() {
  const t = useTranslations("account");
  const te = useTranslations("errors");
  const errorText = useErrorText();
  const passwordErrorText = usePasswordErrorText();
  const [state, formAction, pending] = useActionState<ActionResult, FormData>(changePasswordAction, { ok: false });
  const formRef = useRef<HTMLFormElement>(null);
  // Once changed, no password stays in the fields.
  useEffect(() => {
    if (state.ok) formRef.current?.reset();
  }, [state]);
  const errors = state.fieldErrors ?? {};
  const input = (name: string, label: string, autoComplete: string) => (
    <Field id={`account-${name}`} label={label} error={name === "newPassword" ? passwordErrorText(errors[name]) : errorText(errors[name])}>
      {(control) => <Input {...control} name={name} type="password" autoComplete={autoComplete} required className="py-2" />}
    </Field>
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
        <Notice asChild tone="success">
          <p role="status" data-testid="password-changed">
            {t("changed")}
          </p>
        </Notice>
      )}
      {!state.ok && state.message && state.message !== "fix_fields" && (
        <Notice asChild tone="error">
          <p role="status" data-testid="form-error">
            {te.has(state.message) ? te(state.message) : te("internal")}
          </p>
        </Notice>
      )}
      {input("currentPassword", t("currentPassword"), "current-password")}
      {input("newPassword", t("newPassword"), "new-password")}
      {input("confirmPassword", t("confirmPassword"), "new-password")}
      <p className="text-xs text-slate-600">{t("passwordRule")}</p>
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
