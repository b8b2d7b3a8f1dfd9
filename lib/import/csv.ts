import Papa from "papaparse";
import { ImportError } from "./errors";
import { MAX_ROWS } from "./limits";
import type { RawTable } from "./table";

// CSV in UTF-8 (with or without the byte-order mark Excel writes); comma, semicolon or tab separated.

const decoder = new TextDecoder("utf-8", { fatal: true });

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
  const table: RawTable = { format: "csv", header: null, rows: [], problems: [] };
  let record = 0;
  let tooMany = false;
  Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: false,
    delimitersToGuess: [",", ";", "\t"],
    step(result, parser) {
      record++;
      const cells = result.data;
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
  if (tooMany) throw new ImportError("too_many_rows", `The file has more than ${MAX_ROWS} rows.`, { maxRows: MAX_ROWS });
  return table;
}
