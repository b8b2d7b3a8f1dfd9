import fs from "node:fs";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// The one-page briefs (docs/methodology.md §6.13) as a recipient gets them: the PDF is exactly one
// A4 page — for every demo area of the latest year and for the area with the most targets, in both
// languages — and the Word file asks for no page break and its body fits one page by the
// conservative estimate of lib/testing/docx-height.ts (Word files have no page count). Both carry
// the head of the full summary (issuer, document number, date of issue), its draft rule and its one
// language.

const file = vi.hoisted(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- runs before the imports below
  const f = `${require("node:os").tmpdir()}/tm-brief-${process.pid}-${Date.now()}.db`;
  process.env.DATABASE_PATH = f;
  return f;
});

import Database from "better-sqlite3";
import { prepareDatabase } from "@/scripts/prepare-db";
import { listPeerAreas } from "@/lib/services/kept-reads";
import { getOverviewReport } from "@/lib/services/overview";
import { getSummaryReport, type SummaryReport } from "@/lib/services/summary";
import { measureDocx } from "@/lib/testing/docx-height";
import { chineseLeft, docxText, englishRuns, pdfPages, squeeze } from "@/lib/testing/document-text";
import { areaBriefDocument, nationalBriefDocument, renderBriefFile } from "./brief-files";
import { renderSummaryFile, summaryDocument } from "./summary-files";

const YEAR = 2025;
const APPROVED = "daying-edz"; // 2025: approved, its grade confirmed below
const DRAFT = "zigong"; // 2025: its grade left unconfirmed
const MARK = { zh: "草稿 / 未审定", en: "DRAFT / NOT APPROVED" } as const;
const LANGS = ["zh", "en"] as const;

/** Page objects of a PDF as written (`/Type /Page`, not the `/Type /Pages` tree). */
const pageObjects = (pdf: Buffer) => (pdf.toString("latin1").match(/\/Type\s*\/Page\b/g) ?? []).length;

beforeAll(async () => {
  await prepareDatabase(file, { demo: true, fresh: true });
  const db = new Database(file);
  const evaluator = db.prepare("select id from users where email = 'evaluator@demo.local'").pluck().get();
  const area = "(select id from areas where code = ?)";
  for (const code of [APPROVED, DRAFT]) db.prepare(`delete from grade_decisions where area_id = ${area} and year = ?`).run(code, YEAR);
  db.prepare(`insert into grade_decisions (area_id, year, proposed_grade, final_grade, decided_by) values (${area}, ?, 'good', 'good', ?)`).run(APPROVED, YEAR, evaluator);
  db.close();
}, 60_000);

afterAll(() => {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
});

async function brief(code: string, lang: "zh" | "en", year = YEAR) {
  const report = getSummaryReport(code, year, "full");
  const document = areaBriefDocument(report, lang);
  const pdf = await renderBriefFile(document, "pdf");
  const docx = await renderBriefFile(document, "docx");
  return { report, document, pdf, docx };
}

/** The area whose brief has most to say: the most targets, then the most weak indicators named in its diagnosis, then the longest names. */
function longestArea(year: number): SummaryReport {
  const weight = (r: SummaryReport) => [
    r.progress.length,
    r.diagnosis.reduce((n, d) => n + d.weakCount, 0),
    [...r.progress, ...r.diagnosis.flatMap((d) => d.indicators.filter((i) => i.weak))].reduce((n, i) => n + i.name.en.length, 0) + r.area.names.en.length,
  ];
  const reports = listPeerAreas().map((a) => getSummaryReport(a.code, year, "full"));
  return reports.reduce((best, r) => {
    const [a, b] = [weight(r), weight(best)];
    const i = a.findIndex((v, k) => v !== b[k]);
    return i >= 0 && a[i]! > b[i]! ? r : best;
  });
}

