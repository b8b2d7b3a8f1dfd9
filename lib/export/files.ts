import "server-only";
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

export async function toXlsx(sheets: { name: string; headers: string[]; rows: Cell[][] }[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = book.addWorksheet(sheet.name);
    ws.addRow(sheet.headers.map(stripControlChars)).font = { bold: true };
    for (const row of sheet.rows) ws.addRow(row.map((c) => (typeof c === "string" ? xlsxText(c) : c)));
    ws.columns.forEach((col) => (col.width = 16));
  }
  return Buffer.from(await book.xlsx.writeBuffer());
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
