import { ImportError } from "./errors";
import { MAX_COLUMNS, MAX_REPORTED } from "./limits";
import { columnLetter, IMPORT_COLUMNS, READ_ONLY_COLUMNS, REQUIRED_COLUMNS, type ImportColumn } from "./columns";
import type { ImportFormat, ImportProblem } from "./types";

// A parsed sheet (CSV or the first worksheet of an .xlsx), before any meaning is given to it.

export type RawCell = string | number | null;
export type RawRow = { row: number; cells: RawCell[] };
export type RawTable = {
  format: ImportFormat;
  /** The first row that is not blank, and its spreadsheet row number. */
  header: RawRow | null;
  rows: RawRow[];
  /** Rows the parser itself could not read (a CSV quote left open). */
  problems: ImportProblem[];
};

/** One data row with a value, its cells picked by column; everything else is checked later. */
export type RawImportRow = {
  row: number;
  area: RawCell;
  indicator: RawCell;
  year: RawCell;
  value: RawCell;
  note: RawCell;
  source: RawCell;
};

export type ImportRows = {
  rows: RawImportRow[];
  /** Data rows whose value cell is empty: skipped, never a removal. */
  skipped: number;
  /** Problems of the header row (the first MAX_REPORTED); when one is a missing column no row is read. */
  problems: ImportProblem[];
  /** All of them, listed or not. */
  problemCount: number;
  /** Where each column is (for a problem's cell letter). */
  letters: Partial<Record<ImportColumn, string>>;
};

export function isBlank(cell: RawCell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

/**
 * How many columns a row spans: up to its rightmost cell that is not blank. `cells` may be sparse
 * (a spreadsheet row with one value in column XFD): only the cells present are looked at.
 */
export function rowWidth(cells: readonly unknown[]): number {
  const blank = (cell: unknown) => cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
  if (cells.length <= 2 * MAX_COLUMNS) {
    for (let i = cells.length - 1; i >= 0; i--) if (!blank(cells[i])) return i + 1;
    return 0;
  }
  const present = Object.keys(cells);
  for (let k = present.length - 1; k >= 0; k--) {
    const i = Number(present[k]);
    if (Number.isInteger(i) && !blank(cells[i])) return i + 1;
  }
  return 0;
}

/** The refusal of a row wider than MAX_COLUMNS: where it is, so that the person can find the stray cell. */
export function columnsRefused(row: number, width: number): ImportError {
  const column = columnLetter(width - 1);
  return new ImportError("too_many_columns", `Row ${row} has a value in column ${column}: at most ${MAX_COLUMNS} columns are read.`, {
    maxColumns: MAX_COLUMNS,
    row,
    column,
  });
}

const normaliseHeader = (cell: RawCell | undefined) => String(cell ?? "").replace(/^\uFEFF/, "").trim().toLowerCase();

type HeaderMap<C extends string> = {
  index: Partial<Record<C, number>>;
  letters: Partial<Record<C, string>>;
  /** Whether every required column is there (otherwise no row can be read). */
  complete: boolean;
};

/**
 * Maps a sheet's header to its known columns (case and surrounding spaces do not matter). An unknown
 * or repeated column is a problem, and so is a required one missing; columns with an empty header are
 * ignored, as spreadsheets often carry empty formatted columns at the right.
 */
export function mapHeader<C extends string>(
  table: RawTable,
  columns: { read: readonly C[]; readOnly: readonly string[]; required: readonly C[] },
  report: (problem: ImportProblem) => void,
): HeaderMap<C> {
  const index: Partial<Record<C, number>> = {};
  const letters: Partial<Record<C, string>> = {};
  const headerRow = table.header?.row ?? 1;
  const seen = new Set<string>();
  (table.header?.cells ?? []).forEach((cell, i) => {
    const name = normaliseHeader(cell);
    if (name === "") return;
    const at = { row: headerRow, column: name.slice(0, 64), cell: columnLetter(i) };
    if (seen.has(name)) {
      report({ ...at, code: "duplicate_column" });
      return;
    }
    seen.add(name);
    if ((columns.read as readonly string[]).includes(name)) {
      index[name as C] = i;
      letters[name as C] = columnLetter(i);
    } else if (!columns.readOnly.includes(name)) {
      report({ ...at, code: "unknown_column" });
    }
  });
  for (const column of columns.required) {
    if (index[column] === undefined) report({ row: headerRow, column, cell: null, code: "missing_column" });
  }
  return { index, letters, complete: columns.required.every((c) => index[c] !== undefined) };
}

/** Problems listed up to what an answer reports, and counted to the end. */
export function problemList() {
  const problems: ImportProblem[] = [];
  let count = 0;
  return {
    problems,
    get count() {
      return count;
    },
    report(problem: ImportProblem) {
      count++;
      if (problems.length < MAX_REPORTED) problems.push(problem);
    },
  };
}

/** Maps the header to the import's columns (mapHeader), then picks each data row's cells. */
export function tableToRows(table: RawTable): ImportRows {
  const list = problemList();
  table.problems.forEach(list.report);
  const { index, letters, complete } = mapHeader(table, { read: IMPORT_COLUMNS, readOnly: READ_ONLY_COLUMNS, required: REQUIRED_COLUMNS }, list.report);
  if (!complete) return { rows: [], skipped: 0, problems: list.problems, problemCount: list.count, letters };

  const pick = (cells: RawCell[], column: ImportColumn): RawCell => {
    const i = index[column];
    return i === undefined ? null : (cells[i] ?? null);
  };
  const rows: RawImportRow[] = [];
  let skipped = 0;
  for (const { row, cells } of table.rows) {
    if (cells.every(isBlank)) continue;
    const value = pick(cells, "value");
    if (isBlank(value)) {
      skipped++;
      continue;
    }
    rows.push({
      row,
      area: pick(cells, "area_code"),
      indicator: pick(cells, "indicator_key"),
      year: pick(cells, "year"),
      value,
      note: pick(cells, "note"),
      source: pick(cells, "source"),
    });
  }
  return { rows, skipped, problems: list.problems, problemCount: list.count, letters };
}
