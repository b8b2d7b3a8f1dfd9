import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// The summary files made from what people stored: an area named 'Test' (apostrophes at both ends,
// which Excel forbids in a sheet name) and text holding a control character, written straight into
// the database as data from before the input rule would be. Every file still opens, and the year's
// .zip still comes, listing any area that could not be made.

const file = vi.hoisted(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- runs before the imports below
  const f = `${require("node:os").tmpdir()}/tm-summary-files-${process.pid}-${Date.now()}.db`;
  process.env.DATABASE_PATH = f;
  return f;
});

import Database from "better-sqlite3";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { SaxesParser } from "saxes";
import { prepareDatabase } from "@/scripts/prepare-db";
import { buildBundle, FAILED_LIST } from "./bundle";
import { getSummaryReport, summaryYears } from "@/lib/services/summary";
import { renderSummaryFile, summaryDocument } from "./summary-files";

const QUOTED = "zigong"; // renamed 'Test'
const CONTROL = "tongling"; // its English name and an evaluator's comment hold U+0001
let year: number;

/** Parses every XML part of an Office file with a strict XML 1.0 parser; the errors it finds. */
function xmlErrors(office: Buffer): string[] {
  const parts = unzipSync(new Uint8Array(office));
  const errors: string[] = [];
  for (const [name, bytes] of Object.entries(parts)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const parser = new SaxesParser();
    parser.on("error", (e) => errors.push(`${name}: ${e.message}`));
    parser.write(strFromU8(bytes)).close();
  }
  return errors;
}

async function render(code: string, format: "pdf" | "docx" | "xlsx", lang: "zh" | "en" = "en") {
  return renderSummaryFile(summaryDocument(getSummaryReport(code, year), lang), format);
}

beforeAll(async () => {
  await prepareDatabase(file, { demo: true, fresh: true });
  year = summaryYears().at(-1)!;
  const db = new Database(file);
  db.prepare("update areas set name_zh = ?, name_en = ? where code = ?").run("'Test'", "'Test'", QUOTED);
  db.prepare("update areas set name_en = ? where code = ?").run("Tong\u0001ling", CONTROL);
  const evaluator = db.prepare("select id from users where email = 'evaluator@demo.local'").pluck().get();
  db.prepare(
    "insert into qualitative_assessments (area_id, year, aspect, score, comment, updated_by) values ((select id from areas where code = ?), ?, 'park_building', 4, ?, ?)",
  ).run(CONTROL, year, "Good\u0001 progress\u0007", evaluator);
  db.close();
}, 60_000);

afterAll(() => {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
});

describe("the summary's .xlsx", () => {
  it("is made for an area named 'Test', and Excel's reader opens it", async () => {
    for (const lang of ["zh", "en"] as const) {
      const xlsx = await render(QUOTED, "xlsx", lang);
      expect(xmlErrors(xlsx)).toEqual([]);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(xlsx as unknown as ArrayBuffer);
      const names = book.worksheets.map((w) => w.name);
      expect(names.length).toBeGreaterThan(1);
      for (const name of names) expect(name).not.toMatch(/^'|'$/);
      expect(String(book.worksheets[0]!.getCell("A2").value)).toContain("'Test'");
    }
  });

  it("holds no control character, and its XML is well-formed", async () => {
    const xlsx = await render(CONTROL, "xlsx");
    expect(xmlErrors(xlsx)).toEqual([]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx as unknown as ArrayBuffer);
    const texts = book.worksheets.flatMap((w) => w.getSheetValues().flat().filter((v): v is string => typeof v === "string"));
    expect(texts.some((t) => t.includes("Tongling"))).toBe(true);
    expect(texts.some((t) => t.includes("Good progress"))).toBe(true);
    expect(texts.some((t) => /[\u0001\u0007]/.test(t))).toBe(false);
  });
});

