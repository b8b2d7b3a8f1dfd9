import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// The PDF's pages as a reader turns them: parts follow one another without half-empty pages, and no
// page ends with a heading, a table's caption or header, or a chart's caption, cut off from what it heads.

const file = vi.hoisted(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- runs before the imports below
  const f = `${require("node:os").tmpdir()}/tm-summary-layout-${process.pid}-${Date.now()}.db`;
  process.env.DATABASE_PATH = f;
  return f;
});

import { prepareDatabase } from "@/scripts/prepare-db";
import { getSummaryReport } from "@/lib/services/summary";
import type { SummaryDocument } from "./summary-document";
import { renderSummaryFile, summaryDocument } from "./summary-files";

// A4 in points, and the PDF's margins (lib/reports/summary-pdf.ts): the text area runs from 56 to 841.89 − 60.
const PAGE = { height: 841.89, top: 56, bottom: 841.89 - 60 };

beforeAll(async () => {
  await prepareDatabase(file, { demo: true, fresh: true });
}, 60_000);

afterAll(() => {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
});

type Line = { y: number; text: string };

/** Each page's lines of text inside the text area (top to bottom), less the rotated watermark. */
async function pageLines(pdf: Buffer): Promise<Line[][]> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: Line[][] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const items = (await (await doc.getPage(p)).getTextContent()).items.flatMap((item) => ("str" in item && item.str.trim() && item.transform[1] === 0 ? [item] : []));
    const byLine = new Map<number, string[]>();
    for (const item of items) {
      // The baseline measured from the top; the footer (below the text area) is left out.
      const y = Math.round(PAGE.height - item.transform[5]);
      if (y > PAGE.bottom + 4) continue;
      byLine.set(y, [...(byLine.get(y) ?? []), item.str]);
    }
    pages.push([...byLine].sort((a, b) => a[0] - b[0]).map(([y, parts]) => ({ y, text: parts.join(" ").trim() })));
  }
  await doc.destroy();
  return pages;
}

/** What must never end a page: headings, subheadings, captions and table headers. */
function headings(document: SummaryDocument): string[] {
  return document.sections.flatMap((section) => [
    `${section.number}. ${section.heading}`,
    ...section.blocks.flatMap((b) => (b.kind === "h3" ? [b.text] : b.kind === "table" ? [b.caption, ...b.headers] : b.kind === "chart" || b.kind === "bars" ? [b.caption] : [])),
  ]);
}

describe("the PDF's page breaks", () => {
  for (const [area, lang] of [
    ["liaoning-central", "zh"],
    ["liaoning-central", "en"],
    ["zigong", "zh"],
    ["daying-edz", "en"],
  ] as const) {
    it(`${area} (${lang}): every page but the last is at least half full, and none ends with a heading, caption or table header`, async () => {
      const year = 2024;
      const document = summaryDocument(getSummaryReport(area, year), lang);
      const pages = await pageLines(await renderSummaryFile(document, "pdf"));
      expect(pages.length).toBeGreaterThan(3);
      const fill = pages.map((lines) => ((lines.at(-1)?.y ?? PAGE.top) - PAGE.top) / (PAGE.bottom - PAGE.top));
      pages.slice(0, -1).forEach((_, i) => expect(fill[i], `page ${i + 1} of ${pages.length}`).toBeGreaterThan(0.5));
      const heads = headings(document);
      pages.slice(0, -1).forEach((lines, i) => {
        const last = lines.at(-1)!.text;
        expect(
          heads.some((h) => last.length > 1 && h.includes(last)),
          `page ${i + 1} ends with "${last}"`,
        ).toBe(false);
      });
    }, 30_000);
  }
});
