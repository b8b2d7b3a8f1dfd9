import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// The summary's PDF and Word files as a recipient reads them: their text, extracted as a reader's
// tool would, speaks the document's language throughout (a Chinese file holds no English sentence,
// an English one no Chinese beyond names), carries its document number and date of issue, and says
// on every page whether it is a draft.

const file = vi.hoisted(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- runs before the imports below
  const f = `${require("node:os").tmpdir()}/tm-summary-language-${process.pid}-${Date.now()}.db`;
  process.env.DATABASE_PATH = f;
  return f;
});

import Database from "better-sqlite3";
import { prepareDatabase } from "@/scripts/prepare-db";
import { getSummaryReport, type SummaryReport } from "@/lib/services/summary";
import { renderSummaryFile, summaryDocument } from "./summary-files";
import { chineseLeft, docxText, englishRuns, pdfPages, squeeze } from "@/lib/testing/document-text";

/** What people typed (comments, a grade's reason) is quoted as written, in whatever language it was written; people's names are names. */
function typed(r: SummaryReport): string[] {
  const people = [...r.assessments.map((a) => a.updatedByName ?? ""), r.grade.decidedByName ?? ""];
  return [...r.assessments.map((a) => a.comment ?? ""), r.grade.reason ?? "", ...people].filter((s) => s.length > 0);
}

let year: number;
const APPROVED = "daying-edz"; // 2025: approved, its grade confirmed below
const DRAFT = "zigong"; // 2025: its grade left unconfirmed

beforeAll(async () => {
  await prepareDatabase(file, { demo: true, fresh: true });
  year = 2025;
  const db = new Database(file);
  // The approved area-year: its data approved (as seeded) and its grade decided by the evaluator; the
  // draft: its grade left undecided.
  const evaluator = db.prepare("select id from users where email = 'evaluator@demo.local'").pluck().get();
  const area = "(select id from areas where code = ?)";
  db.prepare(`delete from grade_decisions where area_id = ${area} and year = ?`).run(APPROVED, year);
  db.prepare(`delete from grade_decisions where area_id = ${area} and year = ?`).run(DRAFT, year);
  db.prepare(`insert into grade_decisions (area_id, year, proposed_grade, final_grade, decided_by) values (${area}, ?, 'good', 'good', ?)`).run(APPROVED, year, evaluator);
  db.close();
}, 60_000);

afterAll(() => {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
});

async function texts(code: string, lang: "zh" | "en") {
  const report = getSummaryReport(code, year);
  const document = summaryDocument(report, lang);
  const pdf = await pdfPages(await renderSummaryFile(document, "pdf"));
  const docx = docxText(await renderSummaryFile(document, "docx"));
  return { report, document, pdf, docx };
}

describe("one language per document", () => {
  for (const code of [APPROVED, DRAFT]) {
    it(`${code}: the Chinese PDF and Word hold no English sentence`, async () => {
      const { pdf, docx } = await texts(code, "zh");
      expect(englishRuns(pdf.join("\n"))).toEqual([]);
      expect(englishRuns(docx)).toEqual([]);
    }, 60_000);

    it(`${code}: the English PDF and Word hold no Chinese beyond names and what people typed`, async () => {
      const { report, pdf, docx } = await texts(code, "en");
      expect(chineseLeft(pdf.join("\n"), typed(report))).toEqual([]);
      expect(chineseLeft(docx, typed(report))).toEqual([]);
      // The texts themselves would fail the check: the rule above is not idle.
      expect(chineseLeft("The area 四川自贡 reported", [])).toHaveLength(4);
      expect(englishRuns("自贡 the area reported all 见 https://a.example/b c d e")).toEqual(["the area reported all"]);
    }, 60_000);
  }
});

