import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import {
  attachmentDisposition,
  checkAttachment,
  MAX_ATTACHMENT_BYTES,
  safeAttachmentName,
  sniffAttachmentKind,
} from "./attachment-type";

const bytes = (...parts: (number[] | string)[]) => {
  const out: number[] = [];
  for (const p of parts) out.push(...(typeof p === "string" ? Array.from(Buffer.from(p, "latin1")) : p));
  return new Uint8Array(out);
};

const PDF = bytes("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n");
const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], [0, 0, 0, 13], "IHDR");
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], "JFIF\0");
const XLSX = zipSync({
  "[Content_Types].xml": strToU8("<Types/>"),
  "_rels/.rels": strToU8("<Relationships/>"),
  "xl/workbook.xml": strToU8("<workbook/>"),
  "xl/worksheets/sheet1.xml": strToU8("<worksheet/>"),
});
// A Windows program starts "MZ" (the DOS header); an HTML page with its markup.
const EXE = bytes("MZ", [0x90, 0, 3, 0, 0, 0, 4, 0], "This program cannot be run in DOS mode.");
const HTML = bytes("<!doctype html><html><script>alert(1)</script></html>");
const PLAIN_ZIP = zipSync({ "notes.txt": strToU8("hello"), "[Content_Types].xml": strToU8("<Types/>") });
const DOCX = zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "word/document.xml": strToU8("<document/>") });

describe("sniffAttachmentKind: the kind from the first bytes, whatever the name", () => {
  it("accepts a PDF, a PNG, a JPEG and an xlsx", () => {
    expect(sniffAttachmentKind(PDF)).toBe("pdf");
    expect(sniffAttachmentKind(PNG)).toBe("png");
    expect(sniffAttachmentKind(JPEG)).toBe("jpeg");
    expect(sniffAttachmentKind(XLSX)).toBe("xlsx");
  });

  it("refuses a program and an HTML page (were they named .pdf, the name is never read)", () => {
    expect(sniffAttachmentKind(EXE)).toBeNull();
    expect(sniffAttachmentKind(HTML)).toBeNull();
    // A PDF signature later in the file is not a PDF.
    expect(sniffAttachmentKind(bytes("<html>%PDF-1.7"))).toBeNull();
  });

  it("refuses a zip without xl/workbook.xml (a plain zip, a Word document) and a damaged zip", () => {
    expect(sniffAttachmentKind(PLAIN_ZIP)).toBeNull();
    expect(sniffAttachmentKind(DOCX)).toBeNull();
    expect(sniffAttachmentKind(XLSX.slice(0, 40))).toBeNull();
  });

  it("refuses signatures cut short", () => {
    expect(sniffAttachmentKind(bytes("%PDF"))).toBeNull();
    expect(sniffAttachmentKind(PNG.slice(0, 7))).toBeNull();
    expect(sniffAttachmentKind(bytes([0xff, 0xd8]))).toBeNull();
    expect(sniffAttachmentKind(new Uint8Array())).toBeNull();
  });
});

describe("checkAttachment: the size limit from both sides, then the content", () => {
  const pdfOf = (size: number) => {
    const out = new Uint8Array(size);
    out.set(PDF.slice(0, Math.min(size, PDF.length)));
    return out;
  };

  it("accepts a file of exactly the limit (8 MB = 8,388,608 bytes) and refuses one byte more", () => {
    expect(MAX_ATTACHMENT_BYTES).toBe(8_388_608);
    expect(checkAttachment(pdfOf(8_388_608))).toEqual({ kind: "pdf" });
    expect(checkAttachment(pdfOf(8_388_609))).toEqual({ problem: "attachment_too_large" });
  });

  it("refuses an empty file, and a file of the wrong content", () => {
    expect(checkAttachment(new Uint8Array())).toEqual({ problem: "attachment_empty" });
    expect(checkAttachment(HTML)).toEqual({ problem: "attachment_type" });
    expect(checkAttachment(XLSX)).toEqual({ kind: "xlsx" });
  });
});

describe("safeAttachmentName", () => {
  it("keeps a Chinese name and its matching extension", () => {
    expect(safeAttachmentName("2024年统计公报.pdf", "pdf")).toBe("2024年统计公报.pdf");
    expect(safeAttachmentName("photo.JPG", "jpeg")).toBe("photo.jpg");
  });

  it("drops folders, control and reserved characters, and adds the checked kind's extension", () => {
    expect(safeAttachmentName("C:\\Users\\x\\..\\evil.exe", "pdf")).toBe("evil.exe.pdf");
    expect(safeAttachmentName('../../a"b\u0000<c>.pdf', "pdf")).toBe("abc.pdf");
    expect(safeAttachmentName("...", "png")).toBe("attachment.png");
  });

  it("cuts a long name to 120 characters, extension included", () => {
    const name = safeAttachmentName(`${"报".repeat(300)}.xlsx`, "xlsx");
    expect(Array.from(name)).toHaveLength(120);
    expect(name.endsWith("报.xlsx")).toBe(true);
  });
});

describe("attachmentDisposition (RFC 6266 with RFC 8187's encoding)", () => {
  it("offers a Chinese name as UTF-8, with an ASCII stand-in", () => {
    // 统 = E7 BB 9F, 计 = E8 AE A1 in UTF-8.
    expect(attachmentDisposition("统计.pdf")).toBe(`attachment; filename="__.pdf"; filename*=UTF-8''%E7%BB%9F%E8%AE%A1.pdf`);
  });

  it("never lets a quote or a semicolon out of the value", () => {
    expect(attachmentDisposition(`a"; b.pdf`)).toBe(`attachment; filename="a_; b.pdf"; filename*=UTF-8''a%22%3B%20b.pdf`);
    expect(attachmentDisposition("it's (1).pdf")).toBe(`attachment; filename="it's (1).pdf"; filename*=UTF-8''it%27s%20%281%29.pdf`);
  });
});
