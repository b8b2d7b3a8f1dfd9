import "server-only";
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { stripControlChars } from "@/lib/validations/text";
import { chartScene, columnWidth, CHART_GAP } from "./charts";
import { sceneToPng } from "./charts/raster";
import type { Scene } from "./charts/types";
import { measureText } from "./fonts";
import type { BarsBlock, Block, ChartBlock, FiguresBlock, RenderableDocument, TableBlock } from "./summary-document";

// The summary as a Word document (.docx), what officials exchange: the same sections, figures,
// tables and sentences as the page and the PDF. Charts are the PDF's drawings as pictures (PNG, drawn
// by lib/reports/charts at the width of Word's text column, so their text is the PDF's size).
// No font is embedded: the document asks for Microsoft YaHei for Chinese (Word substitutes a
// system CJK font where it is missing) and Arial for Latin text. Every text goes through run() (or
// stripControlChars), which drops the control characters the document's XML cannot hold.

const FONT = { ascii: "Arial", hAnsi: "Arial", cs: "Arial", eastAsia: "Microsoft YaHei" };
const BRAND = "155479";
const MUTED = "475569";
const HEADER_FILL = "EEF6FB";
const DRAFT = "B91C1C";
const DRAFT_MARK = "F4B4B4";
const TONE_COLOR: Record<string, string> = {
  achieved: "047857",
  on_track: "047857",
  moderate: "B45309",
  limited: "C2410C",
  deterioration: "B91C1C",
  insufficient_data: "475569",
  no_data_yet: "475569",
  met: "047857",
  missed: "B91C1C",
  weak: "B91C1C",
};
const A4_CONTENT_TWIPS = 9638; // 210 mm − 2 × 20 mm
const BAR_CELLS = 20;

/**
 * The layout of the document being built: a brief's text is smaller (× 0.85) and its blocks have no
 * empty paragraph after them, so that it fits one page. The document's objects are built
 * synchronously (renderSummaryDocx sets this and puts it back before packing), so one document's
 * layout is never seen by another's.
 */
const FULL_LAYOUT = { scale: 1, gaps: true };
const BRIEF_LAYOUT = { scale: 0.85, gaps: false };
let LAYOUT = FULL_LAYOUT;
const sized = (size: number | undefined) => (size === undefined ? undefined : Math.round(size * LAYOUT.scale));
/** The empty paragraph after a table, where the layout has one. */
const gap = () => (LAYOUT.gaps ? [para("")] : []);

const run = (text: string, opts: { bold?: boolean; color?: string; size?: number } = {}) =>
  new TextRun({ text: stripControlChars(text), bold: opts.bold, color: opts.color, size: sized(opts.size) });

const para = (text: string, opts: { bold?: boolean; color?: string; size?: number; spacingAfter?: number } = {}) =>
  new Paragraph({ children: [run(text, opts)], spacing: { after: opts.spacingAfter ?? 120 } });

export async function renderSummaryDocx(document: RenderableDocument): Promise<Buffer> {
  LAYOUT = document.layout === "brief" ? BRIEF_LAYOUT : FULL_LAYOUT;
  let doc: Document;
  try {
    doc = buildDocx(document);
  } finally {
    LAYOUT = FULL_LAYOUT;
  }
  return Packer.toBuffer(doc);
}

function buildDocx(document: RenderableDocument): Document {
  // The title block: the issuing body over a rule, the title, then the number and the date of issue.
  const centred = (text: string, opts: Parameters<typeof run>[1], after = 120) =>
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run(text, opts)], spacing: { after } });
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [run(document.head.issuer, { bold: true, color: BRAND, size: 28 })],
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: BRAND, space: 6 } },
      spacing: { after: LAYOUT.gaps ? 240 : 120 },
    }),
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [run(document.title, { bold: true, color: BRAND, size: 36 })], spacing: { after: 120 } }),
    centred(document.subtitle, { color: MUTED, size: 20 }),
    centred(`${document.head.number}    ${document.head.issued}`, { size: 20 }, 200),
  ];
  if (document.draftNote) children.push(para(document.draftNote, { color: DRAFT, size: 18 }));
  if (document.demoNote) children.push(para(document.demoNote, { color: "92400E", size: 18 }));

  const brief = document.layout === "brief";
  document.sections.forEach((section) => {
    // Sections follow one another (no page break before each, which left pages half empty; a brief's
    // share its one page); a heading, caption and table header keep with what follows them, so Word
    // breaks the page before them.
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        keepNext: true,
        children: [run(`${section.number}. ${section.heading}`, { bold: true, color: BRAND, size: brief ? 23 : 28 })],
        spacing: brief ? { before: 80, after: 40 } : { before: 240, after: 160 },
        border: brief ? undefined : { bottom: { style: BorderStyle.SINGLE, size: 6, color: "CBD5E1", space: 4 } },
      }),
    );
    for (const block of section.blocks) children.push(...blockToDocx(block));
  });
  if (document.signature.length > 0) children.push(para("", { spacingAfter: 360 }), signatureTable(document.signature));

  const doc = new Document({
    creator: stripControlChars(document.footer),
    title: stripControlChars(document.title),
    description: stripControlChars(document.subtitle),
    styles: {
      default: {
        document: { run: { font: FONT, size: sized(21), language: { value: document.lang === "zh" ? "zh-CN" : "en-GB", eastAsia: "zh-CN" } } },
        heading1: { run: { font: FONT } },
        title: { run: { font: FONT } },
      },
    },
    sections: [
      {
        // A brief's page has 1.5 cm above and below its body (its header, a draft's mark, 0.7 cm from the edge), the full summary's 2 cm.
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: brief ? { top: 850, bottom: 850, left: 1134, right: 1134, header: 400 } : { top: 1134, bottom: 1134, left: 1134, right: 1134 } },
        },
        // Word's own watermark is a VML shape the docx package cannot write: a draft carries its mark
        // as large light text in the page header instead, which Word repeats on every page.
        headers: document.watermark
          ? {
              default: new Header({
                children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: document.watermark, bold: true, size: 56, color: DRAFT_MARK })] })],
              }),
            }
          : undefined,
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ text: `${stripControlChars(document.footer)} · `, size: 16, color: MUTED }), new TextRun({ children: [PageNumber.CURRENT], size: 16, color: MUTED })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return doc;
}

