import { z } from "zod";
import { NUMBER_INPUT_MAX_LENGTH, parseNumberInput } from "@/lib/domain/number-input";
import { YEAR_BOUNDS } from "@/lib/domain/plan";
import { checkEntry, type FieldProblem, type Flag, type IndicatorRule } from "@/lib/domain/validation";
import { CONTROL_CHARACTERS_ERROR, freeText } from "./text";

// The one schema for an area's yearly values, used by the entry form (live) and the server action.

export const YEAR_MIN = YEAR_BOUNDS.min;
export const YEAR_MAX = YEAR_BOUNDS.max;
export const NOTE_MAX_LENGTH = 1000;
export const SOURCE_MAX_LENGTH = 200;

export const areaCodeSchema = z.string().regex(/^[a-z0-9-]{2,64}$/, { error: "invalid_area" });
// Starts with a letter or digit: never "__proto__" or another name JavaScript objects treat specially.
export const indicatorKeySchema = z.string().regex(/^[a-z0-9][a-z0-9_]{1,63}$/, { error: "unknown_indicator" });

/** Typed text → number, or null when left empty. The issue message is the code the UI translates. */
export const numberTextSchema = z
  .string({ error: "not_a_number" })
  .max(NUMBER_INPUT_MAX_LENGTH, { error: "not_a_number" })
  .transform((raw, ctx) => {
    const parsed = parseNumberInput(raw);
    if (parsed.ok) return parsed.value;
    ctx.addIssue({ code: "custom", message: "not_a_number" });
    return z.NEVER;
  });

export const valueEntrySchema = z.object({
  value: numberTextSchema,
  note: freeText().trim().max(NOTE_MAX_LENGTH, { error: "note_too_long" }).default(""),
});

/** Form fields arrive as "" when left empty and FormData.get gives null when absent. */
export function blankToUndefined(v: unknown): unknown {
  return v === "" || v === null ? undefined : v;
}

/**
 * A whole number from a form field or JSON. A blank or missing field is an error rather than 0:
 * z.coerce alone would read "" and null as 0, a real version number.
 */
export function integerField(min: number, max: number, error: string) {
  return z.preprocess(blankToUndefined, z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error }));
}

export const yearEntrySchema = z.strictObject({
  areaCode: areaCodeSchema,
  year: integerField(YEAR_MIN, YEAR_MAX, "invalid_year"),
  // The area-year's version when the form was opened; the server refuses a stale one.
  version: integerField(0, Number.MAX_SAFE_INTEGER, "invalid_version"),
  // Where this year's figures come from (statistical bulletin, yearbook); stored on each value.
  source: freeText().trim().max(SOURCE_MAX_LENGTH, { error: "source_too_long" }).default(""),
  values: z.record(indicatorKeySchema, valueEntrySchema),
});

export type YearEntryInput = z.input<typeof yearEntrySchema>;
export type YearEntry = z.output<typeof yearEntrySchema>;

/**
 * Reads the entry form: `areaCode`, `year`, `version`, `source`, and `value:<key>` / `note:<key>` per
 * indicator. Other fields (such as those React adds to server-action forms) are ignored. A note
 * without its value field counts as "not reported".
 */
export function yearEntryFromFormData(fd: FormData): unknown {
  // Field names come from the request: without a prototype, a field named "value:__proto__" is just
  // an unknown indicator (refused by the schema) rather than a write to Object.prototype.
  const values: Record<string, { value?: unknown; note?: unknown }> = Object.create(null);
  for (const [name, field] of fd.entries()) {
    const colon = name.indexOf(":");
    if (colon < 0) continue;
    const prefix = name.slice(0, colon);
    const key = name.slice(colon + 1);
    if (prefix === "value") (values[key] ??= {}).value = field;
    else if (prefix === "note") (values[key] ??= {}).note = field;
  }
  for (const entry of Object.values(values)) entry.value ??= "";
  const source = fd.get("source") ?? undefined;
  return { areaCode: fd.get("areaCode"), year: fd.get("year"), version: fd.get("version"), source, values };
}

export type EntryProblem = FieldProblem | { code: "note_too_long" } | { code: typeof CONTROL_CHARACTERS_ERROR };
export type YearEntryFormError = "invalid_form" | "unknown_indicator" | typeof CONTROL_CHARACTERS_ERROR;

export type YearEntryResult =
  | { ok: true; entry: YearEntry; flags: Record<string, Flag[]> }
  | { ok: false; fieldErrors: Record<string, EntryProblem[]>; formError?: YearEntryFormError };

/**
 * Parses and checks one area-year. All problems are reported at once: a mistyped number in one
 * field does not hide a range error in another.
 */
export function validateYearEntry(
  rules: readonly IndicatorRule[],
  previous: Record<string, number | undefined>,
  raw: unknown,
): YearEntryResult {
  const known = new Set(rules.map((r) => r.key));
  const parsed = yearEntrySchema.safeParse(raw);
  const fieldErrors: Record<string, EntryProblem[]> = {};
  let formError: YearEntryFormError | undefined;
  let entries: Record<string, { value: number | null; note: string }>;

  if (parsed.success) {
    entries = parsed.data.values;
  } else {
    for (const issue of parsed.error.issues) {
      const [root, key, field] = issue.path;
      if (root === "values" && typeof key === "string" && known.has(key) && (field === "value" || field === "note")) {
        const problem: EntryProblem =
          field === "value" ? { code: "not_a_number" } : issue.message === CONTROL_CHARACTERS_ERROR ? { code: CONTROL_CHARACTERS_ERROR } : { code: "note_too_long" };
        (fieldErrors[key] ??= []).push(problem);
      } else if (root === "source" && issue.message === CONTROL_CHARACTERS_ERROR) {
        formError ??= CONTROL_CHARACTERS_ERROR;
      } else {
        formError = "invalid_form";
      }
    }
    entries = parseEntriesSeparately(raw, fieldErrors);
  }

  // Checked on the keys as sent too: the schema's output silently drops a key such as "__proto__".
  const sent = raw && typeof raw === "object" && "values" in raw && raw.values && typeof raw.values === "object" ? Object.keys(raw.values) : [];
  if ([...Object.keys(entries), ...sent].some((key) => !known.has(key))) formError = "unknown_indicator";

  const { errors, flags } = checkEntry(rules, entries, previous);
  for (const [key, problems] of Object.entries(errors)) (fieldErrors[key] ??= []).push(...problems);

  if (parsed.success && !formError && Object.keys(fieldErrors).length === 0) {
    return { ok: true, entry: parsed.data, flags };
  }
  return formError ? { ok: false, fieldErrors, formError } : { ok: false, fieldErrors };
}

// When the whole form fails to parse, the values that did parse still get their domain checks.
function parseEntriesSeparately(raw: unknown, fieldErrors: Record<string, EntryProblem[]>) {
  const entries: Record<string, { value: number | null; note: string }> = {};
  const values = raw && typeof raw === "object" && "values" in raw ? raw.values : undefined;
  if (!values || typeof values !== "object") return entries;
  for (const [key, item] of Object.entries(values)) {
    if (fieldErrors[key]) continue;
    const result = valueEntrySchema.safeParse(item);
    if (result.success) entries[key] = result.data;
  }
  return entries;
}
