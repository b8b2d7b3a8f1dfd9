import type PDFDocument from "pdfkit";
import { printable } from "../fonts";
import type { Scene, Stroke } from "./types";

// A chart drawn into the PDF as vectors (paths and text in the embedded font), at (x, y) in points.

type Doc = InstanceType<typeof PDFDocument>;

export function drawScene(doc: Doc, scene: Scene, x: number, y: number, font: (bold: boolean, size: number) => void) {
  const stroke = (s: Stroke) => {
    doc.lineWidth(s.width).strokeColor(s.stroke);
    if (s.dash) doc.dash(s.dash[0], { space: s.dash[1] });
    else doc.undash();
  };
  doc.save();
  doc.translate(x, y);
  for (const s of scene.shapes) {
    switch (s.kind) {
      case "rect":
        doc.rect(s.x, s.y, s.w, s.h).fill(s.fill);
        break;
      case "line":
        stroke(s.line);
        doc.moveTo(s.x1, s.y1).lineTo(s.x2, s.y2).stroke();
        break;
      case "path": {
        const [first, ...rest] = s.points;
        if (!first) break;
        doc.moveTo(first[0], first[1]);
        for (const [px, py] of rest) doc.lineTo(px, py);
        if (s.closed) doc.closePath();
        if (s.line) stroke(s.line);
        if (s.fill) doc.fillOpacity(s.fill.opacity).fillColor(s.fill.color);
        if (s.fill && s.line) doc.fillAndStroke();
        else if (s.fill) doc.fill();
        else doc.stroke();
        doc.fillOpacity(1);
        break;
      }
      case "circle":
        doc.circle(s.cx, s.cy, s.r);
        if (s.line) {
          stroke(s.line);
          doc.fillColor(s.fill).fillAndStroke();
        } else doc.fill(s.fill);
        break;
      case "text": {
        const value = printable(s.text);
        font(!!s.bold, s.size);
        const w = s.anchor === "start" ? 0 : doc.widthOfString(value);
        const left = s.anchor === "middle" ? s.x - w / 2 : s.anchor === "end" ? s.x - w : s.x;
        doc.fillColor(s.color).text(value, left, s.y, { lineBreak: false, baseline: "alphabetic" } as PDFKit.Mixins.TextOptions);
        break;
      }
    }
  }
  doc.undash();
  doc.restore();
}
