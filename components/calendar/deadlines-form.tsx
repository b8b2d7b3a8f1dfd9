"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useId } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";
import { setDeadlinesAction } from "@/lib/actions/calendar";
import type { ActionResult } from "@/lib/actions/result";

type Props = { year: number; dataDueOn: string; reviewDueOn: string };

/** One reporting year's two deadlines; the server checks them with the same schema and refuses what is wrong. */
export function DeadlinesForm({ year, dataDueOn, reviewDueOn }: Props) {
  const t = useTranslations("calendar");
  const id = useId();
  const [state, action, pending] = useActionState<ActionResult, FormData>(setDeadlinesAction, { ok: false });
  const errors = state.fieldErrors ?? {};
  const text = (code: string) => (t.has(`messages.${code}`) ? t(`messages.${code}`) : t("messages.internal"));
  const problem = (name: string) => errors[name]?.map(text).join(" ");
  return (
    // Submitted by hand rather than through `action=`: React resets a form after its action, and a
    // refused pair of dates should stay as typed, to be corrected.
    <form
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => action(data));
      }}
      noValidate
      aria-label={t("formLabel", { year })}
      className="flex flex-wrap items-end gap-3"
      data-testid="deadlines-form"
      data-year={year}
    >
      <input type="hidden" name="year" value={year} />
      <Field id={`${id}-due`} label={t("dataDueOn")} error={problem("dataDueOn")} errorTestId="deadline-error">
        {(control) => <Input {...control} type="date" name="dataDueOn" defaultValue={dataDueOn} required className="mt-1 w-44" />}
      </Field>
      <Field id={`${id}-review`} label={t("reviewDueOn")} error={problem("reviewDueOn")} errorTestId="deadline-error">
        {(control) => <Input {...control} type="date" name="reviewDueOn" defaultValue={reviewDueOn} required className="mt-1 w-44" />}
      </Field>
      <Button type="submit" size="sm" disabled={pending}>
        {pending ? t("saving") : t("save")}
      </Button>
      {state.message && (
        <Notice asChild tone={state.ok ? "success" : "error"} className="w-full">
          <p role="status" data-testid={state.ok ? "deadlines-ok" : "deadlines-error"}>
            {text(state.message)}
          </p>
        </Notice>
      )}
    </form>
  );
}
