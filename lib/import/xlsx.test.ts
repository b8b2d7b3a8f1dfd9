import zlib from "node:zlib";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { ImportError } from "./errors";
import { MAX_ROWS, MAX_XLSX_UNPACKED_BYTES } from "./limits";
import { parseXlsx } from "./xlsx";
import { inspectZip } from "./zip";

async function workbook(fill: (book: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  fill(book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

async function refusal(promise: Promise<unknown>): Promise<ImportError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error("not refused");
}

const header = ["area_code", "indicator_key", "year", "value", "note"];

describe("parseXlsx", () => {
  it("reads the first sheet: numbers stay numbers, formulas count by their result, rich text as its text", async () => {
    const bytes = await workbook((book) => {
      const ws = book.addWorksheet("数据 Values");
      ws.addRow(header);
      ws.addRow(["xuzhou", "hte_count", 2023, 1234, null]);
      ws.addRow([]);
      ws.addRow(["xuzhou", "rd_intensity", 2023, { formula: "1+1.1", result: 2.1 }, { richText: [{ text: "年报" }, { text: "修订" }] }]);
      ws.addRow(["xuzhou", "urban_rate", "2023", "-0.8", "'=1+1"]);
      book.addWorksheet("指标说明 Indicators").addRow(["key"]);
    });
    const table = await parseXlsx(bytes);
    expect(table.header).toEqual({ row: 1, cells: header });
    expect(table.rows).toEqual([
      { row: 2, cells: ["xuzhou", "hte_count", 2023, 1234] },
      { row: 4, cells: ["xuzhou", "rd_intensity", 2023, 2.1, "年报修订"] },
      { row: 5, cells: ["xuzhou", "urban_rate", "2023", "-0.8", "'=1+1"] },
    ]);
  });

  it("reads the first tab even when another sheet comes first in the archive (and reads stored, uncompressed entries)", async () => {
    const original = await workbook((book) => {
      book.addWorksheet("notes").addRow(["not", "this", "one"]);
      book.addWorksheet("values").addRow(header);
    });
    // Move the second sheet to the first tab, as a person dragging tabs in Excel would.
    const files = unzip(original);
    const xml = new TextDecoder().decode(files.get("xl/workbook.xml"));
    const sheets = /<sheets>(<sheet [^>]*\/>)(<sheet [^>]*\/>)<\/sheets>/.exec(xml)!;
    files.set("xl/workbook.xml", new TextEncoder().encode(xml.replace(sheets[0], `<sheets>${sheets[2]}${sheets[1]}</sheets>`)));
    const table = await parseXlsx(storedZip(files));
    expect(table.header?.cells[0]).toBe("area_code");
  });

  it("refuses a truncated, a damaged and a non-workbook file as unreadable, quickly", async () => {
    const bytes = await workbook((book) => {
      const ws = book.addWorksheet("v");
      ws.addRow(header);
      for (let i = 0; i < 2000; i++) ws.addRow(["xuzhou", "hte_count", 2023, i, "note " + i]);
    });
    expect((await refusal(parseXlsx(bytes.subarray(0, Math.floor(bytes.length / 2))))).reason).toBe("unreadable_file");
    const damaged = bytes.slice();
    for (let i = 2000; i < 2400; i++) damaged[i] = 0x41;
    const error = await refusal(parseXlsx(damaged));
    expect(error.reason).toBe("unreadable_file");
    expect(error.status).toBe(400);
    expect((await refusal(parseXlsx(new TextEncoder().encode("area_code,indicator_key\n")))).reason).toBe("unreadable_file");
  });

  it("refuses a workbook that claims to unpack to more than the cap (a zip bomb) before unpacking it", async () => {
    const bytes = await workbook((book) => book.addWorksheet("v").addRow(header));
    const zip = inspectZip(bytes);
    if (!zip.ok) throw new Error("not a zip");
    // Patch the first central-directory entry's declared size.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const end = bytes.length - 22;
    const directory = view.getUint32(end + 16, true);
    view.setUint32(directory + 24, MAX_XLSX_UNPACKED_BYTES + 1, true);
    const error = await refusal(parseXlsx(bytes));
    expect(error.reason).toBe("file_too_large");
    expect(error.status).toBe(413);
  });

  it("stops at the row cap", async () => {
    const bytes = await workbook((book) => {
      const ws = book.addWorksheet("v");
      ws.addRow(header);
      for (let i = 0; i <= MAX_ROWS; i++) ws.addRow(["xuzhou", "hte_count", 2023, i]);
    });
    expect((await refusal(parseXlsx(bytes))).reason).toBe("too_many_rows");
  }, 30_000);
});

function unzip(bytes: Uint8Array): Map<string, Uint8Array> {
  const zip = inspectZip(bytes);
  if (!zip.ok) throw new Error("not a zip");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const files = new Map<string, Uint8Array>();
  for (const e of zip.entries) {
    if (e.name.endsWith("/")) continue;
    const start = e.start + 30 + view.getUint16(e.start + 26, true) + view.getUint16(e.start + 28, true);
    const data = bytes.subarray(start, start + e.packed);
    files.set(e.name, e.method === 8 ? new Uint8Array(zlib.inflateRawSync(data)) : data);
  }
  return files;
}

/** A zip of uncompressed ("stored") entries, written by hand: local records, central directory, end record. */
function storedZip(files: Map<string, Uint8Array>): Uint8Array {
  const parts: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  for (const [name, data] of files) {
    const nameBytes = new TextEncoder().encode(name);
    const crc = zlib.crc32(data);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint32(14, crc, true);
    local.setUint32(18, data.length, true);
    local.setUint32(22, data.length, true);
    local.setUint16(26, nameBytes.length, true);
    const central = new DataView(new ArrayBuffer(46));
    central.setUint32(0, 0x02014b50, true);
    central.setUint16(4, 20, true);
    central.setUint16(6, 20, true);
    central.setUint32(16, crc, true);
    central.setUint32(20, data.length, true);
    central.setUint32(24, data.length, true);
    central.setUint16(28, nameBytes.length, true);
    central.setUint32(42, offset, true);
    parts.push(new Uint8Array(local.buffer), nameBytes, data);
    directory.push(new Uint8Array(central.buffer), nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directorySize = directory.reduce((n, p) => n + p.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, files.size, true);
  end.setUint16(10, files.size, true);
  end.setUint32(12, directorySize, true);
  end.setUint32(16, offset, true);
  const all = [...parts, ...directory, new Uint8Array(end.buffer)];
  const out = new Uint8Array(all.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of all) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
