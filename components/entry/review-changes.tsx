"use client";

import type { EntryChange } from "@/lib/domain/entry-changes";
import type { Flag } from "@/lib/domain/validation";
import type { EntryProblem } from "@/lib/validations/values";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow, TableRowHeader, TableScroll } from "@/components/ui/table";
import { cn } from "@/lib/utils";
import { EntryDialog } from "./entry-dialog";
import { decimalsOf, useEntryTexts, type FieldLabel } from "./entry-texts";

export const REVIEW_SAVE_ID = "review-save";

type Props = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  year: number;
  formId: string;
  changes: EntryChange[];
  source: { before: string; after: string };
  labels: Map<string, FieldLabel>;
  /** The form's live checks: every problem still to fix and every flag, by indicator. */
  problems: Record<string, EntryProblem[]>;
  flags: Record<string, Flag[]>;
  locale: string;
  /** Closes the review and puts the cursor in a field ("value-…" or "note-…"). */
  onGoTo: (id: string) => void;
  /** Where the cursor goes once the dialog closes (a field chosen with onGoTo); otherwise back to the review button. */
  finalFocus: string | null;
};

/**
 * The review before saving: every value that differs from what is stored (old → new), its change
 * from last year, its flags and the notes still required; and the problems a save would be refused
 * for, which the save would list too. Saving from here posts the form: one transaction, as ever.
 */
export function ReviewChanges({ open, onOpenChange, year, formId, changes, source, labels, problems, flags, locale, onGoTo, finalFocus }: Props) {
  const { t, num, problemText, flagText, changeText } = useEntryTexts(locale);
  const sourceChanged = source.before.trim() !== source.after.trim();
  const changedKeys = new Set(changes.map((c) => c.key));
  // Problems of fields that did not change (a sector share left incomplete) are listed too.
  const otherProblems = Object.entries(problems).filter(([key, list]) => !changedKeys.has(key) && list.length > 0);
  const problemCount = Object.values(problems).filter((list) => list.length > 0).length;
  const nothing = changes.length === 0 && !sourceChanged;
  const label = (key: string): FieldLabel => labels.get(key) ?? { key, name: key, unit: "", decimals: 2 };
  const shown = (v: number | null, f: FieldLabel) => (v === null ? "—" : num(v, Math.max(f.decimals, decimalsOf(v))));

  return (
    <EntryDialog
      open={open}
      onOpenChange={onOpenChange}
      title={t("review.title", { year })}
      testId="review-changes"
      initialFocus={REVIEW_SAVE_ID}
      finalFocus={finalFocus}
      description={
        <>
          <p data-testid="review-summary">{nothing ? t("review.none") : t("review.summary", { count: changes.length + (sourceChanged ? 1 : 0) })}</p>
          {problemCount > 0 && (
            <p className="font-medium text-red-800" data-testid="review-problems">
              {t("review.problems", { count: problemCount })}
            </p>
          )}
        </>
      }
      footer={
        <>
          <Button type="button" variant="outline" onClick={() => onOpenChange(false)}>
            {t("review.back")}
          </Button>
          {/* The dialog sits outside the form in the page; `form` makes this button submit it all the same.
              The form closes the dialog as it submits: closing it on click would take the button out of
              the page before the browser submits. */}
          <Button type="submit" form={formId} id={REVIEW_SAVE_ID} disabled={nothing}>
            {t("review.save", { year })}
          </Button>
        </>
      }
    >
      {sourceChanged && (
        <p className="mb-3 text-sm" data-testid="review-source">
          {t("review.source", { before: source.before.trim() || "—", after: source.after.trim() || "—" })}
        </p>
      )}
      {changes.length > 0 && (
        <TableScroll label={t("review.title", { year })}>
          <Table className="min-w-[40rem]">
            <TableCaption>{t("review.title", { year })}</TableCaption>
            <TableHeader>
              <TableRow head>
                <TableHead sticky>{t("review.indicator")}</TableHead>
                <TableHead numeric>{t("review.before")}</TableHead>
                <TableHead numeric>{t("review.after")}</TableHead>
                <TableHead numeric>{t("review.yoy")}</TableHead>
                <TableHead>{t("review.check")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {changes.map((c) => {
                const f = label(c.key);
                const found = problems[c.key] ?? [];
                const flagged = flags[c.key] ?? [];
                const needsNote = found.some((p) => p.code === "note_required");
                return (
                  <TableRow key={c.key} className={cn("align-top", found.length ? "bg-red-50" : flagged.length && "bg-amber-50")} data-testid="review-change" data-key={c.key}>
                    <TableRowHeader sticky>
                      {f.name} <span className="text-xs text-slate-600">({f.unit})</span>
                    </TableRowHeader>
                    <TableCell numeric>{shown(c.before, f)}</TableCell>
                    <TableCell numeric>
                      {c.invalid ? t("review.invalid") : c.after === null ? t("review.removed") : shown(c.after, f)}
                      {c.noteOnly && <span className="block text-xs text-slate-600">{t("review.noteOnly")}</span>}
                    </TableCell>
                    <TableCell numeric>{c.yoy ? changeText(c.yoy) : "—"}</TableCell>
                    <TableCell>
                      {!needsNote && flagged.map((flag, i) => (
                        <p key={`f${i}`} className="text-amber-900">{flagText(flag, f)}</p>
                      ))}
                      {found.map((p, i) => (
                        <p key={`p${i}`} className="text-red-800">{problemText(p, f, flagged)}</p>
                      ))}
                      {found.length > 0 && (
                        <Button type="button" variant="link" size="inline" onClick={() => onGoTo(needsNote ? `note-${c.key}` : `value-${c.key}`)} className="mt-0.5">
                          {needsNote ? t("review.writeNote") : t("review.goTo")}
                        </Button>
                      )}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </TableScroll>
      )}
      {otherProblems.length > 0 && (
        <ul className="mt-3 space-y-1 text-sm text-red-800">
          {otherProblems.map(([key, list]) =>
            list.map((p, i) => (
              <li key={`${key}-${i}`}>
                <button type="button" onClick={() => onGoTo(`value-${key}`)} className="underline">
                  {label(key).name}
                </button>
                {" "}
                {problemText(p, label(key))}
              </li>
            )),
          )}
        </ul>
      )}
    </EntryDialog>
  );
}
