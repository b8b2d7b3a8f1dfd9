import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// The summary's charts in its files: Word holds them as PNG pictures (the progress overview, the
// radar and one per targeted indicator), the PDF as drawings (paths and text, no picture).

const file = vi.hoisted(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- runs before the imports below
  const f = `${require("node:os").tmpdir()}/tm-summary-charts-${process.pid}-${Date.now()}.db`;
  process.env.DATABASE_PATH = f;
  return f;
});

import { strFromU8, unzipSync } from "fflate";
import { prepareDatabase } from "@/scripts/prepare-db";
import { getSummaryReport, type SummaryReport } from "@/lib/services/summary";
import { RASTER_SCALE } from "./charts/raster";
import { renderSummaryFile, summaryDocument } from "./summary-files";

// An area whose demo data has every targeted indicator's values from the base year (checked below).
const AREA = "liaoning-central";
const YEAR = 2024;
let report: SummaryReport;

beforeAll(async () => {
  await prepareDatabase(file, { demo: true, fresh: true });
  report = getSummaryReport(AREA, YEAR);
}, 60_000);

afterAll(() => {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
});

/** A PNG's size from its IHDR chunk, or null when the bytes are no PNG. */
function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((b, i) => bytes[i] === b) || strFromU8(bytes.subarray(12, 16)) !== "IHDR") return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe("the Word file's charts", () => {
  it("embeds the overview, the radar and one chart per targeted indicator as PNGs of the text column's width", async () => {
    expect(report.progress.length).toBeGreaterThanOrEqual(3);
    expect(report.progress.every((p) => p.series.length >= 4)).toBe(true);
    const docx = await renderSummaryFile(summaryDocument(report, "zh"), "docx");
    const parts = unzipSync(new Uint8Array(docx));
    const media = Object.keys(parts).filter((name) => name.startsWith("word/media/") && !name.endsWith("/"));
    expect(media).toHaveLength(2 + report.progress.length);
    const sizes = media.map((name) => pngSize(parts[name]!));
    expect(sizes.every((s) => s !== null)).toBe(true);
    // Word's text column is 9,638 twips = 481.9 pt; at 2.5 px a point the overview and the radar are
    // 1,205 px wide (±1 for rounding), each indicator's chart (481.9 − 16) / 2 pt = 582 px.
    const widths = sizes.map((s) => s!.width).sort((a, b) => a - b);
    expect(RASTER_SCALE).toBe(2.5);
    expect(widths.filter((w) => Math.abs(w - 582) <= 1)).toHaveLength(report.progress.length);
    expect(widths.filter((w) => Math.abs(w - 1205) <= 1)).toHaveLength(2);
    // Heights: the radar 220 pt = 550 px, the indicators' 150 pt = 375 px; the overview grows with its rows but fits a page.
    const heights = sizes.map((s) => s!.height);
    expect(heights.filter((h) => h === 375)).toHaveLength(report.progress.length);
    expect(heights).toContain(550);
    expect(Math.max(...heights)).toBeLessThan(700 * 2.5);
    // Each picture is placed in the text, at its size in points (EMU: 12,700 a point).
    const body = strFromU8(parts["word/document.xml"]!);
    expect(body.match(/<a:blip r:embed=/g)).toHaveLength(media.length);
    expect(body).toContain(`cx="${Math.round((481.9 * 96) / 72) * 9525}"`);
  });
});

describe("the PDF's charts", () => {
  async function operators(pdf: Buffer) {
    const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
    const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
    const pages: { text: string; paths: number; images: number }[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const text = (await page.getTextContent()).items.map((item) => ("str" in item ? item.str : "")).join(" ");
      const ops = await page.getOperatorList();
      const count = (op: number) => ops.fnArray.filter((f) => f === op).length;
      pages.push({ text, paths: count(pdfjs.OPS.constructPath), images: count(pdfjs.OPS.paintImageXObject) + count(pdfjs.OPS.paintInlineImageXObject) });
    }
    await doc.destroy();
    return pages;
  }

  it("draws them as paths with their labels as text, with no picture", async () => {
    for (const lang of ["zh", "en"] as const) {
      const pdf = await renderSummaryFile(summaryDocument(report, lang), "pdf");
      expect(pdf.includes("/Subtype /Image")).toBe(false);
      const pages = await operators(pdf);
      expect(pages.every((p) => p.images === 0)).toBe(true);
      const all = pages.map((p) => p.text).join(" ");
      const labels =
        lang === "zh"
          ? ["本示范区", "同组中位数", "主体", "目标 100%", "2025年目标", "50%"]
          : ["This area", "Peer median", "Entity", "Target 100%", "2025 target", "50%"];
      for (const label of labels) expect(all, label).toContain(label);
      // One "2025 target" label per targeted indicator.
      expect(all.split(lang === "zh" ? "2025年目标" : "2025 target").length - 1).toBe(report.progress.length);
      // The pages of the indicators' charts are mostly drawing: many paths each.
      const chartPages = pages.filter((p) => p.text.includes(lang === "zh" ? "2025年目标" : "2025 target"));
      expect(chartPages.length).toBeGreaterThanOrEqual(1);
      for (const p of chartPages) expect(p.paths).toBeGreaterThan(40);
    }
  }, 60_000);
});
