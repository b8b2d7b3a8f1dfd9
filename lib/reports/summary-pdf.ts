import "server-only";
import PDFDocument from "pdfkit";
import { pdfFonts, printable } from "./fonts";
import { chartScene, columnWidth, CHART_GAP } from "./charts";
import { drawScene } from "./charts/pdf";
import type { BarsBlock, Block, ChartBlock, FiguresBlock, RenderableDocument, TableBlock } from "./summary-document";
import { measureText } from "./fonts";

// The summary as an A4 PDF, drawn on the server with pdfkit (no browser): headings, key figures,
// tables that continue across pages with their header repeated, and simple bar charts drawn as
// rectangles. Chinese text uses the embedded Noto Sans SC subset.

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = { top: 56, bottom: 60, left: 50, right: 50 };
/** A brief's page: less room above the title and down to 10 pt over the footer line. */
const BRIEF_MARGIN = { ...MARGIN, top: 38, bottom: 50 };
const CONTENT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
const COLORS = {
  text: "#0f172a",
  muted: "#475569",
  rule: "#cbd5e1",
  headerFill: "#eef6fb",
  brand: "#155479",
  median: "#94a3b8",
  draft: "#b91c1c",
  reference: "#047857",
};
const TONE_FILL: Record<string, string> = {
  achieved: "#047857",
  on_track: "#059669",
  moderate: "#d97706",
  limited: "#ea580c",
  deterioration: "#dc2626",
  insufficient_data: "#94a3b8",
  no_data_yet: "#94a3b8",
  met: "#047857",
  missed: "#dc2626",
};
const FULL_SIZE = { title: 17, subtitle: 10, h2: 13.5, h3: 11, body: 9.5, small: 8.5 };
/** A brief's text is a size smaller, so that its chart of every target and its diagnosis fit its one page. */
const BRIEF_SIZE = { title: 14, subtitle: 8.5, h2: 11.5, h3: 9.5, body: 8.5, small: 7.5 };
// The sizes of the document being drawn: drawing is synchronous from the first page to doc.end(), so
// one document's sizes are never seen by another's (renderSummaryPdf sets them and puts them back).
let SIZE = FULL_SIZE;

type Doc = InstanceType<typeof PDFDocument>;
type FontName = "regular" | "bold";

// pdfkit compares the new font with the current one on every switch (by serialising its name
// table), which dominated the drawing time: switch only when the font actually changes.
const currentFont = new WeakMap<Doc, FontName>();
function setFont(doc: Doc, name: FontName, size: number): Doc {
  if (currentFont.get(doc) !== name) {
    doc.font(name);
    currentFont.set(doc, name);
  }
  return doc.fontSize(size);
}

export async function renderSummaryPdf(document: RenderableDocument): Promise<Buffer> {
  SIZE = document.layout === "brief" ? BRIEF_SIZE : FULL_SIZE;
  // drawPdf draws every page before its first await: the sizes are put back once it returns.
  const pdf = drawPdf(document);
  SIZE = FULL_SIZE;
  return pdf;
}

