"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useEffect, useId, useRef } from "react";
import { ActionResultMessage } from "@/components/ui/action-result-message";
import { addOfficialResultAction } from "@/lib/actions/official-results";
import type { ActionResult } from "@/lib/actions/result";
import { OFFICIAL_RESULTS, SOURCE_KINDS } from "@/lib/domain/enums";
import {
  OFFICIAL_NOTE_MAX_LENGTH,
  OFFICIAL_RESULT_YEAR_MIN,
  OFFICIAL_TEXT_MAX_LENGTH,
  SOURCE_URL_MAX_LENGTH,
} from "@/lib/validations/official-results";

type Props = { areaCode: string; cities: { position: number; name: string }[]; latestYear: number };

/** Record one published result with its source; the server checks it with the same schema and refuses what is missing. */
export function OfficialResultForm({ areaCode, cities, latestYear }: Props) {
  const t = useTranslations("official");
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [state, formAction, pending] = useActionState<ActionResult, FormData>(addOfficialResultAction, { ok: false });
  const errors = state.fieldErrors ?? {};

  // A saved result clears the form for the next one; a refused one keeps what was typed.
  useEffect(() => {
    if (state.ok) form.current?.reset();
  }, [state]);

  const years = Array.from({ length: latestYear - OFFICIAL_RESULT_YEAR_MIN + 1 }, (_, i) => latestYear - i);
  const field = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5";
  const describedBy = (name: string) => (errors[name] ? `${id}-${name}-error` : undefined);
  const problem = (name: string) =>
    errors[name] ? (
      <span id={`${id}-${name}-error`} className="mt-1 block text-xs text-red-800" data-testid={`official-error-${name}`}>
        {errors[name].map((code) => (t.has(`messages.${code}`) ? t(`messages.${code}`) : t("messages.invalid"))).join(" ")}
      </span>
    ) : null;
  // Each label names its control alone (a label wrapped around a select would also take in the options' text).
  const labelFor = (name: string, label: string) => (
    <label htmlFor={`${id}-${name}`} className="block text-slate-800">
      {label}
    </label>
  );
  const text = (name: string, label: string, max: number, props: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <div className="text-sm">
      {labelFor(name, label)}
      <input id={`${id}-${name}`} name={name} maxLength={max} aria-invalid={!!errors[name] || undefined} aria-describedby={describedBy(name)} className={field} {...props} />
      {problem(name)}
    </div>
  );

  return (
    <details className="rounded-md border border-slate-200 p-3" data-testid="official-result-form" data-no-print>
      <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("form.open")}</summary>
      <form
        ref={form}
        noValidate
        aria-label={t("form.legend")}
        className="mt-3 grid gap-3 sm:grid-cols-2"
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          startTransition(() => formAction(data));
        }}
      >
        <p className="text-xs text-slate-600 sm:col-span-2">{t("form.intro")}</p>
        <input type="hidden" name="areaCode" value={areaCode} />
        <div className="text-sm">
          {labelFor("year", t("form.year"))}
          <select id={`${id}-year`} name="year" defaultValue={String(latestYear - 1)} aria-invalid={!!errors.year || undefined} aria-describedby={describedBy("year")} className={field}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
          {problem("year")}
        </div>
        <div className="text-sm">
          {labelFor("city", t("form.city"))}
          <select id={`${id}-city`} name="city" defaultValue={cities.length === 1 ? String(cities[0]!.position) : ""} aria-invalid={!!errors.city || undefined} aria-describedby={describedBy("city")} className={field}>
            <option value="">{t("form.wholeArea")}</option>
            {cities.map((c) => (
              <option key={c.position} value={c.position}>
                {c.name}
              </option>
            ))}
          </select>
          {problem("city")}
        </div>
        <div className="text-sm">
          {labelFor("result", t("form.result"))}
          <select id={`${id}-result`} name="result" defaultValue="" aria-invalid={!!errors.result || undefined} aria-describedby={describedBy("result")} className={field}>
            <option value="" disabled>
              {t("form.choose")}
            </option>
            {OFFICIAL_RESULTS.map((r) => (
              <option key={r} value={r}>
                {t(`results.${r}`)}
              </option>
            ))}
          </select>
          {problem("result")}
        </div>
        <div className="text-sm">
          {labelFor("sourceKind", t("form.sourceKind"))}
          <select id={`${id}-sourceKind`} name="sourceKind" defaultValue="" aria-invalid={!!errors.sourceKind || undefined} aria-describedby={describedBy("sourceKind")} className={field}>
            <option value="" disabled>
              {t("form.choose")}
            </option>
            {SOURCE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`sourceKinds.${k}`)}
              </option>
            ))}
          </select>
          {problem("sourceKind")}
        </div>
        {text("fieldZh", t("form.fieldZh"), OFFICIAL_TEXT_MAX_LENGTH, { lang: "zh-CN" })}
        {text("fieldEn", t("form.fieldEn"), OFFICIAL_TEXT_MAX_LENGTH, { lang: "en" })}
        <div className="sm:col-span-2">{text("sourceTitle", t("form.sourceTitle"), OFFICIAL_TEXT_MAX_LENGTH)}</div>
        <div className="sm:col-span-2">{text("sourceUrl", t("form.sourceUrl"), SOURCE_URL_MAX_LENGTH, { type: "url", inputMode: "url", placeholder: "https://", lang: "en" })}</div>
        {(["noteZh", "noteEn"] as const).map((name) => (
          <div key={name} className="text-sm">
            {labelFor(name, t(`form.${name}`))}
            <textarea id={`${id}-${name}`} name={name} rows={2} maxLength={OFFICIAL_NOTE_MAX_LENGTH} lang={name === "noteZh" ? "zh-CN" : "en"} aria-invalid={!!errors[name] || undefined} aria-describedby={describedBy(name)} className={field} />
            {problem(name)}
          </div>
        ))}
        <div className="space-y-2 sm:col-span-2">
          <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60">
            {pending ? t("form.saving") : t("form.submit")}
          </button>
          <div aria-live="polite">
            <ActionResultMessage state={state} namespace="official.messages" testId="official-result" />
          </div>
        </div>
      </form>
    </details>
  );
}
