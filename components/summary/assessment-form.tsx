"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useId, useState } from "react";
import { saveAssessmentsAction } from "@/lib/actions/assessments";
import type { ActionResult } from "@/lib/actions/result";
import { QUALITATIVE_ASPECTS } from "@/lib/domain/enums";
import { ASSESSMENT_COMMENT_MAX_LENGTH, type QualitativeAspect } from "@/lib/validations/assessments";
import { ActionResultMessage } from "@/components/ui/action-result-message";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";

type Initial = Record<QualitativeAspect, { score: number | null; comment: string | null }>;

const SCORES = [1, 2, 3, 4, 5] as const;

/** The evaluator enters a score (1–5) and a comment per aspect; every change is audited on the server. */
export function AssessmentForm({ areaCode, year, initial }: { areaCode: string; year: number; initial: Initial }) {
  const t = useTranslations("summary");
  const ids = useId();
  const [state, formAction, pending] = useActionState<ActionResult<{ changed: number }>, FormData>(saveAssessmentsAction, { ok: false });
  const [values, setValues] = useState(() =>
    Object.fromEntries(QUALITATIVE_ASPECTS.map((a) => [a, { score: initial[a].score === null ? "" : String(initial[a].score), comment: initial[a].comment ?? "" }])) as Record<
      QualitativeAspect,
      { score: string; comment: string }
    >,
  );
  const set = (aspect: QualitativeAspect, patch: Partial<{ score: string; comment: string }>) =>
    setValues((v) => ({ ...v, [aspect]: { ...v[aspect], ...patch } }));
  const errorsOf = (aspect: QualitativeAspect, field: "score" | "comment") => state.fieldErrors?.[`aspects.${aspect}.${field}`] ?? [];

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

  return (
    <form onSubmit={submit} aria-labelledby={`${ids}-heading`} className="space-y-3 rounded-md border border-brand-100 bg-brand-50/40 p-3" data-testid="assessment-form" data-no-print>
      <h3 id={`${ids}-heading`} className="text-base font-semibold">
        {t("assessmentForm.heading")}
      </h3>
      <p className="text-xs text-slate-700">{t("assessmentForm.intro")}</p>
      <input type="hidden" name="areaCode" value={areaCode} />
      <input type="hidden" name="year" value={year} />
      <div className="grid gap-3 md:grid-cols-2">
        {QUALITATIVE_ASPECTS.map((aspect) => {
          const label = t(`aspects.${aspect}`);
          const scoreErrors = errorsOf(aspect, "score");
          const commentErrors = errorsOf(aspect, "comment");
          return (
            <div key={aspect} className="space-y-1" data-aspect={aspect}>
              <Field
                id={`${ids}-${aspect}-score`}
                label={t("assessmentForm.score", { aspect: label })}
                labelClassName="font-medium text-slate-800"
                error={scoreErrors.length > 0 ? scoreErrors.map((code) => t(`messages.${code}`)).join(" ") : undefined}
                errorTestId={`assessment-error-${aspect}-score`}
              >
                {(control) => (
                  <Select {...control} name={`score:${aspect}`} value={values[aspect].score} onChange={(e) => set(aspect, { score: e.target.value })}>
                    <option value="">{t("assessmentForm.noScore")}</option>
                    {SCORES.map((s) => (
                      <option key={s} value={s}>
                        {s}
                      </option>
                    ))}
                  </Select>
                )}
              </Field>
              <Field
                id={`${ids}-${aspect}-comment`}
                label={t("assessmentForm.comment", { aspect: label })}
                labelClassName="text-slate-800"
                error={commentErrors.length > 0 ? commentErrors.map((code) => t(`messages.${code}`)).join(" ") : undefined}
                errorTestId={`assessment-error-${aspect}-comment`}
              >
                {(control) => (
                  <Textarea
                    {...control}
                    name={`comment:${aspect}`}
                    rows={2}
                    maxLength={ASSESSMENT_COMMENT_MAX_LENGTH}
                    value={values[aspect].comment}
                    onChange={(e) => set(aspect, { comment: e.target.value })}
                  />
                )}
              </Field>
            </div>
          );
        })}
      </div>
      <div aria-live="polite">
        <ActionResultMessage state={state} namespace="summary.messages" testId="assessment-result" />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? t("assessmentForm.saving") : t("assessmentForm.save")}
      </Button>
    </form>
  );
}
