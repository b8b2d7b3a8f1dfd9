"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { DownloadLink } from "@/components/ui/download-link";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { Select } from "@/components/ui/select";

type Job = { id: string; done: number; total: number; status: "running" | "ready" | "failed"; failed?: { code: string; name: string }[] };
type State = { kind: "idle" } | { kind: "job"; job: Job } | { kind: "error"; message: "failed" | "busy" | "expired" };

const POLL_MS = 600;

/** Starts the server's .zip job for the year and shows its real progress (summaries done of total), then the download. */
export function BundlePanel({ year }: { year: number }) {
  const t = useTranslations("overview.bundle");
  const ids = useId();
  const [lang, setLang] = useState<"zh" | "en">("zh");
  const [state, setState] = useState<State>({ kind: "idle" });
  const job = state.kind === "job" ? state.job : null;
  const running = job?.status === "running";

  useEffect(() => {
    if (!job || job.status !== "running") return;
    const timer = setTimeout(async () => {
      const res = await fetch(`/api/v1/summaries/bundles/${job.id}`, { cache: "no-store" }).catch(() => null);
      if (!res?.ok) return setState({ kind: "error", message: res?.status === 404 ? "expired" : "failed" });
      const next = (await res.json()) as Job;
      setState(next.status === "failed" ? { kind: "error", message: "failed" } : { kind: "job", job: next });
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [job]);

  async function start() {
    const res = await fetch(`/api/v1/summaries/bundles?year=${year}&lang=${lang}`, { method: "POST" }).catch(() => null);
    if (!res?.ok) return setState({ kind: "error", message: res?.status === 409 ? "busy" : "failed" });
    setState({ kind: "job", job: (await res.json()) as Job });
  }

  return (
    <Card asChild>
      <section aria-labelledby={`${ids}-heading`} className="space-y-2" data-testid="bundle-panel" data-no-print>
        <h2 id={`${ids}-heading`} className="text-base font-semibold">
          {t("heading")}
        </h2>
        <p className="text-sm text-slate-700">{t("intro")}</p>
        <div className="flex flex-wrap items-end gap-3">
          <Field id={`${ids}-lang`} label={t("lang")}>
            {(control) => (
              <Select {...control} value={lang} onChange={(e) => setLang(e.target.value === "en" ? "en" : "zh")} disabled={running} className="w-auto">
                <option value="zh">{t("langZh")}</option>
                <option value="en">{t("langEn")}</option>
              </Select>
            )}
          </Field>
          <Button type="button" onClick={start} disabled={running} data-testid="bundle-start">
            {t("start")}
          </Button>
        </div>
        <div aria-live="polite" className="space-y-2">
          {job && (
            <div className="space-y-1">
              <progress value={job.done} max={job.total} aria-label={t("progressLabel")} className="h-3 w-full max-w-md" data-testid="bundle-progress" />
              <p className="text-sm tabular-nums" data-testid="bundle-status">
                {job.status === "ready" ? t("ready", { total: job.total - (job.failed?.length ?? 0) }) : t("progress", { done: job.done, total: job.total })}
              </p>
            </div>
          )}
          {job?.status === "ready" && (
            <DownloadLink href={`/api/v1/summaries/bundles/${job.id}/download`} testId="bundle-download">
              {t("download")}
            </DownloadLink>
          )}
          {job?.status === "ready" && (job.failed?.length ?? 0) > 0 && (
            <Notice tone="warning" data-testid="bundle-failed">
              <p>{t("someFailed", { count: job.failed!.length, total: job.total })}</p>
              <ul className="mt-1 list-disc pl-5">
                {job.failed!.map((f) => (
                  <li key={f.code}>
                    {f.name} ({f.code})
                  </li>
                ))}
              </ul>
            </Notice>
          )}
          {state.kind === "error" && (
            <Notice asChild tone="error">
              <p data-testid="bundle-error">{t(state.message)}</p>
            </Notice>
          )}
        </div>
      </section>
    </Card>
  );
}
