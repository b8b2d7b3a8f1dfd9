"use client";

import { useTranslations } from "next-intl";
import { Fragment, startTransition, useActionState, useEffect, useId, useRef } from "react";
import { ActionResultMessage } from "@/components/ui/action-result-message";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, type FieldControlProps } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
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
  const problem = (name: string) =>
    errors[name] ? errors[name].map((code) => (t.has(`messages.${code}`) ? t(`messages.${code}`) : t("messages.invalid"))).join(" ") : undefined;
  // Each label names its control alone (a label wrapped around a select would also take in the options' text).
  const field = (name: string, label: string, control: (props: FieldControlProps) => React.ReactNode, className?: string) => (
    <Field id={`${id}-${name}`} label={label} error={problem(name)} errorTestId={`official-error-${name}`} labelClassName="mb-0 text-slate-800" className={className}>
      {control}
    </Field>
  );
  const text = (name: string, label: string, max: number, props: React.ComponentProps<"input"> = {}, className?: string) =>
    field(name, label, (control) => <Input {...control} name={name} maxLength={max} className="mt-1" {...props} />, className);

  return (
    <Card asChild padding="sm">
      <details data-testid="official-result-form" data-no-print>
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
          {field("year", t("form.year"), (control) => (
            <Select {...control} name="year" defaultValue={String(latestYear - 1)} className="mt-1">
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </Select>
          ))}
          {field("city", t("form.city"), (control) => (
            <Select {...control} name="city" defaultValue={cities.length === 1 ? String(cities[0]!.position) : ""} className="mt-1">
              <option value="">{t("form.wholeArea")}</option>
              {cities.map((c) => (
                <option key={c.position} value={c.position}>
                  {c.name}
                </option>
              ))}
            </Select>
          ))}
          {field("result", t("form.result"), (control) => (
            <Select {...control} name="result" defaultValue={""} className="mt-1">
              <option value="" disabled>
                {t("form.choose")}
              </option>
              {OFFICIAL_RESULTS.map((r) => (
                <option key={r} value={r}>
                  {t(`results.${r}`)}
                </option>
              ))}
            </Select>
          ))}
          {field("sourceKind", t("form.sourceKind"), (control) => (
            <Select {...control} name="sourceKind" defaultValue={""} className="mt-1">
              <option value="" disabled>
                {t("form.choose")}
              </option>
              {SOURCE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`sourceKinds.${k}`)}
                </option>
              ))}
            </Select>
          ))}
          {text("fieldZh", t("form.fieldZh"), OFFICIAL_TEXT_MAX_LENGTH, { lang: "zh-CN" })}
          {text("fieldEn", t("form.fieldEn"), OFFICIAL_TEXT_MAX_LENGTH, { lang: "en" })}
          {text("sourceTitle", t("form.sourceTitle"), OFFICIAL_TEXT_MAX_LENGTH, {}, "sm:col-span-2")}
          {text("sourceUrl", t("form.sourceUrl"), SOURCE_URL_MAX_LENGTH, { type: "url", inputMode: "url", placeholder: "https://", lang: "en" }, "sm:col-span-2")}
          {(["noteZh", "noteEn"] as const).map((name) => (
            <Fragment key={name}>
              {field(name, t(`form.${name}`), (control) => (
                <Textarea {...control} name={name} rows={2} maxLength={OFFICIAL_NOTE_MAX_LENGTH} lang={name === "noteZh" ? "zh-CN" : "en"} className="mt-1" />
              ))}
            </Fragment>
          ))}
          <div className="space-y-2 sm:col-span-2">
            <Button type="submit" disabled={pending}>
              {pending ? t("form.saving") : t("form.submit")}
            </Button>
            <div aria-live="polite">
              <ActionResultMessage state={state} namespace="official.messages" testId="official-result" />
            </div>
          </div>
        </form>
      </details>
    </Card>
  );
}
