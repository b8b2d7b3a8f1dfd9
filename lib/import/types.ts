import type { Flag } from "@/lib/domain/validation";

// What POST /api/v1/import answers, shared by the route handler and the upload page.

export const IMPORT_MODES = ["dry-run", "commit"] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];
export type ImportFormat = "csv" | "xlsx";

export type ProblemCode =
  // the header row
  | "missing_column"
  | "unknown_column"
  | "duplicate_column"
  // one row
  | "malformed_row"
  | "required"
  | "unknown_area"
  | "area_not_active"
  | "not_your_area"
  | "not_selected_area"
  | "unknown_indicator"
  | "derived_not_importable"
  | "bad_year"
  | "not_a_number"
  | "out_of_hard_range"
  | "note_required"
  | "note_too_long"
  | "source_too_long"
  | "control_characters"
  | "sector_sum"
  | "sector_incomplete"
  | "duplicate_row"
  // one area-year
  | "year_submitted"
  | "year_approved"
  // a row of the targets sheet (the target form's checks: lib/validations/targets.ts, db/queries/targets.ts)
  | "unknown_period"
  | "invalid_kind"
  | "invalid_base_year"
  | "not_scored"
  | "relative_not_allowed"
  | "change_out_of_range"
  | "reason_too_long"
  | "duplicate_target"
  | "targets_not_allowed"
  | "period_closed"
  | "reason_required_closed"
  | "target_reason_required"
  | "reason_required_ambitious"
  | "reason_required_undemanding"
  | "target_locked"
  | "invalid";

export type ProblemParams = Record<string, string | number | null>;

/** One problem, at its spreadsheet row (the header is row 1) and column (its header name). */
export type ImportProblem = {
  /** The sheet of an .xlsx the row is on, when it is not the values sheet (the targets sheet). */
  sheet?: string;
  row: number;
  column: string | null;
  /** The column's letter, as a spreadsheet shows it (A, B, …). */
  cell: string | null;
  code: ProblemCode;
  params?: ProblemParams;
};

/** A computed indicator's row equal to what the product computes: skipped, and said so. */
export type ImportComputedRow = { row: number; area: string; indicator: string; year: number; value: number };

/** A value accepted with a flag (outside the usual range, or a large change from last year): it needs a note. */
export type ImportFlag = { row: number; area: string; indicator: string; year: number; flag: Flag };

export type ImportSummary = {
  /** Data rows with a value. */
  rows: number;
  /** Rows left without a value: skipped, nothing is removed. */
  skipped: number;
  areaYears: number;
  /** Values that differ from what is stored (dry run: would change; commit: changed). */
  changed: number;
  unchanged: number;
  /** Values with at least one flag. */
  flagged: number;
  /** Rows of computed indicators equal to what the product computes: skipped, neither written nor a problem. */
  computed: number;
  problems: number;
};

/** A row of the targets sheet that sets a target or changes one (a row equal to the stored target is only counted). */
export type ImportTargetLine = {
  sheet: string;
  row: number;
  area: string;
  indicator: string;
  period: string;
  kind: "absolute" | "change_pct" | "annual_growth";
  value: number;
  baseYear: number;
  targetYear: number;
  /** The stored target it replaces; null: a new one. */
  before: { kind: string; value: number; baseYear: number } | null;
};

/** The targets sheet of an .xlsx (absent from a CSV, or from a workbook without one: all zero, sheet null). */
export type ImportTargets = {
  sheet: string | null;
  /** Rows with a value. */
  rows: number;
  /** Rows left without a value: skipped, no target is removed. */
  skipped: number;
  /** Targets that differ from what is stored (dry run: would change; commit: changed). */
  changed: number;
  unchanged: number;
  lines: ImportTargetLine[];
};

export type ImportResult = {
  ok: boolean;
  mode: ImportMode;
  committed: boolean;
  file: { name: string; format: ImportFormat; bytes: number };
  summary: ImportSummary;
  problems: ImportProblem[];
  flags: ImportFlag[];
  computed: ImportComputedRow[];
  targets: ImportTargets;
  /** More problems, flags, computed rows or target lines exist than are listed. */
  truncated: { problems: boolean; flags: boolean; computed: boolean; targets: boolean };
};

/** Why a whole upload was refused before any row was checked (error.reason in the JSON error). */
export type ImportErrorReason =
  | "not_multipart"
  | "malformed_upload"
  | "no_file"
  | "empty_file"
  | "file_too_large"
  | "too_many_rows"
  | "too_many_columns"
  | "unsupported_type"
  | "unreadable_file"
  | "not_utf8"
  | "no_rows";

export type ApiErrorBody = { error: { code: string; message: string; reason?: ImportErrorReason } & Record<string, unknown> };
