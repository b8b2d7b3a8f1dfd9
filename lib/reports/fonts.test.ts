import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import zh from "@/lib/i18n/messages/zh.json";
import { AREAS } from "@/db/seed/areas";
import { INDICATOR_CATALOGUE } from "@/db/seed/indicators";
import { POLICY_DOCUMENTS } from "@/db/seed/policy-documents";
import { BOTTLENECKS } from "@/lib/domain/summary/bottlenecks";
import { PATHWAYS } from "@/lib/domain/summary/pathways";
import { pdfFonts, printable, type PdfFont } from "./fonts";

// Every character the PDF can print exists in its embedded font (Noto Sans SC, regular and bold):
// every message string in both languages, the reference data the summary quotes (area and indicator
// names and units, bottlenecks, pathways, policy documents), and the marks the renderer draws itself,
// each as the PDF prints it (through printable()). A character the font lacks would print as a box.

function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

/** The characters of `texts` that `font` has no glyph for, each with a text it occurs in. */
function missing(font: PdfFont, texts: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const text of texts) {
    for (const char of printable(text)) {
      if (/\s/.test(char) || out[char]) continue;
      if (!font.hasGlyphForCodePoint(char.codePointAt(0)!)) out[char] = text.slice(0, 80);
    }
  }
  return out;
}

const RENDERER_MARKS = ["•", "■", "□", "│", "—", "−", "·", "–", "…", "%", "（", "）", "：", "／"];

const texts = [
  ...strings(zh),
  ...strings(en),
  ...strings(AREAS),
  ...strings(INDICATOR_CATALOGUE),
  ...strings(POLICY_DOCUMENTS),
  ...strings(BOTTLENECKS),
  ...strings(PATHWAYS),
  ...RENDERER_MARKS,
];

describe("the PDF's embedded font", () => {
  it("has a glyph for every character the documents can print, in regular and bold", () => {
    expect(texts.length).toBeGreaterThan(2000);
    const { regular, bold } = pdfFonts();
    expect(missing(regular, texts)).toEqual({});
    expect(missing(bold, texts)).toEqual({});
  });

  it("finds a character it lacks: the check is not idle", () => {
    const { regular } = pdfFonts();
    expect(missing(regular, ["rank above n − ⌊n ÷ 3⌋"])).toEqual({ "⌊": "rank above n − ⌊n ÷ 3⌋", "⌋": "rank above n − ⌊n ÷ 3⌋" });
    // Subscript digits are printed as plain ones (CO₂ → CO2), which the font has.
    expect(printable("CO₂")).toBe("CO2");
    expect(missing(regular, ["CO₂ per unit GDP"])).toEqual({});
  });
});
