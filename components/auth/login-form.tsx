"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { safeCallbackUrl } from "@/lib/auth/safe-callback";
import { DECLINED_PREFIX } from "@/lib/validations/auth";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";

export function LoginForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations("auth");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError(null);
    startTransition(async () => {
      const result = await signIn("credentials", {
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        redirect: false,
      });
      if (result?.error?.startsWith(DECLINED_PREFIX)) {
        setError(t("declined", { reason: result.error.slice(DECLINED_PREFIX.length) }));
        return;
      }
      if (!result || result.error) {
        // One neutral message: never say whether the email exists.
        setError(t("invalidCredentials"));
        return;
      }
      // Only somewhere on this site, whatever the link that opened this page said; without a link,
      // the to-do page (which sends anyone with nothing to do there on to the home page).
      router.push(callbackUrl ? safeCallbackUrl(callbackUrl, window.location.origin) : "/todo");
      router.refresh();
    });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error && (
        <Notice tone="error">
          <p data-testid="login-error" role="status">
            {error}
          </p>
          {/* Shown with every failure, so it says nothing about whether this account is locked. */}
          <p className="mt-1 text-xs text-red-800" data-testid="login-hint">
            {t("attemptsHint")}
          </p>
        </Notice>
      )}
      <Field id="login-email" label={t("email")}>
        {(control) => <Input {...control} name="email" type="email" autoComplete="username" required className="py-2" />}
      </Field>
      <Field id="login-password" label={t("password")}>
        {(control) => <Input {...control} name="password" type="password" autoComplete="current-password" required className="py-2" />}
      </Field>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t("signingIn") : t("signIn")}
      </Button>
    </form>
  );
}
