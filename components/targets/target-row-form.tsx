"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useState } from "react";
import { deleteTargetAction, saveTargetAction } from "@/lib/actions/targets";
import type { TargetFieldProblem } from "@/lib/validations/targets";

export type TargetRowProps = {
  areaCode: string;
  indicatorKey: string;
  name: string;
  unit: string;
  growthForm: "compound" | "linear";
  current: { kind: "absolute" | "change_pct"; value: number; baseYear: number; reason: string } | null;
  /** The national reference, offered as a starting value. */
  suggestion: { kind: "absolute" | "change_pct"; value: number } | null;
};

/** One indicator's 2025 target: absolute or % change from the base year, with the reason for it. */
export function TargetRowForm({ areaCode, indicatorKey, name, unit, growthForm, current, suggestion }: TargetRowProps) {
  const t = useTranslations("targets");
  const [kind, setKind] = useState(current?.kind ?? suggestion?.kind ?? "absolute");
  const [value, setValue] = useState(current ? String(current.value) : "");
  const [baseYear, setBaseYear] = useState(String(current?.baseYear ?? 2020));
  const [reason, setReason] = useState(current?.reason ?? "");
  const [state, save, saving] = useActionState(saveTargetAction, { ok: false });
  const [removed, remove, removing] = useActionState(deleteTargetAction, { ok: false });
  const errors = state.fieldErrors ?? {};

  const problemText = (p: TargetFieldProblem) =>
    "min" in p ? t(`problems.${p.code}`, { min: p.min ?? "—", max: p.max ?? "—", unit }) : t(`problems.${p.code}`);
  const submit = (action: (fd: FormData) => void) => (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  };
  const id = (field: string) => `${indicatorKey}-${field}`;

  return (
    <div className="space-y-2">
      <form onSubmit={submit(save)} className="grid gap-2 sm:grid-cols-[9rem_8rem_6rem_minmax(0,1fr)_auto]" noValidate data-testid={`target-form-${indicatorKey}`}>
        <input type="hidden" name="areaCode" value={areaCode} />
        <input type="hidden" name="indicatorKey" value={indicatorKey} />
        <input type="hidden" name="targetYear" value="2025" />
        <label className="text-xs text-slate-600">
          {t("kind")}
          <select id={id("kind")} name="kind" value={kind} onChange={(e) => setKind(e.target.value as typeof kind)} className="mt-0.5 w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900">
            <option value="absolute">{t("absolute", { unit })}</option>
            {growthForm === "compound" && <option value="change_pct">{t("changePct")}</option>}
          </select>
        </label>
        <label className="text-xs text-slate-600">
          {kind === "absolute" ? t("valueIn", { unit }) : t("changeFromBase")}
          <input name="value" inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} aria-invalid={!!errors.value} aria-label={`${name}: ${t("value")}`} className="mt-0.5 w-full rounded-md border border-slate-300 px-2 py-1.5 text-right text-sm tabular-nums text-slate-900" />
        </label>
        <label className="text-xs text-slate-600">
          {t("baseYear")}
          <input name="baseYear" inputMode="numeric" value={baseYear} onChange={(e) => setBaseYear(e.target.value)} className="mt-0.5 w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm tabular-nums text-slate-900" />
        </label>
        <label className="text-xs text-slate-600">
          {t("reason")}
          <input name="reason" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} className="mt-0.5 w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm text-slate-900" />
        </label>
        <div className="flex items-end gap-2">
          <button type="submit" disabled={saving} className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60">
            {t("save")}
          </button>
        </div>
      </form>
      <div className="flex flex-wrap items-center gap-3 text-sm">
        {suggestion && (
          <button
            type="button"
            onClick={() => {
              setKind(suggestion.kind);
              setValue(String(suggestion.value));
            }}
            className="text-brand-700 underline"
          >
            {suggestion.kind === "absolute" ? t("useNational", { value: suggestion.value, unit }) : t("useNationalPct", { value: suggestion.value })}
          </button>
        )}
        {current && (
          <form onSubmit={submit(remove)}>
            <input type="hidden" name="areaCode" value={areaCode} />
            <input type="hidden" name="indicatorKey" value={indicatorKey} />
            <button type="submit" disabled={removing} className="text-red-800 underline">
              {t("remove")}
            </button>
          </form>
        )}
        {[state, removed].map((result, i) => (
          <span key={i} role="status" data-testid={`target-message-${indicatorKey}`} className={result.ok ? "text-emerald-800" : "text-red-800"}>
            {result.message && (t.has(`messages.${result.message}`) ? t(`messages.${result.message}`) : t("messages.internal"))}
          </span>
        ))}
      </div>
      {Object.values(errors).flat().map((p, i) => (
        <p key={i} className="text-sm text-red-800" data-testid={`target-error-${indicatorKey}`}>
          {problemText(p)}
        </p>
      ))}
    </div>
  );
}
