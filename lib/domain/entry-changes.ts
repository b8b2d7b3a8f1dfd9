import { parseNumberInput } from "./number-input";
import { yearOnYearChange, type IndicatorRule } from "./validation";

// What a save of the entry form would change, for the review step before it (docs/methodology.md
// §2.6): every value that differs from what is stored, with its change from last year.

export type EntryChange = {
  key: string;
  /** The stored value (null: none). */
  before: number | null;
  /** The value as typed (null: left empty, which removes a stored value). */
  after: number | null;
  /** The typed text is not a number: the save will refuse it. */
  invalid: boolean;
  /** The value is the same and only its note changed. */
  noteOnly: boolean;
  /** The new value's change from last year's stored value, in the indicator's kind (percent when it declares none). */
  yoy: { change: number; kind: "percent" | "points" } | null;
};

export type EntryChangeParams = {
  /** The entered indicators in the form's order. */
  rules: readonly Pick<IndicatorRule, "key" | "yoyKind" | "derivation">[];
  /** What is stored: each field's text and note as the form was opened. */
  stored: Record<string, { value: string; note: string }>;
  values: Record<string, string>;
  notes: Record<string, string>;
  previous: Record<string, number | undefined>;
};

export function listEntryChanges({ rules, stored, values, notes, previous }: EntryChangeParams): EntryChange[] {
  const changes: EntryChange[] = [];
  for (const rule of rules) {
    if (rule.derivation !== null) continue;
    const was = parseNumberInput(stored[rule.key]?.value ?? "");
    const before = was.ok ? was.value : null;
    const parsed = parseNumberInput(values[rule.key] ?? "");
    const after = parsed.ok ? parsed.value : null;
    const noteChanged = (notes[rule.key] ?? "").trim() !== (stored[rule.key]?.note ?? "").trim();
    const valueChanged = !parsed.ok || after !== before;
    if (!valueChanged && !noteChanged) continue;
    const kind = rule.yoyKind ?? "percent";
    const change = after === null ? null : yearOnYearChange(kind, after, previous[rule.key]);
    changes.push({
      key: rule.key,
      before,
      after,
      invalid: !parsed.ok,
      noteOnly: !valueChanged,
      yoy: change === null ? null : { change, kind },
    });
  }
  return changes;
}
