import { unzipSync } from "fflate";
import type { ATTACHMENT_KINDS } from "./enums";

// Evidence files (docs/security.md, attachments): what a file is, told from its first bytes and never
// from its name or the type the browser declares; the limits; and the header that offers it for
// download under a safe name.

export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

/** The largest file accepted: as the spreadsheet import, below the 10 MB Next buffers for a request. */
export const MAX_ATTACHMENT_BYTES = 8 * 1024 * 1024;
/** The whole multipart request: the file and a few short fields. */
export const MAX_ATTACHMENT_BODY_BYTES = MAX_ATTACHMENT_BYTES + 64 * 1024;
/** Files one area-year may hold, its values' and the year's together. */
export const MAX_ATTACHMENTS_PER_AREA_YEAR = 20;
/** The longest file name kept (characters); a longer one is cut, keeping its extension. */
export const MAX_ATTACHMENT_NAME_CHARS = 120;
/** An .xlsx is a zip: the entries its directory may list before it is refused unread. */
const MAX_XLSX_ENTRIES = 1000;

export const ATTACHMENT_CONTENT_TYPES: Record<AttachmentKind, string> = {
  pdf: "application/pdf",
  png: "image/png",
  jpeg: "image/jpeg",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

const EXTENSIONS: Record<AttachmentKind, readonly string[]> = { pdf: ["pdf"], png: ["png"], jpeg: ["jpg", "jpeg"], xlsx: ["xlsx"] };

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);

// The signatures: PDF "%PDF-" (ISO 32000-1 §7.5.2), PNG's eight bytes (RFC 2083 §3.1), JPEG's SOI
// marker and the first byte of the next marker (ITU T.81 Annex B), a zip's local file header "PK\3\4".
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** The kind of file these bytes are, or null when they are none of the kinds accepted. */
export function sniffAttachmentKind(bytes: Uint8Array): AttachmentKind | null {
  if (startsWith(bytes, PDF)) return "pdf";
  if (startsWith(bytes, PNG)) return "png";
  if (startsWith(bytes, JPEG)) return "jpeg";
  if (startsWith(bytes, ZIP) && isWorkbook(bytes)) return "xlsx";
  return null;
}

/** A zip is an .xlsx when its directory lists the workbook part (ECMA-376 Part 1 §12.3.23) and the package's content types. */
function isWorkbook(bytes: Uint8Array): boolean {
  const names = new Set<string>();
  try {
    // The filter sees every entry of the directory and unpacks none of them.
    unzipSync(bytes, {
      filter: (file) => {
        if (names.size >= MAX_XLSX_ENTRIES) throw new Error("too many entries");
        names.add(file.name);
        return false;
      },
    });
  } catch {
    return false;
  }
  return names.has("xl/workbook.xml") && names.has("[Content_Types].xml");
}

export type AttachmentProblem = "attachment_empty" | "attachment_too_large" | "attachment_type";

/** A file offered as evidence: its checked kind, or what is wrong with it (its size first, then its content). */
export function checkAttachment(bytes: Uint8Array): { problem: AttachmentProblem } | { kind: AttachmentKind } {
  if (bytes.byteLength === 0) return { problem: "attachment_empty" };
  if (bytes.byteLength > MAX_ATTACHMENT_BYTES) return { problem: "attachment_too_large" };
  const kind = sniffAttachmentKind(bytes);
  return kind ? { kind } : { problem: "attachment_type" };
}

/**
 * The name a file is kept and offered under: the last part of what was sent (no folders), without
 * control characters and the characters file systems refuse, cut to length, and ending in the
 * extension of its checked kind (a PDF named "report.exe" becomes "report.exe.pdf").
 */
export function safeAttachmentName(raw: string, kind: AttachmentKind): string {
  const base = (raw.split(/[\\/]/).pop() ?? "")
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+/, "");
  const extension = /\.([A-Za-z0-9]+)$/.exec(base)?.[1]?.toLowerCase();
  const stem = extension && EXTENSIONS[kind].includes(extension) ? base.slice(0, -extension.length - 1) : base;
  const ext = extension && EXTENSIONS[kind].includes(extension) ? extension : EXTENSIONS[kind][0]!;
  const cut = Array.from(stem || "attachment").slice(0, MAX_ATTACHMENT_NAME_CHARS - ext.length - 1).join("");
  return `${cut}.${ext}`;
}

/**
 * `Content-Disposition: attachment` with the name twice: a plain-ASCII `filename` for old clients
 * (every other character as "_") and the exact name as UTF-8 in `filename*` (RFC 6266 §4.3, with the
 * encoding of RFC 8187, formerly RFC 5987), which browsers prefer.
 */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\%]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
