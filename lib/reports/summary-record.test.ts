import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// The summary document's parts that rest on the programme's own record: the pathways under the
// diagnosis and the official results beside the grade, in both languages, as the page and the files
// get them (the files carry each source's address as text).

const file = vi.hoisted(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- runs before the imports below
  const f = `${require("node:os").tmpdir()}/tm-summary-record-${process.pid}-${Date.now()}.db`;
  process.env.DATABASE_PATH = f;
  return f;
});

import ExcelJS from "exceljs";
import { getSummaryReport } from "@/lib/services/summary";
import { prepareDatabase } from "@/scripts/prepare-db";
import type { TableBlock } from "./summary-document";
import { renderSummaryFile, summaryDocument } from "./summary-files";

const AREA = "hunan-central";
const HERALD = "http://www.sdenews.com/html/2021/6/318861.shtml";

beforeAll(async () => {
  await prepareDatabase(file, { demo: true, fresh: true });
}, 60_000);

afterAll(() => {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
});

const sectionOf = (year: number, lang: "zh" | "en", id: string) => summaryDocument(getSummaryReport(AREA, year), lang).sections.find((s) => s.id === id)!;
const table = (blocks: { kind: string }[], id: string) => blocks.find((b): b is TableBlock => b.kind === "table" && (b as TableBlock).id === id);

describe("official results beside the grade", () => {
  it("lists the area's published results per city, with source, kind and address, and what the year counts", () => {
    const grade = sectionOf(2020, "zh", "grade");
    const results = table(grade.blocks, "official-results")!;
    expect(results.rows.map((r) => [r[0]!.text, r[1]!.text, r[2]!.text, r[4]!.text])).toEqual([
      ["2020", "湘潭", "优秀", "媒体报道"],
      ["2020", "株洲", "良好", "媒体报道"],
      ["2020", "娄底", "良好", "媒体报道"],
      ["2018", "示范区整体", "优秀", "第三方转载"],
    ]);
    // The page links the title; the files print the title and the address.
    expect(results.rows[0]![3]!.links).toEqual([{ text: expect.stringContaining("2020年度评估结果"), href: HERALD, external: true }]);
    expect(results.rows[0]![3]!.text).toContain(HERALD);
    const counted = grade.blocks.find((b) => b.kind === "p" && b.testId === "summary-official-counted");
    expect(counted).toMatchObject({ text: "在“连续三年较差”规则中，2020年按官方评估结果计：非较差。" });
  });

  it("says so in English where no official result is on record, and that nothing counts without a decision", () => {
    const grade = sectionOf(2024, "en", "grade");
    expect(table(grade.blocks, "official-results")!.caption).toBe("Official results up to 2024");
    const counted = grade.blocks.find((b) => b.kind === "p" && b.testId === "summary-official-counted");
    expect(counted).toMatchObject({
      text: "For the three-poor-years rule, 2024 has neither an official result nor a grade confirmed by an evaluator: it does not count, and it breaks any run.",
    });
  });
});

describe("pathways under the diagnosis", () => {
  it("has a heading per pathway, a table of weakest indicators or a line saying there are none, and the mapping with links to /policy", () => {
    for (const lang of ["zh", "en"] as const) {
      const report = getSummaryReport(AREA, 2024);
      const diagnosis = sectionOf(2024, lang, "diagnosis");
      for (const p of report.pathways) {
        const t = table(diagnosis.blocks, `pathway-${p.key}`);
        if (p.items.length === 0) expect(t).toBeUndefined();
        else expect(t!.rows.map((r) => r[0]!.testId)).toEqual(p.items.map((i) => `pathway-item-${i.indicatorKey}`));
      }
      const mapping = table(diagnosis.blocks, "pathway-lines")!;
      expect(mapping.rows).toHaveLength(9);
      const links = mapping.rows.flatMap((r) => r[3]!.links ?? []).map((l) => l.href);
      expect(links).toContain("/policy#implementation-plan-2021");
      expect(links.every((href) => /^\/policy#[a-z0-9-]+$/.test(href))).toBe(true);
    }
  });

  it("lists each weak indicator's lines and documents from the mapping", () => {
    const report = getSummaryReport(AREA, 2024);
    const weak = report.diagnosis.flatMap((d) => d.indicators.filter((i) => i.weak).map((i) => i.indicatorKey));
    const listed = report.pathways.flatMap((p) => p.items.map((i) => i.indicatorKey));
    // Every listed indicator is weak; each heading lists min(weak, 3).
    for (const key of listed) expect(weak).toContain(key);
    for (const p of report.pathways) {
      const heading = report.diagnosis.find((d) => d.name.en === p.bottleneck.en)!;
      expect(p.items.length).toBe(Math.min(3, heading.indicators.filter((i) => i.weak).length));
      for (const item of p.items) expect(item.lines.length).toBeGreaterThan(0);
    }
  });
});

describe("the files", () => {
  it("carry the official results' addresses and the pathways' tables in the .xlsx", async () => {
    const xlsx = await renderSummaryFile(summaryDocument(getSummaryReport(AREA, 2020), "en"), "xlsx");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx as unknown as ArrayBuffer);
    const texts = book.worksheets.flatMap((w) => w.getSheetValues().flat().filter((v): v is string => typeof v === "string"));
    expect(texts.some((t) => t.includes(HERALD))).toBe(true);
    expect(texts).toContain("Parks as the platform");
  });
});
