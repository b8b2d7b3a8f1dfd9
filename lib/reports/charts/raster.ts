import "server-only";
import { Resvg } from "@resvg/resvg-js";
import { pdfFonts, printable, type PdfFont } from "../fonts";
import { sceneToSvg, svgNumber as n, type TextSvg } from "./svg";
import type { Scene } from "./types";

// A chart as a PNG for Word, rasterised from its SVG by resvg (no browser). Its text is drawn as
// the outlines of the documents' own CJK font (the PDF's, parsed once per process by fontkit): resvg
// then needs no font at all, so every machine draws the same picture, and quickly (given the 10 MB
// font as a file, resvg took 50–450 ms a chart to shape the text; as outlines, a few ms).

/**
 * Pixels per point: 2.5 makes 180 dpi at the chart's size, sharp on screen and in print. (3, 216 dpi,
 * took half as long again and made a summary's pictures 460 KB instead of 370 KB.)
 */
export const RASTER_SCALE = 2.5;

const outlines = new WeakMap<PdfFont, Map<number, string>>();

function glyphPath(font: PdfFont, glyph: { id: number; path: { toSVG(): string } }): string {
  let cache = outlines.get(font);
  if (!cache) outlines.set(font, (cache = new Map()));
  let d = cache.get(glyph.id);
  if (d === undefined) cache.set(glyph.id, (d = glyph.path.toSVG()));
  return d;
}

/**
 * Texts as their glyphs' outlines, placed as the PDF sets them (same font, same advances): each glyph
 * is defined once per picture and used where it appears, which keeps the SVG small to parse.
 */
function outlinedText() {
  const defs = new Map<string, string>();
  const textSvg: TextSvg = (s) => {
    const fontName = s.bold ? "bold" : "regular";
    const font = pdfFonts()[fontName];
    const run = font.layout(printable(s.text));
    const k = s.size / font.unitsPerEm;
    const width = run.advanceWidth * k;
    let x = s.anchor === "middle" ? s.x - width / 2 : s.anchor === "end" ? s.x - width : s.x;
    const parts: string[] = [];
    run.glyphs.forEach((glyph, i) => {
      const pos = run.positions[i]!;
      const id = `${fontName[0]}${glyph.id}`;
      if (!defs.has(id)) defs.set(id, glyphPath(font, glyph));
      if (defs.get(id)) parts.push(`<use href="#${id}" transform="translate(${n(x + pos.xOffset * k)} ${n(s.y - pos.yOffset * k)}) scale(${k.toPrecision(6)} ${(-k).toPrecision(6)})"/>`);
      x += pos.xAdvance * k;
    });
    return `<g fill="${s.color}">${parts.join("")}</g>`;
  };
  const defsSvg = () => `<defs>${[...defs].filter(([, d]) => d).map(([id, d]) => `<path id="${id}" d="${d}"/>`).join("")}</defs>`;
  return { textSvg, defsSvg };
}

export function sceneToPng(scene: Scene, scale = RASTER_SCALE): { png: Buffer; width: number; height: number } {
  const { textSvg, defsSvg } = outlinedText();
  const body = sceneToSvg(scene, textSvg);
  // The glyphs' definitions go first, after the opening tag.
  const svg = body.replace(/^(<svg[^>]*>)/, (open) => open + defsSvg());
  const resvg = new Resvg(svg, { fitTo: { mode: "zoom", value: scale }, font: { loadSystemFonts: false } });
  const image = resvg.render();
  return { png: image.asPng(), width: image.width, height: image.height };
}
