"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/result";

/** The answer of an action in words: a confirmation, or what went wrong (with each field's problem). */
export function ActionResultMessage({ state, namespace, testId }: { state: ActionResult<unknown>; namespace: "summary.messages" | "overview.messages" | "review.messages" | "official.messages"; testId: string }) {
  const t = useTranslations(namespace);
  if (!state.message) return null;
  const text = (code: string) => (t.has(code) ? t(code) : t("internal"));
  const details = [...new Set(Object.values(state.fieldErrors ?? {}).flat())].filter((code) => code !== state.message);
  return state.ok ? (
    <p className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900" data-testid={`${testId}-ok`}>
      {text(state.message)}
    </p>
  ) : (
    <div className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900" data-testid={`${testId}-error`}>
      <p>{text(state.message)}</p>
      {details.map((code) => (
        <p key={code}>{text(code)}</p>
      ))}
    </div>
  );
}
