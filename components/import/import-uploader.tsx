"use client";

import { useTranslations } from "next-intl";
import { useId, useMemo, useState } from "react";
import { MAX_FILE_BYTES } from "@/lib/import/limits";
import type { ApiErrorBody, ImportMode, ImportResult } from "@/lib/import/types";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { ImportReport } from "./import-report";
import { postImport } from "./post-import";
import type { IndicatorLabel } from "./types";

type Phase =
  | { kind: "idle"; notice?: string }
  | { kind: "sending"; mode: ImportMode; name: string; percent: number; uploaded: boolean }
  | { kind: "answered"; result: ImportResult }
  | { kind: "failed"; message: string };

function isResult(body: unknown): body is ImportResult {
  return !!body && typeof body === "object" && "summary" in body && "problems" in body;
}

function isError(body: unknown): body is ApiErrorBody {
  return !!body && typeof body === "object" && "error" in body && typeof (body as ApiErrorBody).error?.code === "string";
}

/**
 * Upload → dry run (every problem and flag, nothing written) → import. The import sends the same file
 * again and the server checks it again from scratch: the dry run's answer is never trusted.
 */
export function ImportUploader({ indicators }: { indicators: IndicatorLabel[] }) {
  const t = useTranslations("import");
  const inputId = useId();
  const labels = useMemo(() => new Map(indicators.map((i) => [i.key, i])), [indicators]);
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const busy = phase.kind === "sending";

  function errorText(status: number, body: unknown): string {
    // A refusal by something in front of the app (a proxy's own 413 page) is not JSON.
    if (!isError(body)) return status === 413 ? t("errors.file_too_large") : t("errors.internal");
    const { code, reason, message, maxRows, maxColumns, column } = body.error;
    if (reason && t.has(`errors.${reason}`)) {
      return t(`errors.${reason}`, { maxRows: Number(maxRows ?? 0), maxColumns: Number(maxColumns ?? 0), column: typeof column === "string" && column ? column : "none" });
    }
    if (code === "bad_request") return t("errors.bad_request", { message });
    return t.has(`errors.${code}`) ? t(`errors.${code}`) : t("errors.internal");
  }

  async function send(mode: ImportMode) {
    if (!file || busy) return;
    if (file.size > MAX_FILE_BYTES) {
      setPhase({ kind: "failed", message: t("upload.tooLargeLocal") });
      return;
    }
    setPhase({ kind: "sending", mode, name: file.name, percent: 0, uploaded: false });
    const update = (change: Partial<Extract<Phase, { kind: "sending" }>>) => setPhase((p) => (p.kind === "sending" ? { ...p, ...change } : p));
    try {
      const answer = await postImport(
        file,
        mode,
        (fraction) => update({ percent: Math.round(fraction * 100) }),
        () => update({ percent: 100, uploaded: true }),
      );
      setPhase(isResult(answer.body) ? { kind: "answered", result: answer.body } : { kind: "failed", message: errorText(answer.status, answer.body) });
    } catch {
      setPhase({ kind: "failed", message: t("errors.network") });
    }
  }

  const result = phase.kind === "answered" ? phase.result : null;
  const summaryValues = result ? { file: result.file.name, ...result.summary } : null;
  // Values and targets: the file has something to import when either sheet has a row with a value.
  const rowCount = result ? result.summary.rows + result.targets.rows : 0;

  return (
    <Card asChild>
      <section aria-labelledby="upload-heading" className="space-y-3">
        <h2 id="upload-heading" className="text-lg font-semibold">{t("upload.heading")}</h2>
        <p className="max-w-3xl text-sm text-slate-700">{t("upload.help")}</p>
        <div className="flex flex-wrap items-end gap-3">
          <Field id={inputId} label={t("upload.file")}>
            {(control) => (
              <input
                {...control}
                type="file"
                accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
                disabled={busy}
                onChange={(e) => {
                  setFile(e.target.files?.[0] ?? null);
                  setPhase(phase.kind === "idle" ? phase : { kind: "idle", notice: t("upload.changedFile") });
                }}
                className="block max-w-full text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5"
                data-testid="import-file"
              />
            )}
          </Field>
          <Button type="button" onClick={() => send("dry-run")} disabled={!file || busy} data-testid="import-check">
            {t("upload.check")}
          </Button>
        </div>

        <div aria-live="polite" className="space-y-3" data-testid="import-status">
          {phase.kind === "idle" && phase.notice && <p className="text-sm text-slate-700">{phase.notice}</p>}
          {phase.kind === "sending" && (
            <div className="max-w-md space-y-1">
              <progress max={100} value={phase.percent} aria-label={t("upload.progress")} className="h-2 w-full accent-brand-700" />
              <p className="text-sm text-slate-700">
                {!phase.uploaded
                  ? t("upload.uploading", { name: phase.name, percent: phase.percent })
                  : phase.mode === "commit"
                    ? t("upload.committing", { name: phase.name })
                    : t("upload.checking", { name: phase.name })}
              </p>
            </div>
          )}
          {phase.kind === "failed" && (
            <Notice asChild tone="error">
              <p data-testid="import-error">{phase.message}</p>
            </Notice>
          )}
          {result && summaryValues && (
            <div className="space-y-2" data-testid="import-summary" data-mode={result.mode} data-ok={result.ok} data-committed={result.committed}>
              {result.mode === "dry-run" ? (
                <>
                  <p className="text-sm">{t("summary.checked", summaryValues)}</p>
                  {result.targets.sheet && (
                    <p className="text-sm" data-testid="import-targets-summary">
                      {t("summary.targetsChecked", { sheet: result.targets.sheet, rows: result.targets.rows, changed: result.targets.changed, unchanged: result.targets.unchanged, skipped: result.targets.skipped })}
                    </p>
                  )}
                  {result.summary.computed > 0 && (
                    <p className="text-sm" data-testid="import-computed-count">
                      {t("summary.computed", { count: result.summary.computed })}
                    </p>
                  )}
                  <Notice asChild tone={result.ok ? "success" : "error"}>
                    <p data-testid="import-verdict">
                      {!result.ok ? t("summary.problems", { count: result.summary.problems }) : rowCount > 0 ? t("summary.clean") : t("summary.nothingToImport")}
                    </p>
                  </Notice>
                </>
              ) : result.committed ? (
                <Notice asChild tone="success">
                  <p data-testid="import-verdict">
                    {t("summary.committed", summaryValues)}
                    {result.targets.sheet && ` ${t("summary.targetsCommitted", { changed: result.targets.changed, unchanged: result.targets.unchanged })}`}
                  </p>
                </Notice>
              ) : (
                <Notice asChild tone="error">
                  <p data-testid="import-verdict">{t("summary.refused", { count: result.summary.problems })}</p>
                </Notice>
              )}
            </div>
          )}
        </div>

        {result?.mode === "dry-run" && result.ok && rowCount > 0 && (
          <Button type="button" variant="success" onClick={() => send("commit")} data-testid="import-commit">
            {t("upload.commit", { count: result.summary.changed + result.targets.changed })}
          </Button>
        )}
        {result && <ImportReport result={result} labels={labels} />}
      </section>
    </Card>
  );
}
