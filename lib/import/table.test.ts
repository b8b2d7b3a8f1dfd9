import { describe, expect, it } from "vitest";
import { columnLetter } from "./columns";
import { tableToRows, type RawTable } from "./table";

const table = (header: (string | null)[], rows: (string | number | null)[][]): RawTable => ({
  format: "csv",
  header: { row: 1, cells: header },
  rows: rows.map((cells, i) => ({ row: i + 2, cells })),
  problems: [],
});

describe("columnLetter", () => {
  it("numbers columns as a spreadsheet does", () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual(["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]);
  });
});

describe("tableToRows", () => {
  it("picks the columns by name, in any order and case, ignores the read-only ones and skips rows without a value", () => {
    const read = tableToRows(
      table([" Value", "name_zh", "AREA_CODE", "year", "indicator_key", "note", null], [
        [12.5, "高新技术企业数", "xuzhou", 2023, "hte_count", "说明", null],
        ["", "x", "xuzhou", 2023, "rd_intensity", "a note without a value", null],
        [null, null, null, null, null, null, null],
      ]),
    );
    expect(read.problems).toEqual([]);
    expect(read.skipped).toBe(1);
    expect(read.rows).toEqual([{ row: 2, area: "xuzhou", indicator: "hte_count", year: 2023, value: 12.5, note: "说明", source: null }]);
    expect(read.letters).toEqual({ value: "A", area_code: "C", year: "D", indicator_key: "E", note: "F" });
  });

  it("names a missing, an unknown and a repeated column at the header row, and reads no row without the required ones", () => {
    const read = tableToRows(table(["area_code", "indicator", "year", "value", "value"], [["xuzhou", "hte_count", 2023, 1, 2]]));
    expect(read.problems).toEqual([
      { row: 1, column: "indicator", cell: "B", code: "unknown_column" },
      { row: 1, column: "value", cell: "E", code: "duplicate_column" },
      { row: 1, column: "indicator_key", cell: null, code: "missing_column" },
    ]);
    expect(read.rows).toEqual([]);
  });
});