describe("the area brief is one page", () => {
  it("the counter of pages counts pages: the full summary has many", async () => {
    const full = await renderSummaryFile(summaryDocument(getSummaryReport(DRAFT, YEAR, "full"), "zh"), "pdf");
    const pages = (await pdfPages(full)).length;
    expect(pages).toBeGreaterThan(3);
    expect(pageObjects(full)).toBe(pages);
  }, 60_000);

  for (const year of [2024, YEAR]) {
    it(`${year}: the area with the most targets and bottlenecks, in both languages: one PDF page; Word: no page break, within one page`, async () => {
      const longest = longestArea(year);
      // The demo's fullest briefs: 13 targets (the most any demo area has), a diagnosis naming weak indicators.
      expect(longest.progress.length).toBe(13);
      expect(longest.diagnosis.reduce((n, d) => n + d.weakCount, 0)).toBeGreaterThanOrEqual(4);
      for (const lang of LANGS) {
        const { pdf, docx, document } = await brief(longest.area.code, lang, year);
        // Every part is there: the chart of every target, three strengths and weaknesses, a sentence per heading.
        const chart = document.sections.flatMap((s) => s.blocks).find((b) => b.kind === "chart");
        expect(chart?.kind === "chart" && chart.charts[0]?.type === "progress" && chart.charts[0].rows.length).toBe(13);
        // In Word, the chart is a picture.
        expect(Object.keys(unzipSync(new Uint8Array(docx))).filter((name) => /^word\/media\/.+\.png$/.test(name))).toHaveLength(1);
        expect(pageObjects(pdf)).toBe(1);
        const pages = await pdfPages(pdf);
        expect(pages).toHaveLength(1);
        for (const d of longest.diagnosis) expect(squeeze(pages[0]!)).toContain(squeeze(d.name[lang]));
        const word = measureDocx(docx);
        expect(word.pageBreaks).toBe(0);
        expect(word.sections).toBe(0);
        expect(word.height).toBeLessThanOrEqual(word.page);
      }
    }, 120_000);
  }

  it(`every demo area's ${YEAR} brief is one PDF page in both languages, and its Word body within one page`, async () => {
    const over: string[] = [];
    for (const { code } of listPeerAreas()) {
      for (const lang of LANGS) {
        const { pdf, docx } = await brief(code, lang);
        const word = measureDocx(docx);
        if (pageObjects(pdf) !== 1 || word.height > word.page || word.pageBreaks > 0) over.push(`${code} ${lang}`);
      }
    }
    expect(over).toEqual([]);
  }, 240_000);

  it("the Word estimate is not idle: the full summary's body (no page breaks since its sections follow one another) is many pages by it", async () => {
    const docx = await renderSummaryFile(summaryDocument(getSummaryReport(DRAFT, YEAR, "full"), "en"), "docx");
    const word = measureDocx(docx);
    expect(word.pageBreaks).toBe(0);
    expect(word.height).toBeGreaterThan(3 * word.page);
  }, 60_000);
});

