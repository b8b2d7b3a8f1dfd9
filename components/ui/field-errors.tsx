"use client";

import { useTranslations } from "next-intl";

/** Error codes from the shared zod schemas, shown as translated messages under a field. */
export function FieldErrors({ id, codes, values }: { id: string; codes?: string[]; values?: Record<string, string | number> }) {
  const t = useTranslations("errors");
  if (!codes?.length) return null;
  return (
    <span id={id} className="mt-1 block text-sm text-red-800" data-testid="field-error">
      {codes.map((c) => (t.has(c) ? t(c, values) : t("invalid"))).join(" ")}
    </span>
  );
}