describe("the summary's .docx", () => {
  it("is well-formed XML with the stored text, less its control characters", async () => {
    const docx = await render(CONTROL, "docx");
    expect(xmlErrors(docx)).toEqual([]);
    const xml = strFromU8(unzipSync(new Uint8Array(docx))["word/document.xml"]!);
    expect(xml).toContain("Tongling");
    expect(xml).toContain("Good progress");
  });

  it("is made for an area named 'Test'", async () => {
    expect(xmlErrors(await render(QUOTED, "docx"))).toEqual([]);
  });
});

describe("the end-of-period summary in Word and .xlsx", () => {
  // 2025 closes the 14th plan period: both files carry what the page says of it.
  const AREA = "daying-edz";

  it("carries the period-end title, each verdict final, the share met beside the peers', and the energy series' break", async () => {
    expect(year).toBe(2025);
    const report = getSummaryReport(AREA, year);
    expect(report.approval.status).toBe("approved");
    const a = report.achievement!;
    // The sentence the page writes, from the counts: met of met + missed, as a whole percent.
    const share = `${Math.round((a.met / (a.met + a.missed)) * 100)}%`;
    const lines = [
      "End-of-period evaluation of the 14th Five-Year Plan period (2021–2025)",
      `At the period's end, ${a.met} of the ${a.met + a.missed} targets with a target-year value were met (${share})`,
      "Series break · Energy use",
    ];

    const docx = await render(AREA, "docx");
    const words = strFromU8(unzipSync(new Uint8Array(docx))["word/document.xml"]!)
      .replace(/<[^>]+>/g, "")
      .replace(/&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&");
    for (const line of lines) expect(words).toContain(line);
    expect(words).toMatch(/ · final/);
    expect(words).not.toMatch(/ · provisional/);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await render(AREA, "xlsx")) as unknown as ArrayBuffer);
    const cells = book.worksheets.flatMap((w) => w.getSheetValues().flat().filter((v): v is string => typeof v === "string")).join("\n");
    for (const line of lines) expect(cells).toContain(line);
    expect(cells).toMatch(/ · final/);
  });
});

describe("the summary's PDF", () => {
  it("is made, with the stored text less its control characters", async () => {
    const pdf = await render(CONTROL, "pdf");
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
    const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
    let text = "";
    for (let p = 1; p <= doc.numPages; p++) {
      text += (await (await doc.getPage(p)).getTextContent()).items.map((i) => ("str" in i ? i.str : "")).join("");
    }
    await doc.destroy();
    expect(text).toContain("Tongling");
    expect(text).not.toMatch(/[\u0001\u0007]/);
  }, 30_000);
});

describe("the year's .zip", () => {
  it("delivers every area it can, and lists the one it cannot in failed.txt and in its result", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const { zip, failed } = await buildBundle(year, "en", [QUOTED, "nowhere", CONTROL]);
      expect(failed).toEqual([{ code: "nowhere", name: "nowhere" }]);
      const entries = unzipSync(zip);
      expect(Object.keys(entries).sort()).toEqual(
        [
          `${year}/${FAILED_LIST}`,
          ...["pdf", "docx", "xlsx"].flatMap((f) => [`${year}/summary-${QUOTED}-${year}-en.${f}`, `${year}/summary-${CONTROL}-${year}-en.${f}`]),
        ].sort(),
      );
      const list = strFromU8(entries[`${year}/${FAILED_LIST}`]!);
      expect(list).toContain(`The ${year} summaries of the areas below (1) could not be made`);
      expect(list.split("\r\n")).toContain("nowhere");
      expect(errors).toHaveBeenCalledTimes(1);
    } finally {
      errors.mockRestore();
    }
  }, 60_000);

  it("has no failed.txt when every area is made", async () => {
    const { zip, failed } = await buildBundle(year, "zh", [QUOTED]);
    expect(failed).toEqual([]);
    expect(Object.keys(unzipSync(zip))).toHaveLength(3);
  }, 60_000);

  it("fails as a whole only when no area can be made", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      await expect(buildBundle(year, "zh", ["nowhere", "nowhere-else"])).rejects.toThrow(/no summary/);
    } finally {
      errors.mockRestore();
    }
  });
});
