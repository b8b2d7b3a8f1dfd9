"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/result";
import { Notice } from "./notice";

/** The answer of an action in words: a confirmation, or what went wrong (with each field's problem). */
export function ActionResultMessage({ state, namespace, testId }: { state: ActionResult<unknown>; namespace: "summary.messages" | "overview.messages" | "review.messages" | "official.messages"; testId: string }) {
  const t = useTranslations(namespace);
  if (!state.message) return null;
  const text = (code: string) => (t.has(code) ? t(code) : t("internal"));
  const details = [...new Set(Object.values(state.fieldErrors ?? {}).flat())].filter((code) => code !== state.message);
  return state.ok ? (
    <Notice asChild tone="success" data-testid={`${testId}-ok`}>
      <p>{text(state.message)}</p>
    </Notice>
  ) : (
    <Notice tone="error" data-testid={`${testId}-error`}>
      <p>{text(state.message)}</p>
      {details.map((code) => (
        <p key={code}>{text(code)}</p>
      ))}
    </Notice>
  );
}