async function drawPdf(document: RenderableDocument): Promise<Buffer> {
  const fonts = pdfFonts();
  const doc = new PDFDocument({
    size: "A4",
    margins: document.layout === "brief" ? BRIEF_MARGIN : MARGIN,
    // pdfkit takes a parsed fontkit font wherever it takes a font file (its types say only paths).
    font: fonts.regular as unknown as string,
    bufferPages: true,
    lang: document.lang === "zh" ? "zh-CN" : "en-GB",
    displayTitle: true,
    info: { Title: printable(document.title), Author: printable(document.footer), Subject: printable(document.subtitle) },
  });
  doc.registerFont("regular", fonts.regular as unknown as string);
  doc.registerFont("bold", fonts.bold as unknown as string);
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on("end", () => resolve());
    doc.on("error", reject);
  });

  // The title block: the issuing body, the title, then the number and the date of issue.
  doc.fillColor(COLORS.text);
  text(doc, document.head.issuer, { font: "bold", size: SIZE.h2, color: COLORS.brand, align: "center" });
  rule(doc, 1.2, COLORS.brand);
  text(doc, document.title, { font: "bold", size: SIZE.title, align: "center" });
  text(doc, document.subtitle, { size: SIZE.subtitle, color: COLORS.muted, align: "center" });
  text(doc, `${document.head.number}    ${document.head.issued}`, { size: SIZE.subtitle, align: "center" });
  if (document.draftNote) text(doc, document.draftNote, { size: SIZE.small, color: COLORS.draft });
  if (document.demoNote) text(doc, document.demoNote, { size: SIZE.small, color: "#92400e" });
  doc.moveDown(document.layout === "brief" ? 0.2 : 0.6);

  const brief = document.layout === "brief";
  document.sections.forEach((section, i) => {
    // Sections follow one another; a heading starts a new page only when it and the start of its
    // first block do not fit on this one (no page ends with a heading, none is left half empty). A
    // brief's sections share its one page, under smaller headings.
    if (i > 0) doc.moveDown(brief ? 0.3 : 1);
    const heading = `${section.number}. ${section.heading}`;
    const size = brief ? SIZE.h3 + 0.5 : SIZE.h2;
    setFont(doc, "bold", size);
    ensure(doc, doc.heightOfString(printable(heading), { width: CONTENT_WIDTH }) + (brief ? 8 : 32) + (section.blocks[0] ? headHeight(doc, section.blocks[0]) : 0));
    text(doc, heading, { font: "bold", size, color: COLORS.brand, gap: brief ? 0.15 : undefined });
    if (!brief) rule(doc);
    section.blocks.forEach((block, j) => drawBlock(doc, block, section.blocks[j + 1]));
  });
  if (document.signature.length > 0) drawSignature(doc, document.signature);

  // Page footers: the document's name and "n / N".
  const range = doc.bufferedPageRange();
  for (let p = range.start; p < range.start + range.count; p++) {
    doc.switchToPage(p);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    if (document.watermark) drawWatermark(doc, document.watermark);

    setFont(doc, "regular", SIZE.small).fillColor(COLORS.muted);
    doc.text(printable(document.footer), MARGIN.left, A4.height - 40, { width: CONTENT_WIDTH * 0.8, lineBreak: false });
    doc.text(`${p + 1} / ${range.count}`, MARGIN.left, A4.height - 40, { width: CONTENT_WIDTH, align: "right", lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  await finished;
  return Buffer.concat(chunks);
}

function remaining(doc: Doc): number {
  return A4.height - doc.page.margins.bottom - doc.y;
}

function ensure(doc: Doc, height: number) {
  if (remaining(doc) < height) doc.addPage();
}

function text(doc: Doc, value: string, opts: { font?: FontName; size?: number; color?: string; gap?: number; align?: "left" | "center" } = {}) {
  setFont(doc, opts.font ?? "regular", opts.size ?? SIZE.body).fillColor(opts.color ?? COLORS.text);
  const height = doc.heightOfString(printable(value), { width: CONTENT_WIDTH });
  ensure(doc, Math.min(height, 80));
  doc.text(printable(value), MARGIN.left, doc.y, { width: CONTENT_WIDTH, lineGap: 2, align: opts.align ?? "left" });
  doc.moveDown(opts.gap ?? 0.35);
}

function rule(doc: Doc, width = 0.6, color = COLORS.rule) {
  doc.moveTo(MARGIN.left, doc.y).lineTo(A4.width - MARGIN.right, doc.y).lineWidth(width).strokeColor(color).stroke();
  doc.moveDown(0.5);
}

/** A draft's mark across the page, large and light, turned 35° about the page's centre, over the content so that no fill hides it. */
function drawWatermark(doc: Doc, mark: string) {
  const { x, y } = doc;
  // 48 pt, smaller where the mark is long ("DRAFT / NOT APPROVED"), so that it stays within the page.
  setFont(doc, "bold", 48);
  const size = Math.min(48, (48 * 400) / doc.widthOfString(printable(mark)));
  setFont(doc, "bold", size);
  const w = doc.widthOfString(printable(mark));
  const angle = (35 * Math.PI) / 180;
  // pdfkit turns the text about its top-left corner: place that corner so the text's centre is the page's.
  const left = A4.width / 2 - (w / 2) * Math.cos(angle) - (size / 2) * Math.sin(angle);
  const top = A4.height / 2 + (w / 2) * Math.sin(angle) - (size / 2) * Math.cos(angle);
  doc.fillColor(COLORS.draft).fillOpacity(0.13);
  // No width: pdfkit then draws the line as it is, without its line wrapper (whose state a page
  // break in the middle of a paragraph would share).
  // pdfkit 0.17 takes `rotation` (degrees, counter-clockwise); its types do not list it yet.
  doc.text(printable(mark), left, top, { lineBreak: false, rotation: 35 } as PDFKit.Mixins.TextOptions);
  doc.fillOpacity(1);
  doc.x = x;
  doc.y = y;
}

/** The closing block: a line to sign for each of prepared by, reviewed by and the date. */
function drawSignature(doc: Doc, labels: string[]) {
  doc.moveDown(1.5);
  ensure(doc, 60);
  rule(doc);
  const width = CONTENT_WIDTH / labels.length;
  const y = doc.y + 18;
  labels.forEach((label, i) => {
    const x = MARGIN.left + i * width;
    setFont(doc, "regular", SIZE.body).fillColor(COLORS.text).text(printable(label), x, y, { width: width - 12, lineBreak: false });
    const lineFrom = x + doc.widthOfString(printable(label)) + 6;
    doc.moveTo(lineFrom, y + 11).lineTo(x + width - 16, y + 11).lineWidth(0.6).strokeColor(COLORS.muted).stroke();
  });
  doc.x = MARGIN.left;
  doc.y = y + 24;
}

/**
 * The height at the start of `block` that must stay with what comes before it (a heading, a caption):
 * a paragraph (whole up to 80 pt, as text() keeps it), a table's caption, header and first two rows,
 * a chart's caption and first row, a subheading with the start of the block after it.
 */
function headHeight(doc: Doc, block: Block, next?: Block): number {
  const height = (value: string, font: FontName, size: number, width = CONTENT_WIDTH) => {
    setFont(doc, font, size);
    return doc.heightOfString(printable(value), { width });
  };
  switch (block.kind) {
    case "p":
      return Math.min(height(block.text, "regular", block.note ? SIZE.small : SIZE.body), 80);
    case "narrative":
      return Math.min(height(block.sentences.map((x) => x.text).join(block.lang === "zh" ? "" : " "), "regular", SIZE.body), 80) + 4;
    case "list":
      return block.items[0] ? Math.min(height(`• ${block.items[0]}`, "regular", SIZE.small), 80) : 0;
    case "h3":
      return height(block.text, "bold", SIZE.h3) + 22 + (next ? headHeight(doc, next) : 0);
    case "figures":
      return 40;
    case "table": {
      const widths = columnWidths(block);
      const row = (cells: string[], font: FontName) => Math.max(...cells.map((c, i) => height(c, font, SIZE.small, widths[i]! - 6))) + 6;
      return height(block.caption, "bold", SIZE.small + 0.5) + 14 + row(block.headers, "bold") + block.rows.slice(0, 2).reduce((sum, r) => sum + row(r.map((c) => c.text), "regular"), 0);
    }
    case "chart": {
      const first = block.charts.slice(0, block.columns).map((spec) => chartScene(spec, columnWidth(CONTENT_WIDTH, block.columns), measureText).height);
      return height(block.caption, "bold", SIZE.small + 0.5) + 16 + Math.max(0, ...first);
    }
    case "bars":
      return height(block.caption, "bold", SIZE.small + 0.5) + 30;
  }
}

function drawBlock(doc: Doc, block: Block, next?: Block) {
  switch (block.kind) {
    case "p":
      text(doc, block.text, { size: block.note ? SIZE.small : SIZE.body, color: block.note ? COLORS.muted : COLORS.text });
      return;
    case "h3":
      doc.moveDown(0.3);
      // Kept with the start of the block it heads.
      ensure(doc, headHeight(doc, block, next));
      text(doc, block.text, { font: "bold", size: SIZE.h3 });
      return;
    case "list":
      for (const item of block.items) text(doc, `• ${item}`, { size: SIZE.small, gap: 0.15 });
      doc.moveDown(0.3);
      return;
    case "figures":
      return drawFigures(doc, block);
    case "table":
      return drawTable(doc, block);
    case "bars":
      return drawBars(doc, block);
    case "chart":
      return drawCharts(doc, block);
    case "narrative":
      doc.moveDown(0.2);
      // One paragraph, as on the page.
      text(doc, block.sentences.map((s) => s.text).join(block.lang === "zh" ? "" : " "), { size: SIZE.body });
      doc.moveDown(0.3);
      return;
  }
}

function drawFigures(doc: Doc, block: FiguresBlock) {
  const columns = 3;
  const width = CONTENT_WIDTH / columns;
  for (let start = 0; start < block.items.length; start += columns) {
    const row = block.items.slice(start, start + columns);
    ensure(doc, 40);
    const y = doc.y;
    let bottom = y;
    row.forEach((item, i) => {
      const x = MARGIN.left + i * width;
      setFont(doc, "regular", SIZE.small).fillColor(COLORS.muted).text(printable(item.label), x, y, { width: width - 8 });
      setFont(doc, "bold", SIZE.h3 + 1).fillColor(COLORS.text).text(printable(item.value), x, doc.y + 1, { width: width - 8 });
      bottom = Math.max(bottom, doc.y);
    });
    doc.x = MARGIN.left;
    doc.y = bottom + 6;
  }
  doc.moveDown(0.3);
}

function columnWidths(block: TableBlock): number[] {
  // Text columns get more room than number columns; the first (names) the most.
  const weights = block.weights ?? block.headers.map((_, i) => (i === 0 ? 2.4 : block.numeric[i] ? 1 : 1.5));
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (w / total) * CONTENT_WIDTH);
}

function drawTable(doc: Doc, block: TableBlock) {
  const widths = columnWidths(block);
  const pad = 3;
  const size = SIZE.small;
  doc.moveDown(0.2);
  // The caption, the header and the first rows go together: a new page first where they do not fit.
  ensure(doc, headHeight(doc, block));
  text(doc, block.caption, { font: "bold", size: SIZE.small + 0.5, gap: 0.2 });

  const rowHeight = (cells: string[], font: FontName) => {
    setFont(doc, font, size);
    return Math.max(...cells.map((c, i) => doc.heightOfString(printable(c), { width: widths[i]! - 2 * pad }))) + 2 * pad;
  };
  const drawRow = (cells: string[], font: FontName, fill: string | null, tones: (string | undefined)[] = []) => {
    const h = rowHeight(cells, font);
    if (remaining(doc) < h) {
      doc.addPage();
      drawHeader();
    }
    const y = doc.y;
    if (fill) doc.rect(MARGIN.left, y, CONTENT_WIDTH, h).fill(fill);
    let x = MARGIN.left;
    cells.forEach((c, i) => {
      const tone = tones[i];
      setFont(doc, font, size).fillColor(tone && TONE_FILL[tone] ? TONE_FILL[tone]! : COLORS.text);
      doc.text(printable(c), x + pad, y + pad, { width: widths[i]! - 2 * pad, align: block.numeric[i] ? "right" : "left" });
      x += widths[i]!;
    });
    doc.moveTo(MARGIN.left, y + h).lineTo(MARGIN.left + CONTENT_WIDTH, y + h).lineWidth(0.4).strokeColor(COLORS.rule).stroke();
    doc.x = MARGIN.left;
    doc.y = y + h;
  };
  const drawHeader = () => drawRow(block.headers, "bold", COLORS.headerFill);

  drawHeader();
  for (const row of block.rows) drawRow(row.map((c) => c.text), "regular", null, row.map((c) => c.tone));
  doc.moveDown(0.6);
}

function drawBars(doc: Doc, block: BarsBlock) {
  const labelWidth = CONTENT_WIDTH * 0.34;
  const valueWidth = CONTENT_WIDTH * 0.2;
  const plotX = MARGIN.left + labelWidth;
  const plotWidth = CONTENT_WIDTH - labelWidth - valueWidth;
  const barHeight = 7;
  const scale = (v: number) => ((Math.min(Math.max(v, block.min), block.max) - block.min) / (block.max - block.min)) * plotWidth;
  const seriesFill = [COLORS.brand, COLORS.median];

  doc.moveDown(0.2);
  text(doc, block.caption, { font: "bold", size: SIZE.small + 0.5, gap: 0.2 });
  if (block.series.length > 1) {
    const legend = block.series.map((s, i) => `${i === 0 ? "■" : "□"} ${s}`).join("    ");
    text(doc, legend, { size: SIZE.small, color: COLORS.muted, gap: 0.2 });
  }
  for (const item of block.items) {
    setFont(doc, "regular", SIZE.small);
    const labelHeight = doc.heightOfString(printable(item.label), { width: labelWidth - 6 });
    // The value's text may wrap too ("24% · Moderate — acceleration needed"): the row is as tall as the taller.
    const valueHeight = doc.heightOfString(printable(item.texts.join(" / ")), { width: valueWidth - 6 });
    const h = Math.max(labelHeight, valueHeight, block.series.length * (barHeight + 2)) + 5;
    ensure(doc, h);
    const y = doc.y;
    doc.fillColor(COLORS.text).text(printable(item.label), MARGIN.left, y, { width: labelWidth - 6 });
    item.values.forEach((v, i) => {
      const by = y + i * (barHeight + 2) + 1;
      doc.rect(plotX, by, plotWidth, barHeight).fill("#f1f5f9");
      if (v !== null && v > block.min) {
        const fill = block.series.length > 1 ? seriesFill[i]! : (item.tone && TONE_FILL[item.tone]) || COLORS.brand;
        doc.rect(plotX, by, Math.max(scale(v), 0.5), barHeight).fill(fill);
      }
    });
    if (block.reference) {
      const rx = plotX + scale(block.reference.value);
      doc.moveTo(rx, y - 1).lineTo(rx, y + h - 4).lineWidth(0.8).strokeColor(COLORS.reference).stroke();
    }
    setFont(doc, "regular", SIZE.small).fillColor(COLORS.text).text(printable(item.texts.join(" / ")), plotX + plotWidth + 6, y, { width: valueWidth - 6 });
    doc.x = MARGIN.left;
    doc.y = y + h;
  }
  if (block.reference) text(doc, `│ ${block.reference.label} = ${block.reference.value}%`, { size: SIZE.small, color: COLORS.reference });
  doc.moveDown(0.4);
}

/** Charts as vectors, a row at a time; a row that does not fit the page starts the next one (with the caption when it is the first). */
function drawCharts(doc: Doc, block: ChartBlock) {
  const width = columnWidth(CONTENT_WIDTH, block.columns);
  const scenes = block.charts.map((spec) => chartScene(spec, width, measureText));
  const rows: (typeof scenes)[] = [];
  for (let i = 0; i < scenes.length; i += block.columns) rows.push(scenes.slice(i, i + block.columns));
  const rowHeight = (row: typeof scenes) => Math.max(...row.map((s) => s.height));

  doc.moveDown(0.2);
  setFont(doc, "bold", SIZE.small + 0.5);
  const captionHeight = doc.heightOfString(printable(block.caption), { width: CONTENT_WIDTH }) + 6;
  ensure(doc, captionHeight + (rows[0] ? rowHeight(rows[0]) : 0) + 6);
  text(doc, block.caption, { font: "bold", size: SIZE.small + 0.5, gap: 0.3 });
  const font = (bold: boolean, size: number) => setFont(doc, bold ? "bold" : "regular", size);
  for (const row of rows) {
    const h = rowHeight(row);
    ensure(doc, h + 4);
    const y = doc.y;
    row.forEach((scene, i) => drawScene(doc, scene, MARGIN.left + i * (width + CHART_GAP), y, font));
    doc.x = MARGIN.left;
    doc.y = y + h + 8;
  }
  if (block.note) text(doc, block.note, { size: SIZE.small, color: COLORS.muted });
  doc.moveDown(0.4);
}
