"use client";

import { useTranslations } from "next-intl";

/**
 * A new password's problems as one sentence for its Field: the codes of the shared schema
 * ("password_too_short") and of the strength check on the server ("password_weak", then zxcvbn's
 * "warning:<key>" and "suggestion:<key>"), each in the page's language. The page passes the
 * "passwordFeedback" messages.
 */
export function usePasswordErrorText() {
  const te = useTranslations("errors");
  const tp = useTranslations("passwordFeedback");
  const text = (code: string) => {
    const [kind, key] = code.split(":") as [string, string | undefined];
    const feedback = kind === "warning" ? `warnings.${key}` : kind === "suggestion" ? `suggestions.${key}` : null;
    if (feedback) return tp.has(feedback) ? tp(feedback) : null;
    return te.has(code) ? te(code) : te("invalid");
  };
  return (codes: readonly string[] | undefined): string | undefined => (codes?.length ? codes.map(text).filter(Boolean).join(" ") : undefined);
}
