import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { ImportError } from "./errors";
import { TARGETS_SHEET } from "./columns";
import { MAX_COLUMNS, MAX_ROWS } from "./limits";
import { columnsRefused, isBlank, rowWidth, type RawCell, type RawTable } from "./table";
import { entriesAreSound, entriesForSheetReader, inspectZip, recordsOf, type ZipEntry } from "./zip";

// The first worksheet of an .xlsx file (the values) and the targets sheet when there is one, read as a
// stream: the row and column caps stop the reading, so a huge or very wide sheet is refused without
// being held in memory.

/** exceljs cell values → text or number. Formulas count by their stored result; dates, booleans and errors as text. */
export function cellValue(value: unknown): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "?" : value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    const v = value as { result?: unknown; formula?: unknown; sharedFormula?: unknown; richText?: { text?: unknown }[]; text?: unknown; error?: unknown };
    if ("formula" in v || "sharedFormula" in v) return cellValue(v.result);
    if (Array.isArray(v.richText)) return v.richText.map((part) => String(part.text ?? "")).join("");
    if (typeof v.text === "string") return v.text;
    if (typeof v.error === "string") return v.error;
  }
  return String(value);
}

/** The values (the first sheet) and the targets sheet ("目标 Targets"), null when the workbook has none. */
export type XlsxBook = { values: RawTable; targets: RawTable | null };

export async function parseXlsx(bytes: Uint8Array): Promise<RawTable> {
  return (await parseXlsxBook(bytes)).values;
}

export async function parseXlsxBook(bytes: Uint8Array): Promise<XlsxBook> {
  const zip = inspectZip(bytes);
  if (!zip.ok) {
    if (zip.reason === "too_large") throw new ImportError("file_too_large", "The workbook unpacks to more than a spreadsheet of this kind can hold.");
    throw new ImportError("unreadable_file", zip.reason === "truncated" ? "The .xlsx file is incomplete (truncated)." : "The file is not a readable .xlsx workbook.");
  }
  const needed = entriesForSheetReader(zip.entries);
  if (!needed.some((e) => e.name.startsWith("xl/worksheets/")) || !entriesAreSound(bytes, needed)) {
    throw new ImportError("unreadable_file", "The .xlsx file could not be read: it is damaged or not a workbook.");
  }
  try {
    return await withTimeout(readSheets(bytes, needed), READ_TIMEOUT_MS);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError("unreadable_file", "The .xlsx file could not be read: it is damaged or not a workbook.");
  }
}

// A last guard: a file the checks above let through but the reader cannot finish is refused, not waited on.
const READ_TIMEOUT_MS = 30_000;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("timed out")), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

async function readSheets(bytes: Uint8Array, entries: ZipEntry[]): Promise<XlsxBook> {
  const values: RawTable = { format: "xlsx", header: null, rows: [], problems: [] };
  let targets: RawTable | null = null;
  let valuesRead = false;
  // One cap for the rows of both sheets.
  let rowCount = 0;
  let tooMany = false;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(recordsOf(bytes, entries)), {
    worksheets: "emit",
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "ignore",
    entries: "ignore",
  });
  for await (const sheet of reader) {
    // The values are the first tab, as the workbook lists its sheets; when it does not, the first sheet found.
    const first = (reader as unknown as { model?: { sheets?: { name?: string }[] } }).model?.sheets?.[0]?.name;
    const name = (sheet as unknown as { name?: string }).name;
    const isValues = !valuesRead && (first === undefined || name === first);
    const isTargets = !isValues && targets === null && name?.trim() === TARGETS_SHEET;
    if (!isValues && !isTargets) continue;
    const table: RawTable = isValues ? values : { format: "xlsx", header: null, rows: [], problems: [] };
    for await (const row of sheet) {
      // Sparse: one value in column XFD makes an array of length 16,385 with one element.
      const rawCells = Array.isArray(row.values) ? row.values : [];
      const width = rowWidth(rawCells) - 1;
      if (width > MAX_COLUMNS) throw columnsRefused(row.number, width);
      const cells: RawCell[] = [];
      for (let i = 1; i <= width; i++) cells.push(cellValue(rawCells[i]));
      if (cells.every(isBlank)) continue;
      if (!table.header) {
        table.header = { row: row.number, cells };
        continue;
      }
      if (rowCount >= MAX_ROWS) {
        tooMany = true;
        break;
      }
      rowCount++;
      table.rows.push({ row: row.number, cells });
    }
    if (tooMany) break;
    if (isValues) valuesRead = true;
    else targets = table;
    // Nothing further is read once both are (or, when the values come last, once they are).
    if (valuesRead && (targets !== null || first === undefined)) break;
  }
  if (tooMany) throw new ImportError("too_many_rows", `The file has more than ${MAX_ROWS} rows.`, { maxRows: MAX_ROWS });
  return { values, targets };
}