describe("a draft says so on every page; an approved document does not", () => {
  const MARK = { zh: "草稿 / 未审定", en: "DRAFT / NOT APPROVED" } as const;

  for (const lang of ["zh", "en"] as const) {
    it(`${lang}: the draft's PDF pages and Word header carry the watermark; the approved files carry none`, async () => {
      const draft = await texts(DRAFT, lang);
      expect(draft.document.watermark).toBe(MARK[lang]);
      expect(draft.pdf.length).toBeGreaterThan(3);
      for (const page of draft.pdf) expect(squeeze(page)).toContain(squeeze(MARK[lang]));
      expect(draft.docx).toContain(MARK[lang]);

      const approved = await texts(APPROVED, lang);
      expect(approved.report.approval.status).toBe("approved");
      expect(approved.report.grade.state).not.toBe("proposed");
      expect(approved.document.watermark).toBeNull();
      for (const page of approved.pdf) expect(squeeze(page)).not.toContain(squeeze(MARK[lang]));
      expect(approved.docx).not.toContain(MARK[lang]);
      // Neither speaks of its draft state in the other language.
      expect(draft.docx).not.toContain(MARK[lang === "zh" ? "en" : "zh"]);
    }, 90_000);
  }
});

describe("the document number and the date of issue", () => {
  it("an approved area-year's files take the year's next number once, and every later file in either language carries it and its date", async () => {
    const issueYear = Number(new Intl.DateTimeFormat("en", { year: "numeric", timeZone: "Asia/Shanghai" }).format(new Date()));
    const zh = await texts(APPROVED, "zh");
    const en = await texts(APPROVED, "en");
    // The first document numbered in this test database: counter 1 of the year, in the default pattern.
    const number = `TM-${issueYear}-001`;
    expect(zh.document.head.number).toBe(`文号：${number}`);
    expect(en.document.head.number).toBe(`Document no.: ${number}`);
    const issuedZh = zh.document.head.issued.replace("印发日期：", "");
    const issuedEn = en.document.head.issued.replace("Date of issue: ", "");
    expect(issuedZh).toMatch(new RegExp(`^${issueYear}年\\d{1,2}月\\d{1,2}日$`));
    expect(issuedEn).toMatch(new RegExp(`^\\d{1,2} \\w{3} ${issueYear}$`));
    for (const [file, issued] of [[zh, issuedZh], [en, issuedEn]] as const) {
      expect(squeeze(file.pdf[0]!)).toContain(number);
      expect(squeeze(file.pdf[0]!)).toContain(squeeze(issued));
      expect(file.docx).toContain(number);
      expect(file.docx).toContain(issued);
    }
    // Made again: the same number, not the next.
    const again = await texts(APPROVED, "en");
    expect(again.document.head.number).toBe(`Document no.: ${number}`);
  }, 90_000);

  it("a draft carries no number but says so, and the day it was made", async () => {
    for (const lang of ["zh", "en"] as const) {
      const draft = await texts(DRAFT, lang);
      const label = lang === "zh" ? "文号：草稿（未编号）" : "Document no.: draft (unnumbered)";
      expect(draft.document.head.number).toBe(label);
      expect(squeeze(draft.pdf[0]!)).toContain(squeeze(label));
      expect(draft.docx).toContain(label);
      expect(draft.docx).toContain(draft.document.head.issued);
      expect(draft.docx).not.toMatch(/TM-\d{4}-\d{3}/);
    }
  }, 90_000);
});

describe("the glossary", () => {
  it("closes every document, in its language, with every term the messages define", async () => {
    const { reportTranslator } = await import("./labels");
    const { GLOSSARY_TERMS } = await import("./summary-document");
    for (const lang of ["zh", "en"] as const) {
      const t = reportTranslator(lang);
      const { pdf, docx, document } = await texts(DRAFT, lang);
      expect(document.sections.at(-1)!.id).toBe("glossary");
      for (const key of GLOSSARY_TERMS) {
        for (const text of [t(`summary.glossary.items.${key}.term`), t(`summary.glossary.items.${key}.text`)]) {
          expect(squeeze(pdf.join(""))).toContain(squeeze(text));
          expect(squeeze(docx)).toContain(squeeze(text));
        }
      }
    }
  }, 90_000);
});
