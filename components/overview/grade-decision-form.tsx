"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useId, useState } from "react";
import { ActionResultMessage } from "@/components/ui/action-result-message";
import { decideGradeAction } from "@/lib/actions/grades";
import type { ActionResult } from "@/lib/actions/result";
import { GRADE_VALUES } from "@/lib/domain/enums";
import { GRADE_REASON_MAX_LENGTH, type GradeValue } from "@/lib/validations/assessments";

type Props = { areaCode: string; areaName: string; year: number; proposed: GradeValue | null; decided: boolean };

/** Confirm the proposed grade, or override it with a reason (the server recomputes the proposal and refuses an override without one). */
export function GradeDecisionForm({ areaCode, areaName, year, proposed, decided }: Props) {
  const t = useTranslations("overview");
  const tg = useTranslations("summary.grades");
  const ids = useId();
  const [state, formAction, pending] = useActionState<ActionResult, FormData>(decideGradeAction, { ok: false });
  const [reason, setReason] = useState("");
  const [grade, setGrade] = useState("");
  const reasonErrors = state.fieldErrors?.reason ?? [];

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // The pressed button (confirm or override) travels as "decision".
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => formAction(data));
  }

  return (
    <details className="text-sm" data-testid={`decide-${areaCode}`} data-no-print>
      <summary className="cursor-pointer whitespace-nowrap text-brand-700">{decided ? t("decide.openDecided") : t("decide.open")}</summary>
      <form onSubmit={submit} className="mt-2 w-64 space-y-2" aria-label={t("decide.legend", { area: areaName, year })}>
        <input type="hidden" name="areaCode" value={areaCode} />
        <input type="hidden" name="year" value={year} />
        {proposed ? (
          <button type="submit" name="decision" value="confirm" disabled={pending} className="w-full rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60">
            {t("decide.confirm", { grade: tg(proposed) })}
          </button>
        ) : (
          <p className="text-xs text-slate-700">{t("decide.confirmUnavailable")}</p>
        )}
        <label className="block">
          <span className="text-slate-800">{t("decide.overrideGrade")}</span>
          <select name="finalGrade" value={grade} onChange={(e) => setGrade(e.target.value)} className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5">
            <option value="">{t("decide.choose")}</option>
            {GRADE_VALUES.filter((g) => g !== proposed).map((g) => (
              <option key={g} value={g}>
                {tg(g)}
              </option>
            ))}
          </select>
        </label>
        <label className="block">
          <span className="text-slate-800">{t("decide.reason")}</span>
          <textarea
            name="reason"
            rows={2}
            maxLength={GRADE_REASON_MAX_LENGTH}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-invalid={reasonErrors.length > 0 || undefined}
            aria-describedby={reasonErrors.length > 0 ? `${ids}-reason-error` : undefined}
            className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5"
          />
        </label>
        {reasonErrors.length > 0 && (
          <p id={`${ids}-reason-error`} className="text-xs text-red-800">
            {reasonErrors.map((code) => t(`messages.${code}`)).join(" ")}
          </p>
        )}
        <button type="submit" name="decision" value="override" disabled={pending} className="w-full rounded-md border border-brand-700 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50 disabled:opacity-60">
          {pending ? t("decide.saving") : t("decide.override")}
        </button>
        <div aria-live="polite">
          <ActionResultMessage state={state} namespace="overview.messages" testId={`decide-result-${areaCode}`} />
        </div>
      </form>
    </details>
  );
}
