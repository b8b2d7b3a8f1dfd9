"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";

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
    <section aria-labelledby={`${ids}-heading`} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4" data-testid="bundle-panel" data-no-print>
      <h2 id={`${ids}-heading`} className="text-base font-semibold">
        {t("heading")}
      </h2>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <div className="flex flex-wrap items-end gap-3">
        <label className="text-sm">
          <span className="block text-slate-700">{t("lang")}</span>
          <select value={lang} onChange={(e) => setLang(e.target.value === "en" ? "en" : "zh")} disabled={running} className="mt-1 rounded-md border border-slate-300 bg-white px-2 py-1.5">
            <option value="zh">{t("langZh")}</option>
            <option value="en">{t("langEn")}</option>
          </select>
        </label>
        <button type="button" onClick={start} disabled={running} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60" data-testid="bundle-start">
          {t("start")}
        </button>
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
          <a href={`/api/v1/summaries/bundles/${job.id}/download`} download className="inline-block rounded-md border border-brand-700 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50" data-testid="bundle-download">
            {t("download")}
          </a>
        )}
        {job?.status === "ready" && (job.failed?.length ?? 0) > 0 && (
          <div className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950" data-testid="bundle-failed">
            <p>{t("someFailed", { count: job.failed!.length, total: job.total })}</p>
            <ul className="mt-1 list-disc pl-5">
              {job.failed!.map((f) => (
                <li key={f.code}>
                  {f.name} ({f.code})
                </li>
              ))}
            </ul>
          </div>
        )}
        {state.kind === "error" && (
          <p className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900" data-testid="bundle-error">
            {t(state.message)}
          </p>
        )}
      </div>
    </section>
  );
}
