import Papa from "papaparse";
import { ImportError } from "./errors";
import { MAX_COLUMNS, MAX_CSV_FIELDS, MAX_ROWS } from "./limits";
import { columnsRefused, rowWidth, type RawTable } from "./table";

// CSV in UTF-8 (with or without the byte-order mark Excel writes); comma, semicolon or tab separated.

const decoder = new TextDecoder("utf-8", { fatal: true });

const DELIMITERS = [",", ";", "\t"];
const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Reads a CSV file. Stops at the row cap instead of reading on: a file of a million rows is refused
 * after fifty thousand. Row numbers are the records' numbers (the header is row 1, blank lines count),
 * as a spreadsheet numbers them.
 */
export function parseCsv(bytes: Uint8Array): RawTable {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new ImportError("not_utf8", "The CSV file is not UTF-8 text: save it as \"CSV UTF-8\".");
  }
  // Before the parser splits a record into one string per field: a header of a million names is
  // refused here, in one pass over the text, rather than built (three times, as the parser guesses the separator).
  if (DELIMITERS.some((d) => widestRecord(text, d, MAX_CSV_FIELDS) > MAX_CSV_FIELDS)) {
    throw new ImportError("too_many_columns", `A row has more than ${MAX_CSV_FIELDS} fields.`, { maxColumns: MAX_COLUMNS });
  }
  const table: RawTable = { format: "csv", header: null, rows: [], problems: [] };
  let record = 0;
  let tooMany = false;
  let tooWide: ImportError | null = null;
  Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: false,
    delimitersToGuess: DELIMITERS,
    step(result, parser) {
      record++;
      const width = rowWidth(result.data);
      if (width > MAX_COLUMNS) {
        tooWide = columnsRefused(record, width);
        parser.abort();
        return;
      }
      // Empty fields at the right of a wide record (a spreadsheet's CSV export writes its whole used range) are not kept.
      const cells = result.data.length > MAX_COLUMNS ? result.data.slice(0, width) : result.data;
      const blank = cells.every((c) => c.trim() === "");
      // "Quotes" errors: a quote left open swallows the rest of the file into one cell.
      if (result.errors.some((e) => e.type === "Quotes")) {
        table.problems.push({ row: record, column: null, cell: null, code: "malformed_row" });
      }
      if (blank) return;
      if (!table.header) {
        table.header = { row: record, cells };
        return;
      }
      if (table.rows.length >= MAX_ROWS) {
        tooMany = true;
        parser.abort();
        return;
      }
      table.rows.push({ row: record, cells });
    },
  });
  if (tooWide) throw tooWide;
  if (tooMany) throw new ImportError("too_many_rows", `The file has more than ${MAX_ROWS} rows.`, { maxRows: MAX_ROWS });
  return table;
}

/**
 * The most fields in one record of `text` when split at `delimiter`, counted as the parser splits
 * (a quote opens a quoted field only at the start of a field; "" inside it is a quote); stops
 * counting once a record passes `limit`.
 */
export function widestRecord(text: string, delimiter: string, limit: number): number {
  const d = delimiter.charCodeAt(0);
  let widest = 1;
  let fields = 1;
  let fieldStart = true;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (fieldStart && c === QUOTE) {
      i++;
      for (;;) {
        const close = text.indexOf('"', i);
        if (close < 0) return widest;
        if (text.charCodeAt(close + 1) === QUOTE) {
          i = close + 2;
          continue;
        }
        i = close + 1;
        break;
      }
      fieldStart = false;
    } else if (c === d) {
      fields++;
      if (fields > widest) {
        widest = fields;
        if (widest > limit) return widest;
      }
      fieldStart = true;
      i++;
    } else if (c === LF || c === CR) {
      fields = 1;
      fieldStart = true;
      i++;
    } else {
      fieldStart = false;
      i++;
    }
  }
  return widest;
}
