import type { Scene, Shape, Stroke } from "./types";

// A scene as an SVG document: what Word receives, rasterised (lib/reports/charts/raster.ts). The
// text names the documents' font family, which the rasteriser is given as a file.

export const CHART_FONT_FAMILY = "Noto Sans SC";

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const n = (v: number) => String(Math.round(v * 100) / 100);
const stroke = (s: Stroke | undefined) => (s ? ` stroke="${s.stroke}" stroke-width="${n(s.width)}"${s.dash ? ` stroke-dasharray="${s.dash.map(n).join(" ")}"` : ""}` : ` stroke="none"`);

/** Draws a text shape otherwise than as <text> (the rasteriser draws it as the font's outlines). */
export type TextSvg = (s: Extract<Shape, { kind: "text" }>) => string;

function shapeSvg(s: Shape, textSvg?: TextSvg): string {
  switch (s.kind) {
    case "rect":
      return `<rect x="${n(s.x)}" y="${n(s.y)}" width="${n(s.w)}" height="${n(s.h)}" fill="${s.fill}"/>`;
    case "line":
      return `<line x1="${n(s.x1)}" y1="${n(s.y1)}" x2="${n(s.x2)}" y2="${n(s.y2)}"${stroke(s.line)}/>`;
    case "path": {
      const d = s.points.map(([x, y], i) => `${i === 0 ? "M" : "L"}${n(x)} ${n(y)}`).join(" ") + (s.closed ? " Z" : "");
      const fill = s.fill ? ` fill="${s.fill.color}"${s.fill.opacity < 1 ? ` fill-opacity="${s.fill.opacity}"` : ""}` : ` fill="none"`;
      return `<path d="${d}"${fill}${stroke(s.line)} stroke-linejoin="round"/>`;
    }
    case "circle":
      return `<circle cx="${n(s.cx)}" cy="${n(s.cy)}" r="${n(s.r)}" fill="${s.fill}"${s.line ? stroke(s.line) : ""}/>`;
    case "text":
      if (textSvg) return textSvg(s);
      return `<text x="${n(s.x)}" y="${n(s.y)}" font-size="${n(s.size)}"${s.bold ? ` font-weight="700"` : ""} fill="${s.color}"${s.anchor === "start" ? "" : ` text-anchor="${s.anchor}"`}>${escape(s.text)}</text>`;
  }
}

/** The scene as SVG, its user units the scene's points, on white. */
export function sceneToSvg(scene: Scene, textSvg?: TextSvg): string {
  const { width, height } = scene;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" font-family="${CHART_FONT_FAMILY}">`,
    `<rect width="${n(width)}" height="${n(height)}" fill="#ffffff"/>`,
    ...scene.shapes.map((shape) => shapeSvg(shape, textSvg)),
    `</svg>`,
  ].join("");
}

export { n as svgNumber };
