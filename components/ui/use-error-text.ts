"use client";

import { useTranslations } from "next-intl";

/** Error codes from the shared zod schemas as one translated sentence for a Field's `error` (nothing when there are none). */
export function useErrorText() {
  const t = useTranslations("errors");
  return (codes: readonly string[] | undefined, values?: Record<string, string | number>): string | undefined =>
    codes?.length ? codes.map((c) => (t.has(c) ? t(c, values) : t("invalid"))).join(" ") : undefined;
}
