"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { safeCallbackUrl } from "@/lib/auth/safe-callback";

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
      if (!result || result.error) {
        // One neutral message: never say whether the email exists.
        setError(t("invalidCredentials"));
        return;
      }
      // Only somewhere on this site, whatever the link that opened this page said.
      router.push(safeCallbackUrl(callbackUrl, window.location.origin));
      router.refresh();
    });
  }

  const field = "mt-1 w-full rounded-md border border-slate-300 px-3 py-2";
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error && (
        <div className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
          <p data-testid="login-error" role="status">
            {error}
          </p>
          {/* Shown with every failure, so it says nothing about whether this account is locked. */}
          <p className="mt-1 text-xs text-red-800" data-testid="login-hint">
            {t("attemptsHint")}
          </p>
        </div>
      )}
      <label className="block text-sm">
        {t("email")}
        <input name="email" type="email" autoComplete="username" required className={field} />
      </label>
      <label className="block text-sm">
        {t("password")}
        <input name="password" type="password" autoComplete="current-password" required className={field} />
      </label>
      <button type="submit" disabled={pending} className="w-full rounded-md bg-brand-700 px-3 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? t("signingIn") : t("signIn")}
      </button>
    </form>
  );
}
