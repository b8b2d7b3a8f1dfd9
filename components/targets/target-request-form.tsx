"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useState } from "react";
import { fileTargetRequestAction } from "@/lib/actions/target-requests";
import type { TargetFieldProblem } from "@/lib/validations/targets";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

type Kind = "absolute" | "change_pct" | "annual_growth";

export type TargetRequestFormProps = {
  areaCode: string;
  period: string;
  defaultBaseYear: number;
  indicatorKey: string;
  name: string;
  unit: string;
  growthForm: "compound" | "linear";
  current: { kind: Kind; value: number; baseYear: number } | null;
};

/**
 * Once the period's target-year values are submitted: a request for a new target (or the target's
 * removal), with the reason, for an evaluator to approve. Nothing changes until one does.
 */
export function TargetRequestForm({ areaCode, period, defaultBaseYear, indicatorKey, name, unit, growthForm, current }: TargetRequestFormProps) {
  const t = useTranslations("targets");
  const [kind, setKind] = useState<Kind>(current?.kind ?? "absolute");
  const [value, setValue] = useState(current ? String(current.value) : "");
  const [baseYear, setBaseYear] = useState(String(current?.baseYear ?? defaultBaseYear));
  const [reason, setReason] = useState("");
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
  const label = "mb-0.5 text-xs text-slate-600";
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
        <Field id={id("kind")} label={t("kind")} labelClassName={label} error={errorOf("kind")} errorTestId={errorTestId}>
          {(control) => (
            <Select {...control} name="kind" value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
              <option value="absolute">{t("absolute", { unit })}</option>
              {growthForm === "compound" && <option value="change_pct">{t("changePct")}</option>}
              {growthForm === "compound" && <option value="annual_growth">{t("annualGrowth")}</option>}
            </Select>
          )}
        </Field>
        <Field id={id("value")} label={kind === "absolute" ? t("valueIn", { unit }) : kind === "change_pct" ? t("changeFromBase") : t("annualGrowthIn")} labelClassName={label} error={errorOf("value")} errorTestId={errorTestId}>
          {(control) => (
            <Input {...control} name="value" inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} aria-label={`${name}: ${t("value")}`} className="text-right tabular-nums" />
          )}
        </Field>
        <Field id={id("baseYear")} label={t("baseYear")} labelClassName={label} error={errorOf("baseYear")} errorTestId={errorTestId}>
          {(control) => <Input {...control} name="baseYear" inputMode="numeric" value={baseYear} onChange={(e) => setBaseYear(e.target.value)} className="tabular-nums" />}
        </Field>
        <Field id={id("reason")} label={t("reason")} labelClassName={label} error={errorOf("reason")} errorTestId={errorTestId}>
          {(control) => <Input {...control} name="reason" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} />}
        </Field>
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
