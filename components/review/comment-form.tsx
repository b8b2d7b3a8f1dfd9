"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useId, useState } from "react";
import { addCommentAction } from "@/lib/actions/review";
import type { ActionResult } from "@/lib/actions/result";
import { COMMENT_MAX_LENGTH } from "@/lib/validations/review";
import { ActionResultMessage } from "@/components/ui/action-result-message";

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
    <form onSubmit={submit} aria-labelledby={`${ids}-heading`} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4" data-testid="comment-form">
      <h2 id={`${ids}-heading`} className="text-base font-semibold">
        {t("commentForm.heading")}
      </h2>
      <input type="hidden" name="areaCode" value={areaCode} />
      <input type="hidden" name="year" value={year} />
      <div aria-live="polite">
        <ActionResultMessage state={state} namespace="review.messages" testId="comment-result" />
      </div>
      <div className="block text-sm">
        <label htmlFor={`${ids}-indicatorKey`} className="block text-slate-700">
          {t("commentForm.indicator")}
        </label>
        <select id={`${ids}-indicatorKey`} name="indicatorKey" value={indicator} onChange={(e) => setIndicator(e.target.value)} className="mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-2 text-sm sm:w-auto">
          <option value="">{t("commentForm.general")}</option>
          {indicators.map((ind) => (
            <option key={ind.key} value={ind.key}>
              {ind.name}
            </option>
          ))}
        </select>
      </div>
      <div className="block text-sm">
        <label htmlFor={`${ids}-body`} className="block text-slate-700">
          {t("commentForm.body")}
        </label>
        <textarea id={`${ids}-body`} name="body" rows={3} maxLength={COMMENT_MAX_LENGTH} value={body} onChange={(e) => setBody(e.target.value)} aria-required="true" className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2 text-sm" />
      </div>
      <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {t("commentForm.submit")}
      </button>
    </form>
  );
}
