"use client";

import { useTranslations } from "next-intl";
import type { TARGET_KINDS } from "@/lib/domain/enums";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

export type TargetKind = (typeof TARGET_KINDS)[number];

/** What both of an indicator's target forms (set it, or request a change) are given. */
export type TargetFormBase = {
  areaCode: string;
  /** The plan period the target is set for, and its base year (the form's default). */
  period: string;
  defaultBaseYear: number;
  indicatorKey: string;
  name: string;
  unit: string;
  growthForm: "compound" | "linear";
};

/** A target form's entries as typed: the kind, the value, the base year and the reason. */
export type TargetEntryState = { kind: TargetKind; value: string; baseYear: string; reason: string };

type Props = {
  state: TargetEntryState;
  onChange: (next: Partial<TargetEntryState>) => void;
  name: string;
  unit: string;
  growthForm: "compound" | "linear";
  /** The id of a field's control (unique on the page). */
  id: (field: string) => string;
  errorOf: (field: string) => string | undefined;
  errorTestId: string;
};

const LABEL = "mb-0.5 text-xs text-slate-600";

/** The four fields of a target, shared by the form that sets it and the one that requests a change. */
export function TargetFields({ state, onChange, name, unit, growthForm, id, errorOf, errorTestId }: Props) {
  const t = useTranslations("targets");
  const { kind } = state;
  return (
    <>
      <Field id={id("kind")} label={t("kind")} labelClassName={LABEL} error={errorOf("kind")} errorTestId={errorTestId}>
        {(control) => (
          <Select {...control} name="kind" value={kind} onChange={(e) => onChange({ kind: e.target.value as TargetKind })}>
            <option value="absolute">{t("absolute", { unit })}</option>
            {growthForm === "compound" && <option value="change_pct">{t("changePct")}</option>}
            {growthForm === "compound" && <option value="annual_growth">{t("annualGrowth")}</option>}
          </Select>
        )}
      </Field>
      <Field id={id("value")} label={kind === "absolute" ? t("valueIn", { unit }) : kind === "change_pct" ? t("changeFromBase") : t("annualGrowthIn")} labelClassName={LABEL} error={errorOf("value")} errorTestId={errorTestId}>
        {(control) => (
          <Input {...control} name="value" inputMode="decimal" value={state.value} onChange={(e) => onChange({ value: e.target.value })} aria-label={`${name}: ${t("value")}`} className="text-right tabular-nums" />
        )}
      </Field>
      <Field id={id("baseYear")} label={t("baseYear")} labelClassName={LABEL} error={errorOf("baseYear")} errorTestId={errorTestId}>
        {(control) => <Input {...control} name="baseYear" inputMode="numeric" value={state.baseYear} onChange={(e) => onChange({ baseYear: e.target.value })} className="tabular-nums" />}
      </Field>
      <Field id={id("reason")} label={t("reason")} labelClassName={LABEL} error={errorOf("reason")} errorTestId={errorTestId}>
        {(control) => <Input {...control} name="reason" value={state.reason} onChange={(e) => onChange({ reason: e.target.value })} maxLength={1000} />}
      </Field>
    </>
  );
}
