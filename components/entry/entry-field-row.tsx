"use client";

import { ValueHistory } from "@/components/audit/value-history";
import { Label } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";
import type { ValueHistoryEntry } from "@/db/queries/audit";
import type { Flag } from "@/lib/domain/validation";
import type { EntryProblem } from "@/lib/validations/values";
import { cn } from "@/lib/utils";
import { useEntryTexts } from "./entry-texts";
import type { EntryField, FieldRemark } from "./year-entry-form";

type Props = {
  field: EntryField;
  year: number;
  locale: string;
  value: string;
  note: string;
  problems: EntryProblem[];
  flags: Flag[];
  /** The value shown is the stored one, flagged when it was saved: its flags say so rather than what saving will do. */
  storedFlagged: boolean;
  remarks: FieldRemark[];
  history: ValueHistoryEntry[];
  locked: boolean;
  onValue: (text: string) => void;
  onNote: (text: string) => void;
  /** A paste into the value box: the form decides whether it is a block for the preview. */
  onPaste: (event: React.ClipboardEvent<HTMLInputElement>) => void;
  reviewRemarkLabel: string;
};

/** One indicator of the entry form: its value (or its computed value), last year's, the checks, the note. */
export function EntryFieldRow({ field: f, year, locale, value, note, problems, flags, storedFlagged, remarks, history, locked, onValue, onNote, onPaste, reviewRemarkLabel }: Props) {
  const { t, num, problemText, flagText } = useEntryTexts(locale);
  const hintId = `hint-${f.key}`;
  const errorId = `error-${f.key}`;
  const remarkId = `remark-${f.key}`;
  // A missing note already names what is unusual about the value: the flag is not said twice.
  const needsNote = problems.some((p) => p.code === "note_required");
  return (
    <div className="grid gap-2 py-3 sm:grid-cols-[minmax(0,1.2fr)_minmax(0,1fr)_minmax(0,1.2fr)]" data-field={f.key}>
      <div>
        <Label htmlFor={`value-${f.key}`} className="mb-0 font-medium text-slate-900">
          {f.name} <span className="font-normal text-slate-600">({f.unit})</span>
        </Label>
        <p id={hintId} className="text-xs text-slate-600">
          {t("lastYear", { year: year - 1 })}: <span className="tabular-nums">{num(f.lastYear, f.decimals)}</span> ·{" "}
          {t("usualRange")}: <span className="tabular-nums">{num(f.softMin, f.decimals)}–{num(f.softMax, f.decimals)}</span>
        </p>
        <ValueHistory indicatorKey={f.key} name={f.name} decimals={f.decimals} entries={history} />
      </div>
      <div>
        {f.derivation ? (
          <>
            <output id={`value-${f.key}`} className="block rounded-md bg-slate-100 px-3 py-2 text-sm tabular-nums" data-testid={`derived-${f.key}`}>
              {f.value || "—"}
            </output>
            <p className="mt-1 text-xs text-slate-600">{t("derived")}</p>
          </>
        ) : (
          <Input
            id={`value-${f.key}`}
            name={`value:${f.key}`}
            inputMode="decimal"
            autoComplete="off"
            enterKeyHint="next"
            value={value}
            onChange={(e) => onValue(e.target.value)}
            onPaste={onPaste}
            readOnly={locked}
            aria-invalid={problems.length > 0}
            aria-describedby={`${hintId} ${errorId}${remarks.length ? ` ${remarkId}` : ""}`}
            className={cn("px-3 py-2 text-right text-base tabular-nums", flags.length > 0 && "border-amber-600")}
          />
        )}
        <div id={errorId}>
          {problems.map((p, i) => (
            <p key={i} className="mt-1 text-sm text-red-800" data-testid={`error-${f.key}`}>
              {problemText(p, f, flags)}
            </p>
          ))}
          {!needsNote && flags.map((flag, i) => (
            <p key={i} className="mt-1 text-sm text-amber-900" data-testid={`flag-${f.key}`}>
              {flagText(flag, f, storedFlagged)}
            </p>
          ))}
        </div>
      </div>
      {!f.derivation && (
        <div>
          <Label htmlFor={`note-${f.key}`} className="sr-only">
            {t("noteFor", { name: f.name })}
          </Label>
          <Input
            id={`note-${f.key}`}
            name={`note:${f.key}`}
            value={note}
            onChange={(e) => onNote(e.target.value)}
            maxLength={1000}
            readOnly={locked}
            enterKeyHint="next"
            placeholder={flags.length ? t("notePlaceholderRequired") : t("notePlaceholder")}
            className={cn("px-3 py-2", flags.length > 0 && !note.trim() && "border-amber-600")}
          />
        </div>
      )}
      {remarks.length > 0 && (
        <Notice id={remarkId} tone="warning" className="sm:col-span-3" data-testid={`remark-${f.key}`}>
          {remarks.map((r) => (
            <p key={r.id}>
              <span className="font-medium">{reviewRemarkLabel}</span> {r.body} <span className="text-xs text-amber-900">— {r.authorName}</span>
            </p>
          ))}
        </Notice>
      )}
    </div>
  );
}
