"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useId, useState } from "react";
import { ActionResultMessage } from "@/components/ui/action-result-message";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { decideGradeAction } from "@/lib/actions/grades";
import type { ActionResult } from "@/lib/actions/result";
import { GRADE_VALUES } from "@/lib/domain/enums";
import { GRADE_REASON_MAX_LENGTH, type GradeValue } from "@/lib/validations/assessments";

type Props = { areaCode: string; areaName: string; year: number; proposed: GradeValue | null; decided: boolean };

/**
 * Confirm the proposed grade, or override it with a reason (the server recomputes the proposal and
 * refuses an override without one). In a dialog, so that the overview's table stays as narrow as
 * its figures on a phone; the dialog keeps its answer on screen until it is closed.
 */
export function GradeDecisionForm({ areaCode, areaName, year, proposed, decided }: Props) {
  const t = useTranslations("overview");
  return (
    <Dialog>
      <DialogTrigger asChild>
        <Button type="button" variant="link" size="inline" className="whitespace-nowrap font-normal" data-testid={`decide-${areaCode}`} data-no-print>
          {decided ? t("decide.openDecided") : t("decide.open")}
          <span className="sr-only">：{areaName}</span>
        </Button>
      </DialogTrigger>
      <DialogContent aria-describedby={undefined} data-testid={`decide-dialog-${areaCode}`}>
        <DialogTitle>{t("decide.legend", { area: areaName, year })}</DialogTitle>
        <DecisionForm areaCode={areaCode} year={year} proposed={proposed} />
      </DialogContent>
    </Dialog>
  );
}

/** Mounted with the dialog: opening it again starts from an empty form and no answer. */
function DecisionForm({ areaCode, year, proposed }: { areaCode: string; year: number; proposed: GradeValue | null }) {
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
    <form onSubmit={submit} className="mt-3 space-y-3 text-sm">
      <input type="hidden" name="areaCode" value={areaCode} />
      <input type="hidden" name="year" value={year} />
      {proposed ? (
        <Button type="submit" name="decision" value="confirm" disabled={pending} className="w-full">
          {t("decide.confirm", { grade: tg(proposed) })}
        </Button>
      ) : (
        <p className="text-xs text-slate-700">{t("decide.confirmUnavailable")}</p>
      )}
      <Field id={`${ids}-grade`} label={t("decide.overrideGrade")} labelClassName="text-slate-800">
        {(control) => (
          <Select {...control} name="finalGrade" value={grade} onChange={(e) => setGrade(e.target.value)}>
            <option value="">{t("decide.choose")}</option>
            {GRADE_VALUES.filter((g) => g !== proposed).map((g) => (
              <option key={g} value={g}>
                {tg(g)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field
        id={`${ids}-reason`}
        label={t("decide.reason")}
        labelClassName="text-slate-800"
        error={reasonErrors.length > 0 ? reasonErrors.map((code) => t(`messages.${code}`)).join(" ") : undefined}
        errorTestId={`decide-reason-error-${areaCode}`}
      >
        {(control) => <Textarea {...control} name="reason" rows={3} maxLength={GRADE_REASON_MAX_LENGTH} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <Button type="submit" name="decision" value="override" variant="secondary" disabled={pending} className="w-full">
        {pending ? t("decide.saving") : t("decide.override")}
      </Button>
      <div aria-live="polite">
        <ActionResultMessage state={state} namespace="overview.messages" testId={`decide-result-${areaCode}`} />
      </div>
    </form>
  );
}
