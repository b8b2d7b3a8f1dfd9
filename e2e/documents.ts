import { strFromU8, unzipSync } from "fflate";

// Text out of downloaded files, for comparing them with what the page shows.

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** The text of a .docx: word/document.xml with one line per paragraph and the tags removed. */
export function docxText(file: Buffer): string {
  const entries = unzipSync(new Uint8Array(file), { filter: (f) => f.name === "word/document.xml" });
  const xml = strFromU8(entries["word/document.xml"]!);
  return xml
    .replace(/<\/w:p>/g, "\n")
    .replace(/<w:tab\/>/g, "\t")
    .replace(/<[^>]+>/g, "")
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]!)
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
}

/** The text of a PDF, page after page, through pdf.js (the CJK font is embedded with its Unicode map). */
export async function pdfText(file: Buffer): Promise<string> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({ data: new Uint8Array(file), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")).join(""));
  }
  await doc.destroy();
  return pages.join("\n");
}

/** Whitespace differs between a page, a PDF (laid out in lines) and Word: compare without it. */
export const squeeze = (text: string) => text.replace(/\s+/g, "");

/**
 * A squeezed PDF text without what each page repeats: a draft's mark and the footer (the document's
 * name, then "n/N"), so that a sentence running over a page reads whole.
 */
export function withoutPageFurniture(squeezed: string, footer: string, mark = "草稿/未审定"): string {
  const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return squeezed.replace(new RegExp(`(?:${escape(squeeze(mark))})?${escape(squeeze(footer))}\\d+/\\d+`, "g"), "");
}

/** The names of the files in a .zip. */
export function zipEntries(file: Buffer): string[] {
  return Object.keys(unzipSync(new Uint8Array(file), { filter: () => true }));
}
