"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useState } from "react";
import { AREA_LEVELS, AREA_TYPES, AREA_WAVES, RESOURCE_TYPES } from "@/lib/domain/enums";
import { PROVINCES } from "@/lib/domain/regions";
import { suggestAreaCode } from "@/lib/actions/area-code";
import { registerAction } from "@/lib/actions/register";
import type { ActionResult } from "@/lib/actions/result";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";
import { Select } from "@/components/ui/select";
import { useErrorText } from "@/components/ui/use-error-text";
import { usePasswordErrorText } from "./password-errors";

type AreaOption = { code: string; name: string };

export function RegisterForm({ areas }: { areas: AreaOption[] }) {
  const t = useTranslations("register");
  const ta = useTranslations("area");
  const te = useTranslations("errors");
  const errorText = useErrorText();
  const passwordErrorText = usePasswordErrorText();
  const [mode, setMode] = useState<"claim" | "new">("claim");
  // The code proposed from the Chinese name; replaced by a new proposal only while the official has not
  // edited it (checked when the proposal arrives, so what is typed meanwhile stays).
  const [code, setCode] = useState({ value: "", proposed: "" });
  const proposeCode = async (nameZh: string) => {
    const suggestion = await suggestAreaCode(nameZh);
    if (suggestion) setCode((c) => (c.value === c.proposed ? { value: suggestion, proposed: suggestion } : c));
  };
  const [state, formAction, pending] = useActionState<ActionResult, FormData>(registerAction, { ok: false });

  if (state.ok) {
    return (
      <Notice asChild tone="success" className="p-4 text-base">
        <p role="status" data-testid="register-done">
          {t("done")}
        </p>
      </Notice>
    );
  }
  const errors = state.fieldErrors ?? {};
  // Field ids follow the names ("area.code" → "register-area-code"), so each label, control and error stay tied.
  const idOf = (name: string) => `register-${name.replace(".", "-")}`;
  const input = (name: string, label: string, props: React.InputHTMLAttributes<HTMLInputElement> = {}, hint?: string) => (
    <Field id={idOf(name)} label={label} hint={hint} error={name === "password" ? passwordErrorText(errors[name]) : errorText(errors[name])}>
      {(control) => <Input {...control} name={name} className="py-2" {...props} />}
    </Field>
  );
  const select = (name: string, label: string, options: readonly string[], labelOf: (o: string) => string) => (
    <Field id={idOf(name)} label={label} error={errorText(errors[name])}>
      {(control) => (
        <Select {...control} name={name} defaultValue="" className="py-2">
          <option value="" disabled>
            {t("choose")}
          </option>
          {options.map((o) => (
            <option key={o} value={o}>
              {labelOf(o)}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );

  return (
    <form
      // Submitted by hand so that React does not clear the fields when the server finds an error.
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => formAction(data));
      }}
      className="space-y-5"
      noValidate
    >
      {/* The fields' own problems are shown under each field; this is for the rest (too many registrations, a fault). */}
      {state.message && state.message !== "fix_fields" && (
        <Notice asChild tone="error">
          <p role="status" data-testid="form-error">
            {te.has(state.message) ? te(state.message) : te("internal")}
          </p>
        </Notice>
      )}
      <fieldset className="space-y-3">
        <legend className="mb-1 font-medium">{t("account")}</legend>
        {input("name", t("name"), { autoComplete: "name", required: true })}
        {input("email", t("email"), { type: "email", autoComplete: "email", required: true })}
        {input("password", t("password"), { type: "password", autoComplete: "new-password", required: true, minLength: 10 }, t("passwordRule"))}
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="mb-1 font-medium">{t("areaChoice")}</legend>
        <div className="flex flex-wrap gap-4 text-sm">
          <label className="flex items-center gap-2">
            <input type="radio" name="mode" value="claim" checked={mode === "claim"} onChange={() => setMode("claim")} />
            {t("claimExisting")}
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="mode" value="new" checked={mode === "new"} onChange={() => setMode("new")} />
            {t("registerNew")}
          </label>
        </div>
        {mode === "claim" ? (
          select("claimAreaCode", t("area"), areas.map((a) => a.code), (code) => areas.find((a) => a.code === code)?.name ?? code)
        ) : (
          <div className="grid gap-3 sm:grid-cols-2">
            {input("area.nameZh", t("nameZh"), { required: true, lang: "zh-CN", onBlur: (e) => void proposeCode(e.currentTarget.value) })}
            {input("area.code", t("areaCode"), { placeholder: "e.g. new-park", required: true, value: code.value, onChange: (e) => setCode({ ...code, value: e.currentTarget.value }) }, t("areaCodeHint"))}
            {input("area.nameEn", t("nameEnOptional"), { lang: "en" }, t("nameEnHint"))}
            {input("area.yearDesignated", ta("designated"), { inputMode: "numeric", required: true })}
            {select("area.level", ta("level"), AREA_LEVELS, (o) => ta(`levels.${o}`))}
            {select("area.wave", ta("wave"), AREA_WAVES, (o) => ta(`waves.${o}`))}
            {select("area.province", ta("province"), PROVINCES, (o) => ta(`provinces.${o}`))}
            {input("area.memberCities", t("memberCities"), { lang: "zh-CN" })}
            {input("area.memberCitiesEn", t("memberCitiesEn"), { lang: "en" })}
            {select("area.type", ta("type"), AREA_TYPES, (o) => ta(`types.${o}`))}
            {select("area.resourceType", ta("resourceType"), RESOURCE_TYPES, (o) => ta(`resourceTypes.${o}`))}
          </div>
        )}
      </fieldset>

      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
