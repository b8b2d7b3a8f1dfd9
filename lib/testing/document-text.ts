import { strFromU8, unzipSync } from "fflate";

// The text of the PDF and Word files as a recipient's tool extracts it, and the checks of one
// language per document (docs/methodology.md §6.12): shared by the tests of the summary and of the
// briefs.

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Every text of a .docx — body, headers and footers — one line per paragraph. */
export function docxText(docx: Buffer): string {
  const parts = unzipSync(new Uint8Array(docx));
  return Object.entries(parts)
    .filter(([name]) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(name))
    .map(([, bytes]) =>
      strFromU8(bytes)
        .replace(/<\/w:p>/g, "\n")
        .replace(/<[^>]+>/g, "")
        .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]!)
        .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code))),
    )
    .join("\n");
}

/** The text of each page of a PDF, through pdf.js. */
export async function pdfPages(pdf: Buffer): Promise<string[]> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")).join(""));
  }
  await doc.destroy();
  return pages;
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/g;
const URL = /https?:\/\/[^\s（）()]+/g;
// Chinese document numbers (发改环资〔2022〕803号) name a document and have no English form.
const DOCUMENT_NUMBER = /[\u3400-\u9fff]+〔\d{4}〕\d+号/g;

export const squeeze = (s: string) => s.replace(/\s+/g, "");

/** Runs of four or more Latin words: an English sentence or phrase, once addresses are removed. */
export function englishRuns(text: string): string[] {
  // Punctuation parts words only before a space: an address the PDF wrapped ("www.example.co m") is no phrase.
  return text.replace(URL, " ").match(/[A-Za-z][A-Za-z'’-]*(?:[,.;:]?\s+[A-Za-z][A-Za-z'’-]*){3,}/g) ?? [];
}

/** The Han characters left once names that have no English form are removed, each with its context. */
export function chineseLeft(text: string, names: string[]): string[] {
  let rest = squeeze(text).replace(DOCUMENT_NUMBER, "");
  for (const name of names) rest = rest.split(squeeze(name)).join("");
  return [...rest.matchAll(HAN)].map((m) => rest.slice(Math.max(0, m.index - 20), m.index + 20));
}
