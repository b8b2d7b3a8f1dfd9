"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useId, useState } from "react";
import { changeStatusAction } from "@/lib/actions/review";
import type { ActionResult } from "@/lib/actions/result";
import type { SubmissionStatus } from "@/lib/validations/review";
import { COMMENT_MAX_LENGTH, MAX_FIELD_COMMENTS, transitionsFrom } from "@/lib/validations/review";
import { ActionResultMessage } from "@/components/ui/action-result-message";

type Props = {
  areaCode: string;
  year: number;
  status: SubmissionStatus;
  indicators: { key: string; name: string }[];
};

type FieldRow = { id: number; key: string; body: string };

const textarea = "mt-1 w-full rounded-md border border-slate-300 px-3 py-2 text-sm";

/**
 * A reviewer's decisions on one area-year: approve or return a submitted year, reopen an approved one.
 * One action state for all of them, so its answer stays on screen when the state (and the forms) change.
 */
export function ReviewActions({ areaCode, year, status, indicators }: Props) {
  const t = useTranslations("review");
  const ids = useId();
  const [state, formAction, pending] = useActionState<ActionResult, FormData>(changeStatusAction, { ok: false });
  const [approveComment, setApproveComment] = useState("");
  const [returnComment, setReturnComment] = useState("");
  const [reopenReason, setReopenReason] = useState("");
  const [rows, setRows] = useState<FieldRow[]>([{ id: 0, key: "", body: "" }]);
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    if (state.ok) {
      setApproveComment("");
      setReturnComment("");
      setReopenReason("");
      setRows([{ id: 0, key: "", body: "" }]);
    }
  }
  const allowed = transitionsFrom(status);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }
  const hidden = (transition: string) => (
    <>
      <input type="hidden" name="areaCode" value={areaCode} />
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="transition" value={transition} />
    </>
  );
  const updateRow = (id: number, patch: Partial<FieldRow>) => setRows((rs) => rs.map((r) => (r.id === id ? { ...r, ...patch } : r)));

  return (
    <section aria-labelledby={`${ids}-heading`} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" data-testid="review-actions">
      <h2 id={`${ids}-heading`} className="text-lg font-semibold">
        {t("actions.heading")}
      </h2>
      <div aria-live="polite">
        <ActionResultMessage state={state} namespace="review.messages" testId="review-result" />
      </div>

      {allowed.includes("submit") && <p className="text-sm text-slate-700">{t(status === "returned" ? "actions.waitingReturned" : "actions.waiting")}</p>}

      {allowed.includes("approve") && (
        <form onSubmit={submit} className="space-y-2 rounded-md border border-emerald-200 p-3" data-testid="approve-form">
          {hidden("approve")}
          <div className="block text-sm">
            <label htmlFor={`${ids}-approve`} className="block font-medium">
              {t("actions.approveComment")}
            </label>
            <textarea id={`${ids}-approve`} name="comment" rows={2} maxLength={COMMENT_MAX_LENGTH} value={approveComment} onChange={(e) => setApproveComment(e.target.value)} className={textarea} />
          </div>
          <button type="submit" disabled={pending} className="rounded-md bg-emerald-700 px-4 py-2 text-sm font-medium text-white hover:bg-emerald-800 disabled:opacity-60">
            {t("actions.approve", { year })}
          </button>
        </form>
      )}

      {allowed.includes("return") && (
        <form onSubmit={submit} className="space-y-3 rounded-md border border-amber-200 p-3" data-testid="return-form">
          {hidden("return")}
          <p className="text-sm text-slate-700">{t("actions.returnIntro")}</p>
          <div className="block text-sm">
            <label htmlFor={`${ids}-return`} className="block font-medium">
              {t("actions.returnComment")}
            </label>
            <textarea id={`${ids}-return`} name="comment" rows={3} maxLength={COMMENT_MAX_LENGTH} value={returnComment} onChange={(e) => setReturnComment(e.target.value)} className={textarea} />
          </div>
          <fieldset className="space-y-2">
            <legend className="text-sm font-medium">{t("actions.fieldComments")}</legend>
            {rows.map((row, i) => (
              <div key={row.id} className="grid gap-2 sm:grid-cols-[minmax(0,1fr)_minmax(0,2fr)_auto]" data-testid="field-comment-row">
                <div className="text-sm">
                  <label htmlFor={`${ids}-field-key-${row.id}`} className="block text-slate-700">
                    {t("actions.fieldIndicator", { n: i + 1 })}
                  </label>
                  <select id={`${ids}-field-key-${row.id}`} name="fieldKey" value={row.key} onChange={(e) => updateRow(row.id, { key: e.target.value })} className="mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-2 text-sm">
                    <option value="">{t("actions.chooseIndicator")}</option>
                    {indicators.map((ind) => (
                      <option key={ind.key} value={ind.key}>
                        {ind.name}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="text-sm">
                  <label htmlFor={`${ids}-field-body-${row.id}`} className="block text-slate-700">
                    {t("actions.fieldBody", { n: i + 1 })}
                  </label>
                  <textarea id={`${ids}-field-body-${row.id}`} name="fieldBody" rows={2} maxLength={COMMENT_MAX_LENGTH} value={row.body} onChange={(e) => updateRow(row.id, { body: e.target.value })} className={textarea} />
                </div>
                {rows.length > 1 && (
                  <button
                    type="button"
                    onClick={() => setRows((rs) => rs.filter((r) => r.id !== row.id))}
                    className="self-end rounded-md border border-slate-300 px-3 py-2 text-sm hover:bg-slate-50"
                    aria-label={t("actions.removeField", { n: i + 1 })}
                  >
                    {t("actions.remove")}
                  </button>
                )}
              </div>
            ))}
            {rows.length < MAX_FIELD_COMMENTS && (
              <button
                type="button"
                onClick={() => setRows((rs) => [...rs, { id: Math.max(...rs.map((r) => r.id)) + 1, key: "", body: "" }])}
                className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50"
              >
                {t("actions.addField")}
              </button>
            )}
          </fieldset>
          <button type="submit" disabled={pending} className="rounded-md bg-amber-700 px-4 py-2 text-sm font-medium text-white hover:bg-amber-800 disabled:opacity-60">
            {t("actions.return")}
          </button>
        </form>
      )}

      {allowed.includes("reopen") && (
        <form onSubmit={submit} className="space-y-2 rounded-md border border-slate-200 p-3" data-testid="reopen-form">
          {hidden("reopen")}
          <p className="text-sm text-slate-700">{t("actions.reopenIntro")}</p>
          <div className="block text-sm">
            <label htmlFor={`${ids}-reopen`} className="block font-medium">
              {t("actions.reopenReason")}
            </label>
            <textarea id={`${ids}-reopen`} name="comment" rows={2} aria-required="true" maxLength={COMMENT_MAX_LENGTH} value={reopenReason} onChange={(e) => setReopenReason(e.target.value)} className={textarea} />
          </div>
          <button type="submit" disabled={pending} className="rounded-md border border-slate-700 px-4 py-2 text-sm font-medium text-slate-900 hover:bg-slate-50 disabled:opacity-60">
            {t("actions.reopen")}
          </button>
        </form>
      )}
    </section>
  );
}