describe("the area brief's head, draft rule and language are the full summary's", () => {
  it("an approved area-year's brief carries the number of its full summary and the date of issue, in PDF and Word, and no watermark", async () => {
    const issueYear = Number(new Intl.DateTimeFormat("en", { year: "numeric", timeZone: "Asia/Shanghai" }).format(new Date()));
    const number = `TM-${issueYear}-001`;
    for (const lang of LANGS) {
      const { pdf, docx, document, report } = await brief(APPROVED, lang);
      expect(report.approval.status).toBe("approved");
      // The same number as the full document of the area-year (issued once, by whichever file came first).
      expect(summaryDocument(report, lang).head.number).toBe(document.head.number);
      expect(document.head.number).toContain(number);
      expect(document.head.issued).toMatch(lang === "zh" ? /^印发日期：\d{4}年\d{1,2}月\d{1,2}日$/ : /^Date of issue: \d{1,2} \w{3} \d{4}$/);
      const page = squeeze((await pdfPages(pdf))[0]!);
      const words = docxText(docx);
      for (const text of [document.head.number, document.head.issued, document.head.issuer]) {
        expect(page).toContain(squeeze(text));
        expect(words).toContain(text);
      }
      expect(document.watermark).toBeNull();
      expect(page).not.toContain(squeeze(MARK[lang]));
      expect(words).not.toContain(MARK[lang]);
    }
  }, 60_000);

  it("a draft's brief says so on its page and in Word's header, and carries no number", async () => {
    for (const lang of LANGS) {
      const { pdf, docx, document } = await brief(DRAFT, lang);
      expect(document.watermark).toBe(MARK[lang]);
      expect(squeeze((await pdfPages(pdf))[0]!)).toContain(squeeze(MARK[lang]));
      expect(docxText(docx)).toContain(MARK[lang]);
      expect(document.head.number).toBe(lang === "zh" ? "文号：草稿（未编号）" : "Document no.: draft (unnumbered)");
      expect(docxText(docx)).not.toMatch(/TM-\d{4}-\d{3}/);
    }
  }, 60_000);

  for (const code of [APPROVED, DRAFT]) {
    it(`${code}: the Chinese brief holds no English sentence, the English brief no Chinese`, async () => {
      const zh = await brief(code, "zh");
      expect(englishRuns((await pdfPages(zh.pdf)).join("\n"))).toEqual([]);
      expect(englishRuns(docxText(zh.docx))).toEqual([]);
      const en = await brief(code, "en");
      // The brief quotes nobody's typing (no comment, no reason): nothing Chinese is left to excuse.
      expect(chineseLeft((await pdfPages(en.pdf)).join("\n"), [])).toEqual([]);
      expect(chineseLeft(docxText(en.docx), [])).toEqual([]);
      // Each text says what the brief promises, in its language.
      expect(squeeze((await pdfPages(zh.pdf))[0]!)).toContain("瓶颈诊断");
      expect(docxText(en.docx)).toContain("Strengths and weaknesses");
    }, 60_000);
  }
});

describe("the national brief", () => {
  for (const audience of ["full", "public"] as const) {
    it(`${audience}: one PDF page in both languages, Word within one page, in one language, a draft while areas are not approved or graded`, async () => {
      const overview = getOverviewReport(YEAR, audience);
      const rows = overview.levels.flatMap((l) => l.rows);
      for (const lang of LANGS) {
        const document = nationalBriefDocument(overview, lang, audience);
        const pdf = await renderBriefFile(document, "pdf");
        const docx = await renderBriefFile(document, "docx");
        expect(pageObjects(pdf)).toBe(1);
        const page = (await pdfPages(pdf))[0]!;
        const word = measureDocx(docx);
        expect(word.pageBreaks).toBe(0);
        expect(word.height).toBeLessThanOrEqual(word.page);
        // The demo's grades are undecided: a draft, marked, unnumbered, dated.
        expect(rows.some((r) => r.decision === null)).toBe(true);
        expect(squeeze(page)).toContain(squeeze(MARK[lang]));
        expect(squeeze(page)).toContain(squeeze(document.head.number));
        expect(squeeze(page)).toContain(squeeze(document.head.issued));
        expect(docxText(docx)).toContain(document.head.issued);
        // The leaders: each level's first, by name.
        for (const level of overview.levels) expect(squeeze(page)).toContain(squeeze(level.rows.find((r) => r.rank === 1)!.names[lang]));
        // The approved count, as the overview counts it.
        const approved = rows.filter((r) => r.approval === "approved").length;
        const decided = rows.filter((r) => r.decision !== null).length;
        expect(decided).toBe(1); // the one decided above
        expect(document.sections[0]!.blocks[0]).toMatchObject({ kind: "figures", items: [{}, { number: approved }, { number: decided }] });
        if (lang === "zh") expect(englishRuns(page)).toEqual([]);
        else expect(chineseLeft(page, [])).toEqual([]);
        // The public's brief says it rests on approved data only; the full audience's does not.
        expect(page.includes(lang === "zh" ? "仅依据已审核通过的数据" : "approved data only")).toBe(audience === "public");
      }
    }, 60_000);
  }
});
