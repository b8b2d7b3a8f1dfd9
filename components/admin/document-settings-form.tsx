"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId, useState } from "react";
import { saveDocumentSettingsAction } from "@/lib/actions/documents";
import type { ActionResult } from "@/lib/actions/result";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useErrorText } from "@/components/ui/use-error-text";
import { formatDocumentNumber, numberPatternProblem } from "@/lib/domain/document-number";

type Values = { issuerZh: string; issuerEn: string; numberPattern: string };

/** The issuing body in both languages and the number pattern, with the number it would give next shown as an example. */
export function DocumentSettingsForm({ initial }: { initial: Values }) {
  const t = useTranslations("documentSettings");
  const te = useTranslations("errors");
  const errorText = useErrorText();
  const [state, action, pending] = useActionState<ActionResult, FormData>(saveDocumentSettingsAction, { ok: false });
  const [pattern, setPattern] = useState(initial.numberPattern);
  const ids = { zh: useId(), en: useId(), pattern: useId() };
  const errors = state.fieldErrors ?? {};
  const example = numberPatternProblem(pattern.trim()) === null ? formatDocumentNumber(pattern.trim(), new Date().getFullYear(), 1) : null;
  return (
    <form action={action} className="space-y-3 text-sm" data-testid="document-settings-form">
      <Field id={ids.zh} label={t("issuerZh")} error={errorText(errors.issuerZh)}>
        {(control) => <Input {...control} name="issuerZh" required maxLength={80} defaultValue={initial.issuerZh} />}
      </Field>
      <Field id={ids.en} label={t("issuerEn")} error={errorText(errors.issuerEn)}>
        {(control) => <Input {...control} name="issuerEn" required maxLength={80} defaultValue={initial.issuerEn} />}
      </Field>
      <Field id={ids.pattern} label={t("numberPattern")} error={errorText(errors.numberPattern)}>
        {(control) => <Input {...control} name="numberPattern" required maxLength={60} value={pattern} onChange={(e) => setPattern(e.target.value)} />}
      </Field>
      <p className="text-xs text-slate-600">{t("patternHelp")}</p>
      {example && (
        <p className="text-xs text-slate-700" data-testid="document-number-example">
          {t("example", { number: example })}
        </p>
      )}
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {t("save")}
        </Button>
        {state.ok && (
          <span className="text-emerald-800" role="status">
            {t("saved")}
          </span>
        )}
        {state.message && !state.ok && state.message !== "fix_fields" && (
          <span className="text-red-800" role="status">
            {te.has(state.message) ? te(state.message) : te("internal")}
          </span>
        )}
      </div>
    </form>
  );
}
