import { z } from "zod";
import { OFFICIAL_RESULTS, SOURCE_KINDS } from "@/lib/domain/enums";
import { areaCodeSchema, integerField, YEAR_MAX } from "@/lib/validations/values";
import { freeText } from "./text";

// A published result of the national evaluation, as an evaluator records it: the year, the city (or
// the area as a whole), the grade or commendation, and the source it was read in. One schema, shared
// by the form and the server action.

export type OfficialResultValue = (typeof OFFICIAL_RESULTS)[number];
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** The first evaluation the national bodies published covers 2017. */
export const OFFICIAL_RESULT_YEAR_MIN = 2017;
export const OFFICIAL_TEXT_MAX_LENGTH = 300;
export const OFFICIAL_NOTE_MAX_LENGTH = 2000;
export const SOURCE_URL_MAX_LENGTH = 2000;

const blankToEmpty = (v: unknown) => (v === null || v === undefined ? "" : v);

const optionalText = (max: number) => z.preprocess(blankToEmpty, freeText({ error: "invalid" }).trim().max(max, { error: "too_long" }));

/** Whether the text is an absolute http(s) address. */
export function isHttpUrl(text: string): boolean {
  if (!/^https?:\/\//i.test(text)) return false;
  try {
    const url = new URL(text);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

const sourceUrlSchema = z.preprocess(
  blankToEmpty,
  freeText({ error: "invalid" })
    .trim()
    .min(1, { error: "source_url_required" })
    .max(SOURCE_URL_MAX_LENGTH, { error: "too_long" })
    // An empty address is told once, as missing.
    .refine((s) => s === "" || isHttpUrl(s), { error: "source_url_invalid" }),
);

export const officialResultSchema = z
  .strictObject({
    areaCode: areaCodeSchema,
    // Not a year still to come: a result is recorded once it is published.
    year: integerField(OFFICIAL_RESULT_YEAR_MIN, YEAR_MAX, "invalid_year").refine((y) => y <= new Date().getFullYear(), { error: "invalid_year" }),
    /** The member city's position in the area's list; null = the area as a whole. */
    city: z.preprocess((v) => (v === "" || v === null || v === undefined ? null : v), z.coerce.number({ error: "invalid_city" }).int({ error: "invalid_city" }).min(0, { error: "invalid_city" }).max(999, { error: "invalid_city" }).nullable()),
    result: z.enum(OFFICIAL_RESULTS, { error: "invalid_result" }),
    fieldZh: optionalText(OFFICIAL_TEXT_MAX_LENGTH),
    fieldEn: optionalText(OFFICIAL_TEXT_MAX_LENGTH),
    sourceTitle: z.preprocess(blankToEmpty, freeText({ error: "invalid" }).trim().min(1, { error: "source_title_required" }).max(OFFICIAL_TEXT_MAX_LENGTH, { error: "too_long" })),
    sourceUrl: sourceUrlSchema,
    sourceKind: z.enum(SOURCE_KINDS, { error: "invalid_source_kind" }),
    noteZh: optionalText(OFFICIAL_NOTE_MAX_LENGTH),
    noteEn: optionalText(OFFICIAL_NOTE_MAX_LENGTH),
  })
  .superRefine((v, ctx) => {
    const hasField = v.fieldZh !== "" || v.fieldEn !== "";
    // A commendation is always in a named field; a grade has none, so a field typed with one would be lost.
    if (v.result === "commendation" && !hasField) ctx.addIssue({ code: "custom", path: ["fieldZh"], message: "field_required" });
    if (v.result !== "commendation" && hasField) ctx.addIssue({ code: "custom", path: ["fieldZh"], message: "field_only_commendation" });
  });

export type OfficialResultInput = z.output<typeof officialResultSchema>;

export const OFFICIAL_RESULT_FIELDS = ["areaCode", "year", "city", "result", "fieldZh", "fieldEn", "sourceTitle", "sourceUrl", "sourceKind", "noteZh", "noteEn"] as const;

/** Reads the form's fields; any other field is ignored. */
export function officialResultFromFormData(fd: FormData): unknown {
  return Object.fromEntries(OFFICIAL_RESULT_FIELDS.map((f) => [f, fd.get(f)]));
}
