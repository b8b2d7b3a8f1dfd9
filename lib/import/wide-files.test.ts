import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { columnLetter } from "./columns";
import { parseCsv } from "./csv";
import { ImportError } from "./errors";
import { MAX_COLUMNS, MAX_CSV_FIELDS, MAX_REPORTED } from "./limits";
import { tableToRows, type RawTable } from "./table";
import { parseXlsx } from "./xlsx";

// Files that are small on disk but very wide: a value in the last column Excel has (XFD, the
// 16,384th) on every row, or a header of a million names. Each is refused as a whole, early, and
// without building one cell per column.

const HEADER = ["area_code", "indicator_key", "year", "value", "note"];
const utf8 = (text: string) => new TextEncoder().encode(text);

async function refusal(work: () => unknown): Promise<ImportError> {
  try {
    await work();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error("not refused");
}

async function xlsx(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  fill(book.addWorksheet("数据 Values"));
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** A header of `columns` names: the known ones first, then made-up ones. */
function wideHeader(columns: number): string[] {
  return [...HEADER, ...Array.from({ length: columns - HEADER.length }, (_, i) => `extra_${i}`)];
}

describe("an .xlsx with a value in column XFD on 3,000 rows", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await xlsx((sheet) => {
      sheet.addRow(HEADER);
      for (let r = 2; r <= 3001; r++) {
        sheet.getCell(`A${r}`).value = "xuzhou";
        sheet.getCell(`XFD${r}`).value = 1;
      }
    });
  }, 30_000);

  it("is a small file", () => {
    expect(bytes.byteLength).toBeLessThan(64 * 1024);
  });

  it("is refused with too_many_columns (400) at once, before its rows are kept", async () => {
    const started = performance.now();
    const error = await refusal(() => parseXlsx(bytes));
    expect(error.reason).toBe("too_many_columns");
    expect(error.status).toBe(400);
    expect(error.details).toMatchObject({ maxColumns: MAX_COLUMNS, row: 2, column: "XFD" });
    // Generous for a shared, busy machine; reading 3,000 rows of 16,384 cells takes far longer.
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe("the column cap of the .xlsx reader", () => {
  it(`reads a sheet whose rightmost value is in column ${MAX_COLUMNS} and refuses one in column ${MAX_COLUMNS + 1}`, async () => {
    const at = (column: number) =>
      xlsx((sheet) => {
        sheet.addRow(HEADER);
        sheet.addRow(["xuzhou", "hte_count", 2023, 1]);
        sheet.getCell(`${columnLetter(column - 1)}2`).value = "x";
      });
    const table = await parseXlsx(await at(MAX_COLUMNS));
    expect(table.rows[0]!.cells).toHaveLength(MAX_COLUMNS);
    expect(table.rows[0]!.cells[MAX_COLUMNS - 1]).toBe("x");
    expect((await refusal(async () => parseXlsx(await at(MAX_COLUMNS + 1)))).reason).toBe("too_many_columns");
  });

  it("counts a wide header as a wide row", async () => {
    expect((await refusal(async () => parseXlsx(await xlsx((s) => s.addRow(wideHeader(MAX_COLUMNS + 1))))))).toMatchObject({ reason: "too_many_columns" });
    expect((await parseXlsx(await xlsx((s) => s.addRow(wideHeader(MAX_COLUMNS))))).header!.cells).toHaveLength(MAX_COLUMNS);
  });

  it("does not count blank text far to the right", async () => {
    const table = await parseXlsx(
      await xlsx((sheet) => {
        sheet.addRow(HEADER);
        sheet.addRow(["xuzhou", "hte_count", 2023, 1]);
        sheet.getCell("XFD2").value = "   ";
      }),
    );
    expect(table.rows[0]!.cells).toEqual(["xuzhou", "hte_count", 2023, 1]);
  });
});

describe("a CSV whose header has 1,000,000 unknown column names", () => {
  it("is refused with too_many_columns (400) at once", () => {
    const names = Array.from({ length: 1_000_000 }, (_, i) => `c${i}`);
    const bytes = utf8([...HEADER, ...names].join(",") + "\nxuzhou,hte_count,2023,1,\n");
    // Under the 8 MB upload limit: the size check alone lets it through.
    expect(bytes.byteLength).toBeLessThan(8 * 1024 * 1024);
    const started = performance.now();
    return refusal(() => parseCsv(bytes)).then((error) => {
      expect(error.reason).toBe("too_many_columns");
      expect(error.status).toBe(400);
      expect(performance.now() - started).toBeLessThan(5000);
    });
  });
});

describe("the column cap of the CSV reader", () => {
  const withValueAt = (column: number) => {
    const cells = ["xuzhou", "hte_count", "2023", "1", ...Array.from({ length: column - 4 }, () => "")];
    cells[column - 1] = "x";
    return utf8(`${HEADER.join(",")}\n${cells.join(",")}\n`);
  };

  it(`reads a row whose rightmost value is in column ${MAX_COLUMNS} and refuses one in column ${MAX_COLUMNS + 1}`, async () => {
    expect(parseCsv(withValueAt(MAX_COLUMNS)).rows[0]!.cells).toHaveLength(MAX_COLUMNS);
    expect((await refusal(() => parseCsv(withValueAt(MAX_COLUMNS + 1)))).reason).toBe("too_many_columns");
  });

  it("counts the header too, in semicolon- and tab-separated files", async () => {
    for (const separator of [",", ";", "\t"]) {
      expect(parseCsv(utf8(wideHeader(MAX_COLUMNS).join(separator) + "\n")).header!.cells).toHaveLength(MAX_COLUMNS);
      expect((await refusal(() => parseCsv(utf8(wideHeader(MAX_COLUMNS + 1).join(separator) + "\n")))).reason).toBe("too_many_columns");
    }
  });

  it("ignores empty fields at the right, as a spreadsheet's CSV export writes them, up to a spreadsheet's width", async () => {
    const row = (fields: number) => utf8(`${HEADER.join(",")}\nxuzhou,hte_count,2023,1${",".repeat(fields - 4)}\n`);
    expect(parseCsv(row(MAX_CSV_FIELDS)).rows[0]!.cells).toEqual(["xuzhou", "hte_count", "2023", "1"]);
    expect((await refusal(() => parseCsv(row(MAX_CSV_FIELDS + 1)))).reason).toBe("too_many_columns");
  });

  it("does not count separators inside a quoted field", () => {
    const note = `"${",".repeat(MAX_CSV_FIELDS + 10)}"`;
    const table = parseCsv(utf8(`${HEADER.join(",")}\nxuzhou,hte_count,2023,1,${note}\n`));
    expect(table.rows[0]!.cells[4]).toBe(",".repeat(MAX_CSV_FIELDS + 10));
  });
});

describe("header problems", () => {
  it(`lists at most ${MAX_REPORTED} and still counts them all`, () => {
    const header = [...HEADER, ...Array.from({ length: MAX_REPORTED + 5 }, (_, i) => `unknown_${i}`)];
    const table: RawTable = { format: "csv", header: { row: 1, cells: header }, rows: [], problems: [] };
    const read = tableToRows(table);
    expect(read.problems).toHaveLength(MAX_REPORTED);
    expect(read.problemCount).toBe(MAX_REPORTED + 5);
    expect(read.problems[0]).toEqual({ row: 1, column: "unknown_0", cell: "F", code: "unknown_column" });
  });

  it(`lists all of ${MAX_REPORTED}`, () => {
    const header = [...HEADER, ...Array.from({ length: MAX_REPORTED }, (_, i) => `unknown_${i}`)];
    const read = tableToRows({ format: "csv", header: { row: 1, cells: header }, rows: [], problems: [] });
    expect(read.problems).toHaveLength(MAX_REPORTED);
    expect(read.problemCount).toBe(MAX_REPORTED);
  });
});
