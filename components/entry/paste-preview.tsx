"use client";

import type { PastePreview as Preview, PreviewLine } from "@/lib/domain/paste";
import { EntryDialog } from "./entry-dialog";
import { decimalsOf, useEntryTexts, type FieldLabel } from "./entry-texts";

/** Unmatched lines listed at most; a whole export pasted by mistake lists thousands. */
const UNMATCHED_SHOWN = 50;
const CONFIRM_ID = "paste-confirm";

type Props = {
  preview: Preview | null;
  /** The field pasted into (where a single column starts). */
  startName: string;
  labels: Map<string, FieldLabel>;
  locale: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** Where the cursor goes once the dialog closes (the first note a confirmed paste needs, or the review). */
  finalFocus: string | null;
};

/**
 * What a pasted block would fill, line by line, before anything is filled: the indicator, the
 * field's value now, the pasted value, and the form's checks. Confirm fills the fields (nothing is
 * saved until the form is saved); Cancel changes nothing.
 */
export function PastePreview({ preview, startName, labels, locale, onConfirm, onCancel, finalFocus }: Props) {
  const { t, num, problemText, flagText } = useEntryTexts(locale);
  const lines = preview?.lines ?? [];
  const count = (...statuses: PreviewLine["status"][]) => lines.filter((l) => statuses.includes(l.status)).length;
  const toFill = count("fill", "flagged");
  const unmatched = preview?.unmatched ?? [];

  function checkText(l: PreviewLine, f: FieldLabel): string[] {
    if (l.problem) {
      return [l.problem.code === "duplicate" ? t("paste.problems.duplicate", { line: l.problem.firstLine }) : t(`paste.problems.${l.problem.code}`)];
    }
    const out: string[] = [];
    if (l.status === "refused") {
      for (const p of l.problems) if (p.code === "out_of_hard_range") out.push(t("paste.problems.out_of_hard_range", { min: num(p.min, f.decimals), max: num(p.max, f.decimals), unit: f.unit }));
      return out;
    }
    out.push(t(`paste.status.${l.status}`));
    for (const flag of l.flags) out.push(flagText(flag, f));
    for (const p of l.problems) out.push(p.code === "note_required" ? t("paste.status.noteRequired") : problemText(p, f));
    return out;
  }

  const tone: Record<PreviewLine["status"], string> = {
    fill: "",
    unchanged: "text-slate-600",
    blank: "text-slate-600",
    flagged: "bg-amber-50",
    refused: "bg-red-50",
  };
  const cell = "px-2 py-1.5 align-top";

  return (
    <EntryDialog
      open={preview !== null}
      onOpenChange={(open) => !open && onCancel()}
      title={t("paste.title")}
      testId="paste-preview"
      initialFocus={toFill > 0 ? CONFIRM_ID : undefined}
      finalFocus={finalFocus}
      description={
        preview && (
          <>
            <p>{preview.shape === "column" ? t("paste.shape.column", { name: startName }) : t(`paste.shape.${preview.shape}`)}</p>
            <p data-testid="paste-counts">
              {t("paste.counts", {
                lines: lines.length + unmatched.length,
                fill: toFill,
                flagged: count("flagged"),
                refused: count("refused"),
                blank: count("blank"),
                unchanged: count("unchanged"),
                unmatched: unmatched.length,
              })}
            </p>
          </>
        )
      }
      footer={
        <>
          <button type="button" onClick={onCancel} className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm hover:bg-slate-50">
            {t("paste.cancel")}
          </button>
          {toFill > 0 && (
            <button
              type="button"
              id={CONFIRM_ID}
              onClick={onConfirm}
              className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
            >
              {t("paste.confirm", { count: toFill })}
            </button>
          )}
        </>
      }
    >
      {lines.length > 0 && (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[36rem] text-sm">
            <caption className="sr-only">{t("paste.title")}</caption>
            <thead>
              <tr className="border-b border-slate-200 text-left text-slate-600">
                <th scope="col" className={cell}>{t("paste.line")}</th>
                <th scope="col" className={cell}>{t("paste.indicator")}</th>
                <th scope="col" className={`${cell} text-right`}>{t("paste.before")}</th>
                <th scope="col" className={`${cell} text-right`}>{t("paste.after")}</th>
                <th scope="col" className={cell}>{t("paste.check")}</th>
              </tr>
            </thead>
            <tbody>
              {lines.map((l) => {
                const f = labels.get(l.key) ?? { key: l.key, name: l.key, unit: "", decimals: 2 };
                return (
                  <tr key={l.line} className={`border-b border-slate-100 ${tone[l.status]}`} data-testid="paste-line" data-key={l.key} data-status={l.status}>
                    <td className={`${cell} tabular-nums`}>{l.line}</td>
                    <th scope="row" className={`${cell} text-left font-normal`}>
                      {f.name} <span className="text-xs text-slate-600">({f.unit})</span>
                    </th>
                    <td className={`${cell} text-right tabular-nums`}>{l.before.trim() || "—"}</td>
                    <td className={`${cell} text-right tabular-nums`}>
                      {l.value !== null ? num(l.value, Math.max(f.decimals, decimalsOf(l.value))) : l.raw || "—"}
                    </td>
                    <td className={cell}>
                      {checkText(l, f).map((text, i) => (
                        <p key={i}>{text}</p>
                      ))}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {unmatched.length > 0 && (
        <div className="mt-4" data-testid="paste-unmatched">
          <h3 className="font-semibold">{t("paste.unmatched.heading", { count: unmatched.length })}</h3>
          <ul className="mt-1 space-y-1 text-sm">
            {unmatched.slice(0, UNMATCHED_SHOWN).map((u) => (
              <li key={u.line} data-testid="paste-unmatched-line" data-reason={u.reason}>
                <span className="tabular-nums text-slate-600">{t("paste.unmatched.line", { line: u.line })}</span>{" "}
                <span className="whitespace-pre-wrap break-all font-mono text-xs">{u.text.replace(/\t/g, "  ")}</span> — {t(`paste.unmatched.reasons.${u.reason}`)}
              </li>
            ))}
          </ul>
          {unmatched.length > UNMATCHED_SHOWN && <p className="mt-1 text-sm text-slate-700">{t("paste.unmatched.more", { count: unmatched.length - UNMATCHED_SHOWN })}</p>}
        </div>
      )}
    </EntryDialog>
  );
}
