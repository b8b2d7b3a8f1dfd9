import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { safeSheetName, SHEET_NAME_MAX } from "./sheet-name";

/** Whether ExcelJS (and so Excel) takes every name, in one workbook. */
function excelTakes(names: string[]): boolean {
  const book = new ExcelJS.Workbook();
  for (const name of names) book.addWorksheet(name);
  return book.worksheets.map((w) => w.name).join("|") === names.join("|");
}

describe("safeSheetName", () => {
  it("keeps an ordinary title as it is", () => {
    expect(safeSheetName("徐州市 2024 年度评估摘要", new Set())).toBe("徐州市 2024 年度评估摘要");
  });

  it("takes apostrophes off both ends, as Excel forbids them there", () => {
    expect(safeSheetName("'Test'", new Set())).toBe("Test");
    expect(safeSheetName("'Test' 2024", new Set())).toBe("Test' 2024");
    expect(safeSheetName("''", new Set())).toBe("Sheet");
    expect(excelTakes([safeSheetName("'Test'", new Set())])).toBe(true);
  });

  it("replaces the characters Excel forbids, and drops control characters", () => {
    expect(safeSheetName("a[b]c:d*e?f/g\\h", new Set())).toBe("a b c d e f g h");
    expect(safeSheetName("a\u0001b\u0007c", new Set())).toBe("abc");
  });

  it(`cuts to ${SHEET_NAME_MAX} characters, and an apostrophe or space left at the cut goes too`, () => {
    expect(safeSheetName("x".repeat(SHEET_NAME_MAX), new Set())).toBe("x".repeat(SHEET_NAME_MAX));
    expect(safeSheetName("x".repeat(SHEET_NAME_MAX + 1), new Set())).toBe("x".repeat(SHEET_NAME_MAX));
    expect(safeSheetName(`${"x".repeat(SHEET_NAME_MAX - 1)}'y`, new Set())).toBe("x".repeat(SHEET_NAME_MAX - 1));
    expect(safeSheetName(`${"x".repeat(SHEET_NAME_MAX - 1)} y`, new Set())).toBe("x".repeat(SHEET_NAME_MAX - 1));
  });

  it("never splits a character made of two UTF-16 units", () => {
    const name = safeSheetName(`${"x".repeat(SHEET_NAME_MAX - 1)}𠀀`, new Set());
    expect(name).toBe("x".repeat(SHEET_NAME_MAX - 1));
  });

  it("makes names unique without regard to case, within 31 characters", () => {
    const taken = new Set<string>();
    const names = ["Data", "DATA", "data", "x".repeat(40), "X".repeat(40)].map((t) => safeSheetName(t, taken));
    expect(names).toEqual(["Data", "DATA (2)", "data (3)", "x".repeat(31), `${"X".repeat(27)} (2)`]);
    expect(names.every((n) => n.length <= SHEET_NAME_MAX)).toBe(true);
    expect(excelTakes(names)).toBe(true);
  });

  it("avoids History, a name Excel keeps for itself", () => {
    expect(safeSheetName("History", new Set())).toBe("History (2)");
  });

  it("every awkward title at once still makes a workbook", () => {
    const taken = new Set<string>();
    const titles = ["'Test'", "'test'", "'", "[]", "History", "a/b", "A\\B", "’curly’", "x".repeat(100), "X".repeat(100)];
    expect(excelTakes(titles.map((t) => safeSheetName(t, taken)))).toBe(true);
  });
});
