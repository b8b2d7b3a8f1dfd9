import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv";
import { ImportError } from "./errors";
import { MAX_ROWS } from "./limits";

const utf8 = (text: string) => new TextEncoder().encode(text);

function refusal(fn: () => unknown): ImportError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error("not refused");
}

describe("parseCsv", () => {
  it("reads UTF-8 with the byte-order mark Excel writes, numbering rows as a spreadsheet does", () => {
    const table = parseCsv(utf8("\uFEFFarea_code,indicator_key,year,value,note\r\nxuzhou,hte_count,2023,\"1,234\",说明\r\n\r\nxuzhou,rd_intensity,2023,2.1,\r\n"));
    expect(table.header).toEqual({ row: 1, cells: ["area_code", "indicator_key", "year", "value", "note"] });
    expect(table.rows).toEqual([
      { row: 2, cells: ["xuzhou", "hte_count", "2023", "1,234", "说明"] },
      { row: 4, cells: ["xuzhou", "rd_intensity", "2023", "2.1", ""] },
    ]);
    expect(table.problems).toEqual([]);
  });

  it("reads semicolon- and tab-separated files", () => {
    expect(parseCsv(utf8("area_code;indicator_key;year;value\nxuzhou;hte_count;2023;12,5\n")).rows[0]!.cells).toEqual(["xuzhou", "hte_count", "2023", "12,5"]);
    expect(parseCsv(utf8("area_code\tindicator_key\tyear\tvalue\nxuzhou\thte_count\t2023\t12\n")).rows[0]!.cells).toEqual(["xuzhou", "hte_count", "2023", "12"]);
  });

  it("refuses text that is not UTF-8 (a GBK file) with a clear reason", () => {
    // "常住人口" in GBK
    const gbk = new Uint8Array([0xb3, 0xa3, 0xd7, 0xa1, 0xc8, 0xcb, 0xbf, 0xda, 0x0a]);
    expect(refusal(() => parseCsv(gbk)).reason).toBe("not_utf8");
  });

  it("stops at the row cap instead of reading a huge file to the end", () => {
    const row = "xuzhou,hte_count,2023,1\n";
    const text = "area_code,indicator_key,year,value\n" + row.repeat(MAX_ROWS);
    expect(parseCsv(utf8(text)).rows).toHaveLength(MAX_ROWS);
    const started = performance.now();
    const error = refusal(() => parseCsv(utf8(text + row.repeat(MAX_ROWS * 3))));
    expect(error.reason).toBe("too_many_rows");
    expect(error.status).toBe(413);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it("reports a quote left open at its row", () => {
    const table = parseCsv(utf8('area_code,indicator_key,year,value\nxuzhou,hte_count,2023,1\nxuzhou,"rd_intensity,2023,2\n'));
    expect(table.problems).toEqual([{ row: 3, column: null, cell: null, code: "malformed_row" }]);
  });
});