function blockToDocx(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case "p":
      return [para(block.text, block.note ? { color: MUTED, size: 18 } : {})];
    case "h3":
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: [run(block.text, { bold: true, size: 23, color: block.tone ? TONE_COLOR[block.tone] : undefined })], spacing: { before: 200, after: 80 } })];
    case "list":
      return block.items.map((item) => new Paragraph({ children: [run(item, { size: 19 })], bullet: { level: 0 }, spacing: { after: 60 } }));
    case "figures":
      return [figuresTable(block), ...gap()];
    case "table":
      return [new Paragraph({ keepNext: true, children: [run(block.caption, { bold: true, size: 19 })], spacing: { after: 60 } }), dataTable(block), ...gap()];
    case "bars":
      return [para(block.caption, { bold: true, size: 19, spacingAfter: 60 }), barsTable(block), ...gap()];
    case "chart":
      return chartsToDocx(block);
    case "narrative":
      return [para(block.sentences.map((s) => s.text).join(block.lang === "zh" ? "" : " "))];
  }
}

// Borders and cell margins are set once per table, not per cell: a summary has some 400 cells, and
// every repeated property is XML that has to be built and written.
const RULE = { style: BorderStyle.SINGLE, size: 4, color: "CBD5E1" };
const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const TABLE_STYLE = {
  borders: { top: RULE, bottom: RULE, insideHorizontal: RULE, left: NONE, right: NONE, insideVertical: NONE },
  margins: { top: 40, bottom: 40, left: 80, right: 80 },
};

function cell(text: string, opts: { bold?: boolean; fill?: string; right?: boolean; color?: string; width: number; keepNext?: boolean }) {
  return new TableCell({
    width: { size: opts.width, type: WidthType.DXA },
    shading: opts.fill ? { type: ShadingType.CLEAR, color: "auto", fill: opts.fill } : undefined,
    children: [new Paragraph({ alignment: opts.right ? AlignmentType.RIGHT : undefined, keepNext: opts.keepNext, children: [run(text, { bold: opts.bold, color: opts.color, size: 18 })] })],
  });
}

function widthsOf(headers: string[], numeric: boolean[], given?: number[]): number[] {
  const weights = given ?? headers.map((_, i) => (i === 0 ? 2.4 : numeric[i] ? 1 : 1.5));
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.round((w / total) * A4_CONTENT_TWIPS));
}

function dataTable(block: TableBlock): Table {
  const widths = widthsOf(block.headers, block.numeric, block.weights);
  return new Table({
    ...TABLE_STYLE,
    width: { size: A4_CONTENT_TWIPS, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({
        tableHeader: true,
        // Kept with the first row: Word moves them to the next page together.
        children: block.headers.map((h, i) => cell(h, { bold: true, fill: HEADER_FILL, right: block.numeric[i], width: widths[i]!, keepNext: true })),
      }),
      ...block.rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map((c, i) => cell(c.text, { right: block.numeric[i], width: widths[i]!, color: c.tone ? TONE_COLOR[c.tone] : undefined })),
          }),
      ),
    ],
  });
}

function figuresTable(block: FiguresBlock): Table {
  const width = Math.round(A4_CONTENT_TWIPS / 2);
  const half = (items: FiguresBlock["items"]) => items.map((item) => [cell(item.label, { color: MUTED, width }), cell(item.value, { bold: true, width })]);
  return new Table({
    ...TABLE_STYLE,
    width: { size: A4_CONTENT_TWIPS, type: WidthType.DXA },
    columnWidths: [width, width],
    rows: half(block.items).map((cells) => new TableRow({ children: cells })),
  });
}

