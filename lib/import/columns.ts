// The columns of the import file ("long" format: one value per row) and of the template and export.

/** Read by the import. */
export const IMPORT_COLUMNS = ["area_code", "indicator_key", "year", "value", "note", "source"] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
export const REQUIRED_COLUMNS: readonly ImportColumn[] = ["area_code", "indicator_key", "year", "value"];

/** Written by the template and the export for people to read, and ignored by the import. */
export const READ_ONLY_COLUMNS = ["area_name_zh", "area_name_en", "name_zh", "name_en", "unit_zh", "unit_en", "flagged", "demo"] as const;

export const TEMPLATE_HEADERS = ["area_code", "indicator_key", "name_zh", "name_en", "unit_zh", "unit_en", "year", "value", "note", "source"];
export const EXPORT_HEADERS = [
  "area_code",
  "area_name_zh",
  "area_name_en",
  "indicator_key",
  "name_zh",
  "name_en",
  "unit_zh",
  "unit_en",
  "year",
  "value",
  "note",
  "source",
  "flagged",
  "demo",
];

/** Sheet names of the .xlsx files: the values come first, the import reads the first sheet. */
export const VALUES_SHEET = "数据 Values";
export const DEFINITIONS_SHEET = "指标说明 Indicators";
export const TARGETS_SHEET = "目标 Targets";

/** The targets sheet of an export: each target with its plan period (`fyp14`, `fyp15`), kind and base year. */
export const TARGET_HEADERS = ["area_code", "indicator_key", "name_zh", "name_en", "unit_zh", "unit_en", "period", "kind", "value", "base_year", "target_year", "reason", "demo"];
/** The targets sheet of the .xlsx template: the export's columns without `demo`. */
export const TARGET_TEMPLATE_HEADERS = TARGET_HEADERS.filter((h) => h !== "demo");

/** Read by the import from a targets sheet (an export's or the template's). */
export const TARGET_IMPORT_COLUMNS = ["area_code", "indicator_key", "period", "kind", "value", "base_year", "reason"] as const;
export type TargetImportColumn = (typeof TARGET_IMPORT_COLUMNS)[number];
export const TARGET_REQUIRED_COLUMNS: readonly TargetImportColumn[] = ["area_code", "indicator_key", "period", "kind", "value"];
/** Written for people to read in a targets sheet, and ignored by the import (the target year is the period's). */
export const TARGET_READ_ONLY_COLUMNS = ["name_zh", "name_en", "unit_zh", "unit_en", "target_year", "demo"] as const;

/** 0 → A, 25 → Z, 26 → AA: the column letters a spreadsheet shows. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
