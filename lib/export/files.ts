import "server-only";
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { stripControlChars } from "@/lib/validations/text";

// Tables to downloadable files. Text cells that a spreadsheet would run as a formula are neutralised;
// in .xlsx, control characters (which its XML cannot hold) are dropped.

export type Cell = string | number | null;

/** CSV with a byte-order mark, so that Excel opens the Chinese text as UTF-8. */
export function toCsv(headers: string[], rows: Cell[][]): string {
  return "\uFEFF" + Papa.unparse({ fields: headers, data: rows.map((r) => r.map((c) => c ?? "")) }, { escapeFormulae: true });
}

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Written row by row with ExcelJS's streaming writer: a workbook held whole took about 13 KB of heap a
 * row (every value of the 40 demo areas, 28,000 rows: 360 MB, past the server's heap limit), the
 * streaming writer a few MB whatever the number of rows.
 */
export async function toXlsx(sheets: { name: string; headers: string[]; rows: Cell[][] }[]): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (chunk: Buffer) => chunks.push(chunk));
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true });
  for (const sheet of sheets) {
    const ws = book.addWorksheet(sheet.name);
    ws.columns = sheet.headers.map(() => ({ width: 16 }));
    const header = ws.addRow(sheet.headers.map(stripControlChars));
    header.font = { bold: true };
    header.commit();
    for (const row of sheet.rows) ws.addRow(row.map((c) => (typeof c === "string" ? xlsxText(c) : c))).commit();
    ws.commit();
  }
  await book.commit();
  return Buffer.concat(chunks);
}

function xlsxText(text: string): string {
  const clean = stripControlChars(text);
  return FORMULA_START.test(clean) ? `'${clean}` : clean;
}

export function fileResponse(body: string | Buffer, type: string, fileName: string): Response {
  return new Response(typeof body === "string" ? body : new Uint8Array(body), {
    headers: {
      "Content-Type": type,
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
    },
  });
}