function barsTable(block: BarsBlock): Table {
  const widths = [Math.round(A4_CONTENT_TWIPS * 0.36), Math.round(A4_CONTENT_TWIPS * 0.24), Math.round(A4_CONTENT_TWIPS * 0.4)];
  const bar = (v: number | null) => {
    if (v === null) return "";
    const filled = Math.round(((Math.min(Math.max(v, block.min), block.max) - block.min) / (block.max - block.min)) * BAR_CELLS);
    return "█".repeat(filled) + "░".repeat(BAR_CELLS - filled);
  };
  const rows: TableRow[] = [];
  for (const item of block.items) {
    item.values.forEach((v, i) => {
      const label = block.series.length > 1 ? `${item.label} · ${block.series[i]}` : item.label;
      rows.push(
        new TableRow({
          cantSplit: true,
          children: [
            cell(label, { width: widths[0]! }),
            cell(item.texts[i] ?? "", { right: true, width: widths[1]! }),
            cell(bar(v), { width: widths[2]!, color: block.series.length > 1 && i > 0 ? "94A3B8" : item.tone ? (TONE_COLOR[item.tone] ?? BRAND) : BRAND }),
          ],
        }),
      );
    });
  }
  return new Table({ ...TABLE_STYLE, width: { size: A4_CONTENT_TWIPS, type: WidthType.DXA }, columnWidths: widths, rows });
}

/** Word's text column in points (a twip is 1/20 point). */
const CONTENT_POINTS = A4_CONTENT_TWIPS / 20;

/** A chart as an inline picture at its size in points (docx sizes pictures in pixels of 1/96 inch). */
function chartImage(scene: Scene, title: string): ImageRun {
  const { png } = sceneToPng(scene);
  const px = (pt: number) => Math.round((pt * 96) / 72);
  return new ImageRun({ type: "png", data: png, transformation: { width: px(scene.width), height: px(scene.height) }, altText: { name: title, description: title, title } });
}

/** The caption, then the charts a row at a time (two columns in a borderless table whose rows do not split), then the note. */
function chartsToDocx(block: ChartBlock): (Paragraph | Table)[] {
  const width = columnWidth(CONTENT_POINTS, block.columns);
  const title = (i: number) => {
    const spec = block.charts[i]!;
    return spec.type === "series" ? spec.title : block.caption;
  };
  const images = block.charts.map((spec, i) => chartImage(chartScene(spec, width, measureText), title(i)));
  const out: (Paragraph | Table)[] = [new Paragraph({ keepNext: true, children: [run(block.caption, { bold: true, size: 19 })], spacing: { after: 60 } })];
  if (block.columns === 1) {
    for (const image of images) out.push(new Paragraph({ alignment: AlignmentType.CENTER, keepNext: !!block.note, children: [image], spacing: { after: 60 } }));
  } else {
    const cellTwips = Math.round(A4_CONTENT_TWIPS / block.columns);
    const rows: TableRow[] = [];
    for (let i = 0; i < images.length; i += block.columns) {
      const cells = Array.from({ length: block.columns }, (_, j) => images[i + j]);
      rows.push(
        new TableRow({
          cantSplit: true,
          children: cells.map(
            (image, j) =>
              new TableCell({
                width: { size: cellTwips, type: WidthType.DXA },
                margins: { top: 60, bottom: 60, left: j === 0 ? 0 : Math.round((CHART_GAP * 20) / 2), right: j === block.columns - 1 ? 0 : Math.round((CHART_GAP * 20) / 2) },
                children: [new Paragraph({ children: image ? [image] : [] })],
              }),
          ),
        }),
      );
    }
    out.push(
      new Table({
        width: { size: A4_CONTENT_TWIPS, type: WidthType.DXA },
        columnWidths: Array.from({ length: block.columns }, () => cellTwips),
        borders: { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
        rows,
      }),
    );
  }
  if (block.note) out.push(para(block.note, { color: MUTED, size: 18 }));
  return out;
}

/** The closing block: prepared by, reviewed by, date, each with room to sign. */
function signatureTable(labels: string[]): Table {
  const width = Math.round(A4_CONTENT_TWIPS / labels.length);
  const line = { style: BorderStyle.SINGLE, size: 4, color: "475569" };
  return new Table({
    width: { size: A4_CONTENT_TWIPS, type: WidthType.DXA },
    columnWidths: labels.map(() => width),
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
    rows: [
      new TableRow({
        cantSplit: true,
        children: labels.map(
          (label) =>
            new TableCell({
              width: { size: width, type: WidthType.DXA },
              margins: { left: 80, right: 240 },
              borders: { bottom: line, top: NONE, left: NONE, right: NONE },
              children: [new Paragraph({ spacing: { before: 360 }, children: [run(label, { size: 20 })] })],
            }),
        ),
      }),
    ],
  });
}
