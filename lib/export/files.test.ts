import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parseXlsx } from "@/lib/import/xlsx";
import { toXlsx } from "./files";

describe("toXlsx", () => {
  it("writes each sheet with a bold header, numbers as numbers, formulas neutralised and control characters dropped", async () => {
    const bytes = await toXlsx([
      { name: "数据 Values", headers: ["area_code", "value", "note"], rows: [["zigong", 1.5, "=1+1 x"], ["tongling", null, "a\u0001b"]] },
      { name: "指标说明 Indicators", headers: ["key"], rows: [["hte_count"]] },
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(["数据 Values", "指标说明 Indicators"]);
    const ws = book.worksheets[0]!;
    expect(ws.getRow(1).values).toEqual([undefined, "area_code", "value", "note"]);
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(ws.getRow(2).values).toEqual([undefined, "zigong", 1.5, "'=1+1 x"]);
    expect(ws.getRow(3).getCell(2).value).toBe(null);
    expect(ws.getRow(3).getCell(3).value).toBe("ab");
    expect(ws.getColumn(1).width).toBe(16);
    expect(book.worksheets[1]!.getRow(2).getCell(1).value).toBe("hte_count");
  });

  it("writes what the import reads back, row for row, at the size of every demo area's values", async () => {
    const rows = Array.from({ length: 30_000 }, (_, i) => [`area-${i % 40}`, "hte_count", 2000 + (i % 18), i / 10, i % 7 ? "" : "备注"]);
    const bytes = await toXlsx([{ name: "数据 Values", headers: ["area_code", "indicator_key", "year", "value", "note"], rows }]);
    const table = await parseXlsx(new Uint8Array(bytes));
    expect(table.header?.cells).toEqual(["area_code", "indicator_key", "year", "value", "note"]);
    expect(table.rows).toHaveLength(30_000);
    expect(table.rows[29_999]!.cells.slice(0, 4)).toEqual(["area-39", "hte_count", 2000 + (29_999 % 18), 2999.9]);
    expect(table.rows[7]!.cells[4]).toBe("备注");
    // 2 s on a quiet 2-core machine; more while others share it.
  }, 60_000);
});
