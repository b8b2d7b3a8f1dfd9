"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { Select } from "@/components/ui/select";

type Props = {
  areaCode: string;
  year: number;
  /** The year's flagged values, which a file may support. */
  flagged: { key: string; name: string }[];
  limits: { mb: number; count: number };
};

type Outcome = { ok: true; name: string } | { ok: false; code: string } | null;

/**
 * Sends one file to POST /api/v1/attachments (a route handler: a file of several MB is past what a
 * server action accepts). The server checks the content; the `accept` list only helps the picker.
 */
export function AttachmentUploadForm({ areaCode, year, flagged, limits }: Props) {
  const t = useTranslations("attachments");
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const file = data.get("file");
    if (!(file instanceof File) || (file.size === 0 && file.name === "")) {
      setOutcome({ ok: false, code: "attachment_missing" });
      return;
    }
    setPending(true);
    setOutcome(null);
    try {
      const res = await fetch("/api/v1/attachments", { method: "POST", body: data });
      const body = (await res.json().catch(() => null)) as { fileName?: string; error?: { message?: string } } | null;
      if (res.ok) {
        setOutcome({ ok: true, name: body?.fileName ?? file.name });
        form.current?.reset();
        router.refresh();
      } else {
        setOutcome({ ok: false, code: body?.error?.message ?? "other" });
      }
    } catch {
      setOutcome({ ok: false, code: "other" });
    } finally {
      setPending(false);
    }
  }

  const error = outcome && !outcome.ok ? (t.has(`errors.${outcome.code}`) ? t(`errors.${outcome.code}`, limits) : t("errors.other")) : null;
  return (
    <form ref={form} onSubmit={submit} className="space-y-3 rounded-md border border-slate-200 p-3" data-testid="attachment-upload" noValidate>
      <input type="hidden" name="areaCode" value={areaCode} />
      <input type="hidden" name="year" value={year} />
      <div className="flex flex-wrap items-end gap-3">
        <Field id="attachment-target" label={t("target")}>
          {(control) => (
            <Select {...control} name="indicatorKey" defaultValue="">
              <option value="">{t("wholeYear")}</option>
              {flagged.map((f) => (
                <option key={f.key} value={f.key}>
                  {t("targetValue", { name: f.name })}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="attachment-file" label={t("file")} hint={t("fileHint", limits)}>
          {(control) => (
            <input
              {...control}
              aria-invalid={error ? true : undefined}
              type="file"
              name="file"
              accept=".pdf,.png,.jpg,.jpeg,.xlsx,application/pdf,image/png,image/jpeg,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              className="block text-sm"
              onChange={() => setOutcome(null)}
            />
          )}
        </Field>
        <Button type="submit" disabled={pending}>
          {pending ? t("uploading") : t("upload")}
        </Button>
      </div>
      <div aria-live="polite">
        {outcome?.ok && (
          <Notice tone="success" data-testid="attachment-uploaded">
            {t("uploaded", { name: outcome.name })}
          </Notice>
        )}
      </div>
      {error && (
        <Notice role="alert" data-testid="attachment-refused">
          {error}
        </Notice>
      )}
    </form>
  );
}
