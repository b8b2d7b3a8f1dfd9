"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useId, useState } from "react";
import { changeStatusAction } from "@/lib/actions/review";
import type { ActionResult } from "@/lib/actions/result";
import type { SubmissionStatus } from "@/lib/validations/review";
import { COMMENT_MAX_LENGTH, MAX_FIELD_COMMENTS, transitionsFrom } from "@/lib/validations/review";
import { ActionResultMessage } from "@/components/ui/action-result-message";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";

type Props = {
  areaCode: string;
  year: number;
  status: SubmissionStatus;
  indicators: { key: string; name: string }[];
};

type FieldRow = { id: number; key: string; body: string };

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
    <Card asChild>
      <section aria-labelledby={`${ids}-heading`} className="space-y-4" data-testid="review-actions">
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
            <Field id={`${ids}-approve`} label={t("actions.approveComment")} labelClassName="font-medium text-slate-900">
              {(control) => <Textarea {...control} name="comment" rows={2} maxLength={COMMENT_MAX_LENGTH} value={approveComment} onChange={(e) => setApproveComment(e.target.value)} />}
            </Field>
            <Button type="submit" variant="success" disabled={pending}>
              {t("actions.approve", { year })}
            </Button>
          </form>
        )}

        {allowed.includes("return") && (
          <form onSubmit={submit} className="space-y-3 rounded-md border border-amber-200 p-3" data-testid="return-form">
            {hidden("return")}
            <p className="text-sm text-slate-700">{t("actions.returnIntro")}</p>
            <Field id={`${ids}-return`} label={t("actions.returnComment")} labelClassName="font-medium text-slate-900">
              {(control) => <Textarea {...control} name="comment" rows={3} maxLength={COMMENT_MAX_LENGTH} value={returnComment} onChange={(e) => setReturnComment(e.target.value)} />}
            </Field>
            <fieldset className="space-y-2">
              <legend className="text-sm font-medium">{t("actions.fieldComments")}</legend>
              {rows.map((row, i) => (
                <div key={row.id} className="grid gap-2 sm:grid-cols-[minmax(0,1fr)_minmax(0,2fr)_auto]" data-testid="field-comment-row">
                  <Field id={`${ids}-field-key-${row.id}`} label={t("actions.fieldIndicator", { n: i + 1 })}>
                    {(control) => (
                      <Select {...control} name="fieldKey" value={row.key} onChange={(e) => updateRow(row.id, { key: e.target.value })} className="py-2">
                        <option value="">{t("actions.chooseIndicator")}</option>
                        {indicators.map((ind) => (
                          <option key={ind.key} value={ind.key}>
                            {ind.name}
                          </option>
                        ))}
                      </Select>
                    )}
                  </Field>
                  <Field id={`${ids}-field-body-${row.id}`} label={t("actions.fieldBody", { n: i + 1 })}>
                    {(control) => (
                      <Textarea {...control} name="fieldBody" rows={2} maxLength={COMMENT_MAX_LENGTH} value={row.body} onChange={(e) => updateRow(row.id, { body: e.target.value })} />
                    )}
                  </Field>
                  {rows.length > 1 && (
                    <Button
                      type="button"
                      variant="outline"
                      size="sm"
                      onClick={() => setRows((rs) => rs.filter((r) => r.id !== row.id))}
                      className="self-end py-2"
                      aria-label={t("actions.removeField", { n: i + 1 })}
                    >
                      {t("actions.remove")}
                    </Button>
                  )}
                </div>
              ))}
              {rows.length < MAX_FIELD_COMMENTS && (
                <Button
                  type="button"
                  variant="outline"
                  size="sm"
                  onClick={() => setRows((rs) => [...rs, { id: Math.max(...rs.map((r) => r.id)) + 1, key: "", body: "" }])}
                >
                  {t("actions.addField")}
                </Button>
              )}
            </fieldset>
            <Button type="submit" variant="warning" disabled={pending}>
              {t("actions.return")}
            </Button>
          </form>
        )}

        {allowed.includes("reopen") && (
          <form onSubmit={submit} className="space-y-2 rounded-md border border-slate-200 p-3" data-testid="reopen-form">
            {hidden("reopen")}
            <p className="text-sm text-slate-700">{t("actions.reopenIntro")}</p>
            <Field id={`${ids}-reopen`} label={t("actions.reopenReason")} labelClassName="font-medium text-slate-900">
              {(control) => (
                <Textarea {...control} name="comment" rows={2} aria-required="true" maxLength={COMMENT_MAX_LENGTH} value={reopenReason} onChange={(e) => setReopenReason(e.target.value)} />
              )}
            </Field>
            <Button type="submit" variant="outline" disabled={pending}>
              {t("actions.reopen")}
            </Button>
          </form>
        )}
      </section>
    </Card>
  );
}
