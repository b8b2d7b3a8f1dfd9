"use client";

import type { PastePreview as Preview, PreviewLine } from "@/lib/domain/paste";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow, TableRowHeader, TableScroll } from "@/components/ui/table";
import { cn } from "@/lib/utils";
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
          <Button type="button" variant="outline" onClick={onCancel}>
            {t("paste.cancel")}
          </Button>
          {toFill > 0 && (
            <Button type="button" id={CONFIRM_ID} onClick={onConfirm}>
              {t("paste.confirm", { count: toFill })}
            </Button>
          )}
        </>
      }
    >
      {lines.length > 0 && (
        <TableScroll label={t("paste.title")}>
          <Table className="min-w-[36rem]">
            <TableCaption>{t("paste.title")}</TableCaption>
            <TableHeader>
              <TableRow head>
                <TableHead>{t("paste.line")}</TableHead>
                <TableHead>{t("paste.indicator")}</TableHead>
                <TableHead numeric>{t("paste.before")}</TableHead>
                <TableHead numeric>{t("paste.after")}</TableHead>
                <TableHead>{t("paste.check")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {lines.map((l) => {
                const f = labels.get(l.key) ?? { key: l.key, name: l.key, unit: "", decimals: 2 };
                return (
                  <TableRow key={l.line} className={cn("align-top", tone[l.status])} data-testid="paste-line" data-key={l.key} data-status={l.status}>
                    <TableCell className="tabular-nums">{l.line}</TableCell>
                    <TableRowHeader>
                      {f.name} <span className="text-xs text-slate-600">({f.unit})</span>
                    </TableRowHeader>
                    <TableCell numeric>{l.before.trim() || "—"}</TableCell>
                    <TableCell numeric>{l.value !== null ? num(l.value, Math.max(f.decimals, decimalsOf(l.value))) : l.raw || "—"}</TableCell>
                    <TableCell>
                      {checkText(l, f).map((text, i) => (
                        <p key={i}>{text}</p>
                      ))}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </TableScroll>
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
