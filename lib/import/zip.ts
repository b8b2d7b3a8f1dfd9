import zlib from "node:zlib";
import { MAX_XLSX_ENTRIES, MAX_XLSX_UNPACKED_BYTES } from "./limits";

// An .xlsx is a zip archive. Its central directory (at the end) lists every entry with the size it
// unpacks to: read before anything is unpacked, it tells a truncated file (no directory), and a
// zip bomb (an absurd unpacked size), from a spreadsheet.

export type ZipEntry = { name: string; method: number; crc: number; packed: number; unpacked: number; start: number; end: number };
export type ZipInspection =
  | { ok: true; entries: ZipEntry[]; unpacked: number }
  | { ok: false; reason: "not_zip" | "truncated" | "too_large" | "unsupported" };

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_MARK = 0xffffffff;

export function inspectZip(bytes: Uint8Array): ZipInspection {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => view.getUint32(at, true);
  const u16 = (at: number) => view.getUint16(at, true);
  if (bytes.length < 4 || u32(0) !== LOCAL_HEADER) return { ok: false, reason: "not_zip" };

  // The end record is the last 22 bytes, followed by a comment of up to 65,535 bytes.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return { ok: false, reason: "truncated" };
  const count = u16(end + 10);
  const directorySize = u32(end + 12);
  const directoryStart = u32(end + 16);
  if (directoryStart === ZIP64_MARK || count === 0xffff) return { ok: false, reason: "unsupported" };
  if (directoryStart + directorySize > end) return { ok: false, reason: "truncated" };
  if (count > MAX_XLSX_ENTRIES) return { ok: false, reason: "too_large" };

  const entries: ZipEntry[] = [];
  let unpacked = 0;
  let at = directoryStart;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || u32(at) !== CENTRAL_HEADER) return { ok: false, reason: "truncated" };
    const method = u16(at + 10);
    const crc = u32(at + 16);
    const packed = u32(at + 20);
    const size = u32(at + 24);
    const nameLength = u16(at + 28);
    const start = u32(at + 42);
    if (size === ZIP64_MARK || packed === ZIP64_MARK || start === ZIP64_MARK) return { ok: false, reason: "unsupported" };
    if (start >= directoryStart || at + 46 + nameLength > end) return { ok: false, reason: "truncated" };
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({ name, method, crc, packed, unpacked: size, start, end: 0 });
    unpacked += size;
    at += 46 + nameLength + u16(at + 30) + u16(at + 32);
  }
  if (unpacked > MAX_XLSX_UNPACKED_BYTES) return { ok: false, reason: "too_large" };
  // Each entry's record (local header, data, data descriptor) runs up to the next record.
  const byStart = [...entries].sort((a, b) => a.start - b.start);
  byStart.forEach((entry, i) => (entry.end = byStart[i + 1]?.start ?? directoryStart));
  return { ok: true, entries, unpacked };
}

// What the spreadsheet reader needs, in the order it needs it: with the relationships, the workbook
// and the shared strings ahead of the worksheets it streams each sheet straight from memory (in the
// order Excel and exceljs write them it would first copy each sheet to a temporary file).
const ORDER: [RegExp, number][] = [
  [/^xl\/_rels\/workbook\.xml\.rels$/, 0],
  [/^xl\/workbook\.xml$/, 1],
  [/^xl\/sharedStrings\.xml$/, 2],
  [/^xl\/worksheets\/sheet\d+\.xml$/, 3],
];

/** The entries a sheet reader needs, in the order it needs them. */
export function entriesForSheetReader(entries: ZipEntry[]): ZipEntry[] {
  const rank = (name: string) => ORDER.find(([pattern]) => pattern.test(name))?.[1];
  const sheetNumber = (name: string) => Number(/(\d+)\.xml$/.exec(name)?.[1] ?? 0);
  return entries
    .filter((e) => rank(e.name) !== undefined)
    .sort((a, b) => rank(a.name)! - rank(b.name)! || sheetNumber(a.name) - sheetNumber(b.name));
}

/** Each entry's local record (header, data, descriptor): a streaming unzip reads a list of them as an archive. */
export function recordsOf(bytes: Uint8Array, entries: ZipEntry[]): Uint8Array[] {
  return entries.map((e) => bytes.subarray(e.start, e.end));
}

/**
 * Unpacks each entry once, to check it before the sheet reader sees it: damaged data would otherwise
 * stall the streaming unzip instead of failing it, and an entry that unpacks to more than it declared
 * (a crafted zip bomb) is stopped at its declared size. True when every entry is sound.
 */
export function entriesAreSound(bytes: Uint8Array, entries: ZipEntry[]): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const e of entries) {
    if (e.start + 30 > e.end || view.getUint32(e.start, true) !== LOCAL_HEADER) return false;
    const dataStart = e.start + 30 + view.getUint16(e.start + 26, true) + view.getUint16(e.start + 28, true);
    if (dataStart + e.packed > e.end) return false;
    const data = bytes.subarray(dataStart, dataStart + e.packed);
    let unpacked: Uint8Array;
    try {
      if (e.method === 0) unpacked = data;
      else if (e.method === 8) unpacked = zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, e.unpacked) });
      else return false;
    } catch {
      return false;
    }
    if (unpacked.byteLength !== e.unpacked) return false;
    // zlib.crc32 arrived in Node 20.15; without it the length check above has to do.
    const crc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
    if (crc32 && crc32(unpacked) >>> 0 !== e.crc >>> 0) return false;
  }
  return true;
}
