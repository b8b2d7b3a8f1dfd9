"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useId, useState } from "react";
import { addCommentAction } from "@/lib/actions/review";
import type { ActionResult } from "@/lib/actions/result";
import { COMMENT_MAX_LENGTH } from "@/lib/validations/review";
import { ActionResultMessage } from "@/components/ui/action-result-message";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";

type Props = { areaCode: string; year: number; indicators: { key: string; name: string }[] };

/** Adds a plain comment to an area-year's thread, optionally about one indicator. */
export function CommentForm({ areaCode, year, indicators }: Props) {
  const t = useTranslations("review");
  const ids = useId();
  const [state, formAction, pending] = useActionState<ActionResult, FormData>(addCommentAction, { ok: false });
  const [body, setBody] = useState("");
  const [indicator, setIndicator] = useState("");
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    if (state.ok) {
      setBody("");
      setIndicator("");
    }
  }
  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }
  return (
    <Card asChild>
      <form onSubmit={submit} aria-labelledby={`${ids}-heading`} className="space-y-2" data-testid="comment-form">
        <h2 id={`${ids}-heading`} className="text-base font-semibold">
          {t("commentForm.heading")}
        </h2>
        <input type="hidden" name="areaCode" value={areaCode} />
        <input type="hidden" name="year" value={year} />
        <div aria-live="polite">
          <ActionResultMessage state={state} namespace="review.messages" testId="comment-result" />
        </div>
        <Field id={`${ids}-indicatorKey`} label={t("commentForm.indicator")}>
          {(control) => (
            <Select {...control} name="indicatorKey" value={indicator} onChange={(e) => setIndicator(e.target.value)} className="py-2 sm:w-auto">
              <option value="">{t("commentForm.general")}</option>
              {indicators.map((ind) => (
                <option key={ind.key} value={ind.key}>
                  {ind.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id={`${ids}-body`} label={t("commentForm.body")}>
          {(control) => <Textarea {...control} name="body" rows={3} maxLength={COMMENT_MAX_LENGTH} value={body} onChange={(e) => setBody(e.target.value)} aria-required="true" />}
        </Field>
        <Button type="submit" disabled={pending}>
          {t("commentForm.submit")}
        </Button>
      </form>
    </Card>
  );
}
