"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useId, useState } from "react";
import { changeStatusAction } from "@/lib/actions/review";
import type { ActionResult } from "@/lib/actions/result";
import type { SubmissionStatus } from "@/lib/validations/review";
import { COMMENT_MAX_LENGTH, transitionsFrom } from "@/lib/validations/review";
import { ActionResultMessage } from "@/components/ui/action-result-message";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";

type Props = {
  areaCode: string;
  year: number;
  status: SubmissionStatus;
  /** Typed changes not yet saved: submitting now would send the stored values without them. */
  dirty: boolean;
};

/** The official's "submit for review", below the entry form; stays mounted so its answer survives the new state. */
export function SubmitPanel({ areaCode, year, status, dirty }: Props) {
  const t = useTranslations("review");
  const ids = useId();
  const [state, formAction, pending] = useActionState<ActionResult, FormData>(changeStatusAction, { ok: false });
  const [comment, setComment] = useState("");
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    if (state.ok) setComment("");
  }
  const canSubmit = transitionsFrom(status).includes("submit");
  if (!canSubmit && !state.message) return null;

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }
  return (
    <section aria-labelledby="submit-heading" className="space-y-2 rounded-lg border border-brand-700/30 bg-white p-4" data-testid="submit-panel">
      <h2 id="submit-heading" className="text-base font-semibold">
        {t("submit.heading")}
      </h2>
      <div aria-live="polite">
        <ActionResultMessage state={state} namespace="review.messages" testId="submit-result" />
      </div>
      {canSubmit && (
        <form onSubmit={submit} className="space-y-2" data-testid="submit-form">
          <input type="hidden" name="areaCode" value={areaCode} />
          <input type="hidden" name="year" value={year} />
          <input type="hidden" name="transition" value="submit" />
          <p className="text-sm text-slate-700">{t("submit.intro")}</p>
          <Field id={`${ids}-comment`} label={t("submit.comment")} labelClassName="font-medium text-slate-900">
            {(control) => <Textarea {...control} name="comment" rows={2} maxLength={COMMENT_MAX_LENGTH} value={comment} onChange={(e) => setComment(e.target.value)} />}
          </Field>
          {dirty && (
            <p className="text-sm text-amber-900" data-testid="submit-unsaved">
              {t("submit.unsaved")}
            </p>
          )}
          <Button type="submit" disabled={pending || dirty}>
            {t("submit.button", { year })}
          </Button>
        </form>
      )}
    </section>
  );
}
