"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useState } from "react";
import { fileTargetRequestAction } from "@/lib/actions/target-requests";
import type { TargetFieldProblem } from "@/lib/validations/targets";
import { Button } from "@/components/ui/button";
import { TargetFields, type TargetEntryState, type TargetFormBase, type TargetKind } from "./target-fields";

export type TargetRequestFormProps = TargetFormBase & {
  current: { kind: TargetKind; value: number; baseYear: number } | null;
};

/**
 * Once the period's target-year values are submitted: a request for a new target (or the target's
 * removal), with the reason, for an evaluator to approve. Nothing changes until one does.
 */
export function TargetRequestForm({ areaCode, period, defaultBaseYear, indicatorKey, name, unit, growthForm, current }: TargetRequestFormProps) {
  const t = useTranslations("targets");
  const [entry, setEntry] = useState<TargetEntryState>({
    kind: current?.kind ?? "absolute",
    value: current ? String(current.value) : "",
    baseYear: String(current?.baseYear ?? defaultBaseYear),
    reason: "",
  });
  const { kind, value, baseYear, reason } = entry;
  const change = (next: Partial<TargetEntryState>) => setEntry((e) => ({ ...e, ...next }));
  const [state, file, filing] = useActionState(fileTargetRequestAction, { ok: false });
  const errors = state.fieldErrors ?? {};

  const problemText = (p: TargetFieldProblem) =>
    "min" in p ? t(`problems.${p.code}`, { min: p.min ?? "—", max: p.max ?? "—", unit }) : t(`problems.${p.code}`);
  const errorOf = (field: string) => errors[field]?.map(problemText).join(" ");
  const OWN_FIELDS = ["kind", "value", "baseYear", "reason"];
  const otherErrors = Object.entries(errors).filter(([field]) => !OWN_FIELDS.includes(field)).flatMap(([, problems]) => problems);
  const send = (action: "set" | "remove") => {
    const data = new FormData();
    for (const [field, v] of Object.entries({ action, areaCode, indicatorKey, period, kind, value, baseYear, reason })) data.set(field, v);
    startTransition(() => file(data));
  };
  const id = (field: string) => `${indicatorKey}-request-${field}`;
  const errorTestId = `request-error-${indicatorKey}`;

  return (
    <div className="space-y-2">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          send("set");
        }}
        className="grid gap-2 sm:grid-cols-[9rem_8rem_6rem_minmax(0,1fr)_auto]"
        noValidate
        data-testid={`request-form-${indicatorKey}`}
      >
        <TargetFields state={entry} onChange={change} name={name} unit={unit} growthForm={growthForm} id={id} errorOf={errorOf} errorTestId={errorTestId} />
        <div className="flex items-end gap-2">
          <Button type="submit" size="sm" variant="secondary" disabled={filing}>
            {t("requests.requestChange")}
          </Button>
        </div>
      </form>
      <div className="flex flex-wrap items-center gap-3 text-sm">
        {current && (
          <Button type="button" variant="link" size="inline" disabled={filing} onClick={() => send("remove")} className="text-red-800 hover:text-red-900">
            {t("requests.requestRemoval")}
          </Button>
        )}
        <span role="status" data-testid={`request-message-${indicatorKey}`} className={state.ok ? "text-emerald-800" : "text-red-800"}>
          {state.message && (t.has(`messages.${state.message}`) ? t(`messages.${state.message}`) : t("messages.internal"))}
        </span>
      </div>
      {otherErrors.map((p, i) => (
        <p key={i} className="text-sm text-red-800" data-testid={errorTestId}>
          {problemText(p)}
        </p>
      ))}
    </div>
  );
}
