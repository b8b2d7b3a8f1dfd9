import type { TargetRule } from "@/lib/domain/validation";
import { REASON_MAX_LENGTH, validateTarget, type TargetEntry, type TargetField, type TargetFieldProblem } from "@/lib/validations/targets";
import { cellText } from "./check";
import { TARGET_IMPORT_COLUMNS, TARGET_READ_ONLY_COLUMNS, TARGET_REQUIRED_COLUMNS, type TargetImportColumn } from "./columns";
import { MAX_QUOTED_CHARS } from "./limits";
import { isBlank, mapHeader, type RawCell, type RawTable } from "./table";
import type { ImportProblem, ProblemCode, ProblemParams } from "./types";

// The targets sheet of an .xlsx, without I/O: its header, and each row read as the target form reads
// its fields (the same schema and the indicator's domain check: validateTarget). What the row may
// change (scope, period open, reason, lock) is asked of the database by db/queries/import-targets.ts.

export type RawTargetRow = { row: number; cells: Record<TargetImportColumn, RawCell> };

export type TargetSheet = {
  sheet: string;
  /** Data rows with a value; rows without one are skipped and never remove a target. */
  rows: RawTargetRow[];
  skipped: number;
  letters: Partial<Record<TargetImportColumn, string>>;
};

/** Maps the sheet's header (a missing, unknown or repeated column is a problem, reported with the sheet's name) and picks each row's cells. */
export function targetSheetRows(table: RawTable, sheet: string, report: (problem: ImportProblem) => void): TargetSheet {
  const onSheet = (problem: ImportProblem) => report({ sheet, ...problem });
  const { index, letters, complete } = mapHeader(table, { read: TARGET_IMPORT_COLUMNS, readOnly: TARGET_READ_ONLY_COLUMNS, required: TARGET_REQUIRED_COLUMNS }, onSheet);
  if (!complete) return { sheet, rows: [], skipped: 0, letters };
  const rows: RawTargetRow[] = [];
  let skipped = 0;
  for (const { row, cells } of table.rows) {
    if (cells.every(isBlank)) continue;
    const picked = Object.fromEntries(TARGET_IMPORT_COLUMNS.map((c) => [c, index[c] === undefined ? null : (cells[index[c]] ?? null)])) as Record<TargetImportColumn, RawCell>;
    if (isBlank(picked.value)) {
      skipped++;
      continue;
    }
    rows.push({ row, cells: picked });
  }
  return { sheet, rows, skipped, letters };
}

export const FIELD_COLUMN: Record<TargetField, TargetImportColumn> = {
  areaCode: "area_code",
  indicatorKey: "indicator_key",
  period: "period",
  kind: "kind",
  value: "value",
  baseYear: "base_year",
  reason: "reason",
};

export type TargetRowProblem = { column: TargetImportColumn | null; code: ProblemCode; params?: ProblemParams };

const quote = (text: string) => (text.length > MAX_QUOTED_CHARS ? `${text.slice(0, MAX_QUOTED_CHARS)}…` : text);

/** A number cell as the form's text field would hold it; text as it is (the form's number parsing reads it). */
const asText = (cell: RawCell) => (typeof cell === "number" ? String(cell) : cellText(cell));

/** The form's problem of one field as an import problem at its column. */
function rowProblem(field: TargetField, problem: TargetFieldProblem, input: Record<TargetField, string>): TargetRowProblem {
  const column = FIELD_COLUMN[field];
  const value = quote(input[field]);
  const indicator = input.indicatorKey;
  switch (problem.code) {
    case "invalid_area":
      return { column, code: "unknown_area", params: { value } };
    case "out_of_hard_range":
      return { column, code: "out_of_hard_range", params: { min: problem.min, max: problem.max, indicator } };
    case "change_out_of_range":
      return { column, code: "change_out_of_range", params: { min: problem.min, max: problem.max } };
    case "not_scored":
    case "relative_not_allowed":
      return { column, code: problem.code, params: { indicator } };
    case "reason_too_long":
      return { column, code: problem.code, params: { max: REASON_MAX_LENGTH } };
    case "unknown_indicator":
    case "invalid_kind":
    case "not_a_number":
    case "invalid_base_year":
    case "unknown_period":
      return { column, code: problem.code, params: { value } };
    case "required":
    case "control_characters":
      return { column, code: problem.code };
    default:
      return { column, code: "invalid", params: { value } };
  }
}

/**
 * One row of the targets sheet through the target form's schema and domain check. Codes, kinds and
 * periods are read case-insensitively, as the values sheet reads its codes; a blank base year is the
 * period's (filled in by the caller, as the form's server does).
 */
export function parseTargetRow(rules: readonly (TargetRule & { key: string })[], r: RawTargetRow): { ok: true; target: TargetEntry } | { ok: false; problems: TargetRowProblem[] } {
  const input: Record<TargetField, string> = {
    areaCode: cellText(r.cells.area_code).toLowerCase(),
    indicatorKey: cellText(r.cells.indicator_key).toLowerCase(),
    period: cellText(r.cells.period).toLowerCase(),
    kind: cellText(r.cells.kind).toLowerCase(),
    value: asText(r.cells.value),
    baseYear: asText(r.cells.base_year),
    reason: cellText(r.cells.reason),
  };
  const result = validateTarget(rules, input);
  if (result.ok) return result;
  const problems: TargetRowProblem[] = [];
  for (const [field, found] of Object.entries(result.fieldErrors) as [TargetField, TargetFieldProblem[]][]) {
    for (const problem of found) problems.push(rowProblem(field, problem, input));
  }
  if (problems.length === 0) problems.push({ column: null, code: "invalid", params: { value: "" } });
  return { ok: false, problems };
}
