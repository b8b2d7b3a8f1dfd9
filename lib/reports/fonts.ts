import "server-only";
import fs from "node:fs";
import path from "node:path";
import * as fontkit from "fontkit";
import { stripControlChars } from "@/lib/validations/text";

// The CJK font of the PDF summaries: Noto Sans SC (SIL Open Font License) from the npm package
// @expo-google-fonts/noto-sans-sc, read and parsed once per process: parsing a 10 MB CJK font takes
// about a second, and pdfkit accepts the parsed font, so every document after the first starts at
// once. pdfkit embeds only the glyphs a document uses, so a summary stays small. Word files embed no font: Word and WPS render Chinese with the
// reader's own fonts (the document asks for Microsoft YaHei, with SimSun-family fallbacks).

const PACKAGE_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", "@expo-google-fonts", "noto-sans-sc");

/** The font files, for the charts' rasteriser (lib/reports/charts/raster.ts) too. */
export const FONT_FILES = {
  regular: path.join(PACKAGE_DIR, "400Regular", "NotoSansSC_400Regular.ttf"),
  bold: path.join(PACKAGE_DIR, "700Bold", "NotoSansSC_700Bold.ttf"),
} as const;

export type PdfFont = fontkit.Font;

let cache: { regular: PdfFont; bold: PdfFont } | null = null;

function parse(file: string): PdfFont {
  const font = fontkit.create(fs.readFileSync(file));
  if (!("layout" in font)) throw new Error(`${file} is a font collection, not a font`);
  return font;
}

export function pdfFonts(): { regular: PdfFont; bold: PdfFont } {
  cache ??= { regular: parse(FONT_FILES.regular), bold: parse(FONT_FILES.bold) };
  return cache;
}

// Characters the font lacks, spelled with ones it has (CO₂ → CO2), so that no box ever replaces them.
const SUBSTITUTES: Record<string, string> = {
  "₀": "0", "₁": "1", "₂": "2", "₃": "3", "₄": "4", "₅": "5", "₆": "6", "₇": "7", "₈": "8", "₉": "9",
};

/** Text as the PDF draws it: without control characters (stored before they were refused), and with substitutes. */
export function printable(text: string): string {
  return stripControlChars(text).replace(/[₀-₉]/g, (c) => SUBSTITUTES[c] ?? c);
}

const widths = new Map<string, number>();

/** The width of `text` at `size` points in the documents' font, as the PDF sets it (the charts lay out their labels with it). */
export function measureText(text: string, size: number, bold = false): number {
  const key = `${bold ? "b" : "r"}${text}`;
  let em = widths.get(key);
  if (em === undefined) {
    const font = pdfFonts()[bold ? "bold" : "regular"];
    em = font.layout(printable(text)).advanceWidth / font.unitsPerEm;
    if (widths.size > 5000) widths.clear();
    widths.set(key, em);
  }
  return em * size;
}
