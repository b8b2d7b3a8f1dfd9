"use client";

import type { Ref } from "react";
import type { Flag } from "@/lib/domain/validation";
import type { EntryProblem } from "@/lib/validations/values";
import { FieldLink } from "./field-link";
import { useEntryTexts, type FieldLabel } from "./entry-texts";

type Props = {
  /** The refused save's problems by indicator, in the form's order. */
  problems: [key: string, problems: EntryProblem[]][];
  /** The flags of the values the save was refused with: a missing note names what is unusual. */
  flags: Record<string, Flag[]>;
  labels: Map<string, FieldLabel>;
  locale: string;
  ref?: Ref<HTMLDivElement>;
};

/** The field a problem is fixed in: a missing note in its note box, anything else in the value box. */
export function fieldIdOf(key: string, problem: EntryProblem): string {
  return problem.code === "note_required" || problem.code === "note_too_long" || problem.code === "control_characters" ? `note-${key}` : `value-${key}`;
}

/**
 * Every problem of a refused save at once, each a link to its field, so that one pass fixes them
 * all. Focus moves here when a save is refused (the form does that through the ref).
 */
export function SaveProblems({ problems, flags, labels, locale, ref }: Props) {
  const { t, problemText } = useEntryTexts(locale);
  // Most sentences name their indicator; the others (the sector shares' sum) get the name in front.
  const named = (text: string, name: string) => (text.includes(name) ? text : t("saveProblems.named", { name, problem: text }));
  if (problems.length === 0) return null;
  const count = problems.reduce((n, [, list]) => n + list.length, 0);
  return (
    <div ref={ref} tabIndex={-1} className="mt-2 outline-none" data-testid="save-problems">
      <p className="font-medium">{t("saveProblems.heading", { count })}</p>
      <ul className="mt-1 list-disc space-y-0.5 pl-5">
        {problems.flatMap(([key, list]) => {
          const f = labels.get(key) ?? { key, name: key, unit: "", decimals: 2 };
          return list.map((p, i) => {
            const id = fieldIdOf(key, p);
            return (
              <li key={`${key}-${i}`} data-key={key}>
                <FieldLink fieldId={id}>{named(problemText(p, f, flags[key]), f.name)}</FieldLink>
              </li>
            );
          });
        })}
      </ul>
    </div>
  );
}
