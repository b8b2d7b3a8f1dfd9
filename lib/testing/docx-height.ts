import { strFromU8, unzipSync } from "fflate";

// How tall a Word file's body is, estimated from its XML — Word files have no page count: Word lays
// the pages out when it opens the file. The estimate errs on the tall side, so that a body it finds
// within one page is within one page in Word and WPS:
// - every paragraph and table row is as many lines as its text needs at its font size, each character
//   as wide as Chinese (1 em) or as a wide Latin average (0.6 em: Arial's letters and digits are
//   0.5–0.56 em on average, its capitals up to 0.72), in the width its cell or the page gives it;
// - a line is 1.35 × the font size where it holds Chinese (Microsoft YaHei's single line is 1.32 em)
//   and 1.2 × where it does not (Arial's is 1.15 em);
// - spacing before and after, cell margins and a drawing's own height are added as written;
// - the page's header (a draft's watermark) takes its room from the body where it is taller than the
//   room above the body leaves it.
// All lengths in twips (1/20 pt).

const EMU_PER_TWIP = 635;
const HAN = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u2580-\u259f]/;

const decode = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|apos);/g, (_, n: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" })[n]!).replace(/&#(\d+);/g, (_, c: string) => String.fromCodePoint(Number(c)));

const attr = (xml: string, tag: string, name: string): number | null => {
  const m = new RegExp(`<${tag}\\b[^>]*\\b${name}="(-?\\d+)"`).exec(xml);
  return m ? Number(m[1]) : null;
};

/** One paragraph's height in `width` twips of room; `defaultSize` in half-points. */
export function paragraphHeight(p: string, width: number, defaultSize: number): number {
  const text = [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1]!)).join("");
  const sizes = [...p.matchAll(/<w:sz w:val="(\d+)"/g)].map((m) => Number(m[1]));
  const pt = (sizes.length > 0 ? Math.max(...sizes) : defaultSize) / 2;
  const indent = attr(p, "w:ind", "w:left") ?? (p.includes("<w:numPr>") ? 720 : 0);
  const room = Math.max(width - indent, 200);
  let lineWidth = 0;
  let lines = 1;
  for (const ch of text) {
    if (ch === "\n") {
      lines++;
      lineWidth = 0;
      continue;
    }
    const w = (HAN.test(ch) ? 1 : 0.6) * pt * 20;
    if (lineWidth + w > room) {
      lines++;
      lineWidth = 0;
    }
    lineWidth += w;
  }
  lines += (p.match(/<w:br\/>/g) ?? []).length;
  const lineHeight = pt * 20 * (HAN.test(text) ? 1.35 : 1.2);
  const drawings = [...p.matchAll(/<wp:extent cx="\d+" cy="(\d+)"/g)].map((m) => Number(m[1]) / EMU_PER_TWIP);
  const body = Math.max(lines * lineHeight, ...drawings);
  return body + (attr(p, "w:spacing", "w:before") ?? 0) + (attr(p, "w:spacing", "w:after") ?? 0);
}

export function tableHeight(tbl: string, defaultSize: number): number {
  const margins = tbl.match(/<w:tblCellMar>[\s\S]*?<\/w:tblCellMar>/)?.[0] ?? "";
  const top = attr(margins, "w:top", "w:w") ?? 0;
  const bottom = attr(margins, "w:bottom", "w:w") ?? 0;
  const side = (attr(margins, "w:left", "w:w") ?? attr(margins, "w:start", "w:w") ?? 108) + (attr(margins, "w:right", "w:w") ?? attr(margins, "w:end", "w:w") ?? 108);
  let height = 0;
  for (const row of tbl.match(/<w:tr\b[\s\S]*?<\/w:tr>/g) ?? []) {
    let rowHeight = 0;
    for (const cell of row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []) {
      const width = (attr(cell, "w:tcW", "w:w") ?? 2000) - side;
      const cellMargins = cell.match(/<w:tcMar>[\s\S]*?<\/w:tcMar>/)?.[0] ?? "";
      const paragraphs = cell.match(/<w:p\b[\s\S]*?<\/w:p>/g) ?? [];
      const content = paragraphs.reduce((sum, p) => sum + paragraphHeight(p, width, defaultSize), 0);
      rowHeight = Math.max(rowHeight, content + (attr(cellMargins, "w:top", "w:w") ?? top) + (attr(cellMargins, "w:bottom", "w:w") ?? bottom));
    }
    height += rowHeight;
  }
  return height;
}

export type DocxMeasure = {
  /** The body's estimated height. */
  height: number;
  /** The room one page gives the body: the page less its margins, less what the header takes beyond the top margin. */
  page: number;
  /** Page breaks the body asks for (explicit breaks, or paragraphs that start a page). */
  pageBreaks: number;
  /** Section breaks: each starts a page. */
  sections: number;
};

export function measureDocx(docx: Buffer): DocxMeasure {
  const parts = unzipSync(new Uint8Array(docx));
  const xml = strFromU8(parts["word/document.xml"]!);
  const styles = strFromU8(parts["word/styles.xml"]!);
  const defaultSize = attr(styles.match(/<w:docDefaults>[\s\S]*?<\/w:docDefaults>/)?.[0] ?? "", "w:sz", "w:val") ?? 22;
  const body = xml.slice(xml.indexOf("<w:body>"), xml.lastIndexOf("</w:body>"));
  const sectPr = body.match(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g) ?? [];
  const last = sectPr.at(-1) ?? "";
  const pageHeight = attr(last, "w:pgSz", "w:h") ?? 16838;
  const pageWidth = attr(last, "w:pgSz", "w:w") ?? 11906;
  const topMargin = attr(last, "w:pgMar", "w:top") ?? 1440;
  const bottomMargin = attr(last, "w:pgMar", "w:bottom") ?? 1440;
  const width = pageWidth - (attr(last, "w:pgMar", "w:left") ?? 1440) - (attr(last, "w:pgMar", "w:right") ?? 1440);
  const headerDistance = attr(last, "w:pgMar", "w:header") ?? 708;

  let height = 0;
  for (const m of body.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p\b[^>]*\/>|<w:p\b[\s\S]*?<\/w:p>/g)) {
    const block = m[0];
    if (block.startsWith("<w:tbl>")) height += tableHeight(block, defaultSize);
    else if (block.endsWith("/>") && !block.includes("</w:p>")) height += (defaultSize / 2) * 20 * 1.2;
    else height += paragraphHeight(block, width, defaultSize);
  }
  const headerHeight = Object.entries(parts)
    .filter(([name]) => /^word\/header\d*\.xml$/.test(name))
    .map(([, bytes]) => (strFromU8(bytes).match(/<w:p\b[\s\S]*?<\/w:p>/g) ?? []).reduce((sum, p) => sum + paragraphHeight(p, width, defaultSize), 0))
    .reduce((a, b) => Math.max(a, b), 0);
  const page = pageHeight - topMargin - bottomMargin - Math.max(0, headerDistance + headerHeight - topMargin);
  const pageBreaks = (body.match(/<w:br w:type="page"\/>/g) ?? []).length + (body.match(/<w:pageBreakBefore\/>/g) ?? []).length;
  return { height, page, pageBreaks, sections: Math.max(0, sectPr.length - 1) };
}
