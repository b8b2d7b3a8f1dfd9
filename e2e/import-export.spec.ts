import fs from "node:fs/promises";
import type { APIResponse, Download } from "@playwright/test";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { expectNoSeriousViolations } from "./axe";
import { expect, test } from "./fixtures";
import { valueOf, valuesOf } from "./helpers";
import { AreaPage } from "./pages/area-page";
import { ImportPage } from "./pages/import-page";
import { official } from "./pages/login-page";

// Spreadsheet import and export, as an official and an evaluator do it, and bad uploads sent to the API.
// Area-year written here and nowhere else: 徐州 (xuzhou) 2022, a draft in the demo data that lacks
// hte_count. Xuzhou's 2023 is approved in the demo data (a locked year); tongling is another area.

const AREA = "xuzhou";
const YEAR = 2022;
const OTHER = "tongling";
const EVALUATOR = "evaluator@demo.local";
const HEADER = ["area_code", "indicator_key", "year", "value", "note"];
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
// Starts like a formula: stored as typed, neutralised in every export.
const NOTE = "=1+1 新建基站较多（e2e）";

type Row = (string | number)[];
const csvFile = (name: string, rows: Row[], header = HEADER) => ({
  name,
  mimeType: "text/csv",
  buffer: Buffer.from("\uFEFF" + Papa.unparse({ fields: header, data: rows }), "utf8"),
});

async function workbookOf(download: Download): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  const bytes = await fs.readFile((await download.path())!);
  await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return book;
}

/** A sheet as objects keyed by its header row, each with its row number. */
function recordsOf(sheet: ExcelJS.Worksheet): (Record<string, unknown> & { rowNumber: number })[] {
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const records: (Record<string, unknown> & { rowNumber: number })[] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const values = (row.values as unknown[]).slice(1);
    records.push({ rowNumber, ...Object.fromEntries(header.map((h, i) => [h, values[i] ?? null])) });
  });
  return records;
}

async function expectError(res: APIResponse, status: number, reason: string) {
  const body = await res.json().catch(() => null);
  expect(res.status(), JSON.stringify(body)).toBe(status);
  expect(body?.error?.reason ?? body?.error?.code, JSON.stringify(body)).toBe(reason);
  expect(typeof body.error.message).toBe("string");
}

test.describe("an official", () => {
  test.beforeEach(async ({ signIn }) => {
    await signIn(official(AREA));
  });

  test("fills in the template, corrects what the dry run finds, imports, imports again to no effect, and exports", async ({ page, request }) => {
    const importPage = new ImportPage(page);
    const before = await valuesOf(request, AREA, YEAR);
    const stored = (key: string) => before.find((v) => v.indicator === key)?.value;
    expect(stored("hte_count"), "the demo data lacks xuzhou's hte_count for 2022").toBeUndefined();
    const hte2021 = (await valueOf(request, AREA, "hte_count", YEAR - 1))!.value;
    const urban2021 = (await valueOf(request, AREA, "urban_rate", YEAR - 1))!.value;

    await test.step("the header leads to 导入导出; the page passes axe", async () => {
      await page.locator("header[data-site-header]").getByRole("link", { name: "导入导出" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "数据导入与导出" })).toBeVisible();
      await expectNoSeriousViolations(page);
    });

    let template!: ExcelJS.Workbook;
    const rowOf: Record<string, number> = {};
    await test.step("download the 2022 templates: one row per importable indicator, names in both languages, units", async () => {
      await importPage.templateYear.selectOption(String(YEAR));
      template = await workbookOf(await importPage.download(importPage.templateButton("xlsx")));
      expect(template.worksheets.map((w) => w.name)).toEqual(["数据 Values", "目标 Targets", "指标说明 Indicators"]);
      const rows = recordsOf(template.worksheets[0]!);
      for (const r of rows) rowOf[String(r.indicator_key)] = r.rowNumber;
      expect(rows.find((r) => r.indicator_key === "hte_count")).toMatchObject({
        area_code: AREA,
        name_zh: "高新技术企业数",
        name_en: "High-tech enterprises",
        unit_zh: "家",
        unit_en: "firms",
        year: YEAR,
        value: null,
      });
      // Computed indicators are not imported, and not offered.
      expect(rows.some((r) => r.indicator_key === "net_migration_rate")).toBe(false);
      expect(recordsOf(template.worksheets[2]!).find((r) => r.key === "net_migration_rate")).toMatchObject({ importable: 0 });

      const csv = await importPage.download(importPage.templateButton("csv"));
      const text = (await fs.readFile((await csv.path())!)).toString("utf8");
      expect(text.startsWith("\uFEFFarea_code,indicator_key,name_zh,name_en,unit_zh,unit_en,year,value,note,source")).toBe(true);
      expect(text).toContain(`${AREA},hte_count,高新技术企业数,High-tech enterprises,家,firms,${YEAR},,,`);
    });

    await test.step("a bad number, an impossible value and a flagged value without a note: listed by row and column, nothing written", async () => {
      const sheet = template.worksheets[0]!;
      const valueColumn = 8;
      sheet.getRow(rowOf.hte_count!).getCell(valueColumn).value = "12 家";
      sheet.getRow(rowOf.rd_intensity!).getCell(valueColumn).value = 99;
      sheet.getRow(rowOf.g5_per_10k!).getCell(valueColumn).value = 80;
      sheet.getRow(rowOf.urban_rate!).getCell(valueColumn).value = urban2021 + 0.4;
      await importPage.check({ name: `template-${YEAR}.xlsx`, mimeType: XLSX, buffer: Buffer.from(await template.xlsx.writeBuffer()) });

      await expect(importPage.verdict).toHaveText("发现 3 个问题，未写入任何数据。请修改文件后重新检查。");
      expect(await importPage.problemList()).toEqual(
        [
          [rowOf.hte_count!, "value", "not_a_number"],
          [rowOf.rd_intensity!, "value", "out_of_hard_range"],
          [rowOf.g5_per_10k!, "note", "note_required"],
        ].sort((a, b) => Number(a[0]) - Number(b[0])),
      );
      await expect(importPage.problem(rowOf.hte_count!, "value")).toContainText("“12 家”不是数字");
      await expect(importPage.problem(rowOf.hte_count!, "value")).toContainText("value（H 列）");
      await expect(importPage.problem(rowOf.rd_intensity!, "value")).toContainText("R&D经费投入强度 应在 0.05 至 7.00 % 之间。");
      await expect(importPage.problem(rowOf.g5_per_10k!, "note")).toContainText("每万人拥有5G基站数 已标记待核：请在 note 列中说明。");
      await expect(importPage.commitButton).toHaveCount(0);
      await expectNoSeriousViolations(page);
      expect(await valuesOf(request, AREA, YEAR)).toEqual(before);
    });

    const fixed = csvFile(`xuzhou-${YEAR}.csv`, [
      [AREA, "hte_count", YEAR, Math.round(hte2021 * 1.05), ""],
      [AREA, "g5_per_10k", YEAR, 80, NOTE],
      [AREA, "urban_rate", YEAR, Math.round((urban2021 + 0.4) * 10) / 10, ""],
    ]);
    await test.step("the corrected file: no problems, the flag listed; the import writes the values", async () => {
      await importPage.check(fixed);
      await expect(importPage.verdict).toHaveText("未发现问题，可以导入。");
      await expect(importPage.flags.first()).toHaveAttribute("data-indicator", "g5_per_10k");
      await expect(importPage.flags.first()).toContainText("超出常见范围 1.0–60.0 个/万人");
      await expect(importPage.commitButton).toHaveText("导入（修改 3 项）");
      await importPage.commit();
      await expect(importPage.verdict).toHaveText(`已导入 xuzhou-${YEAR}.csv：修改 3 项，0 项无变化，1 项标记待核。`);

      expect(await valueOf(request, AREA, "hte_count", YEAR)).toMatchObject({ value: Math.round(hte2021 * 1.05), flagged: false, demo: false });
      expect(await valueOf(request, AREA, "g5_per_10k", YEAR)).toMatchObject({ value: 80, note: NOTE, flagged: true, demo: false });
    });

    await test.step("the same file again changes nothing", async () => {
      const after = await valuesOf(request, AREA, YEAR);
      await importPage.check(fixed);
      await expect(importPage.summary).toContainText("将修改 0 项，3 项与已保存的相同");
      await expect(importPage.commitButton).toHaveText("导入（修改 0 项）");
      await importPage.commit();
      await expect(importPage.verdict).toHaveText(`已导入 xuzhou-${YEAR}.csv：修改 0 项，3 项无变化，1 项标记待核。`);
      expect(await valuesOf(request, AREA, YEAR)).toEqual(after);
    });

    await test.step("the area page exports the values as .xlsx, with a sheet of indicator definitions", async () => {
      const area = new AreaPage(page);
      await area.goto(AREA);
      const links = page.getByTestId("area-export");
      const book = await workbookOf(await importPage.download(links.getByRole("link", { name: "Excel" })));
      expect(book.worksheets.map((w) => w.name)).toEqual(["数据 Values", "目标 Targets", "指标说明 Indicators"]);
      const definitions = recordsOf(book.worksheets[2]!);
      expect(definitions.find((d) => d.key === "energy_intensity")).toMatchObject({ unit_zh: "吨标准煤/万元", unit_en: "tce per 10k yuan", direction: "lower", hard_min: 0.1 });
      const values = recordsOf(book.worksheets[0]!);
      expect(new Set(values.map((v) => v.area_code))).toEqual(new Set([AREA]));
      // The note is text that a spreadsheet would run: it carries a leading apostrophe; the number stays a number.
      expect(values.find((v) => v.indicator_key === "g5_per_10k" && v.year === YEAR)).toMatchObject({ value: 80, note: `'${NOTE}`, flagged: 1 });
      // The targets sheet names each target's plan period: the 14th period's are those the API lists for it, as stored.
      const targets = recordsOf(book.worksheets[1]!);
      expect(new Set(targets.map((t) => t.area_code))).toEqual(new Set([AREA]));
      const fyp14 = (await (await request.get(`/api/v1/areas/${AREA}/progress?period=fyp14`)).json()).data as { indicator: string; baseYear: number; target: { input: number; kind: string; year: number } }[];
      const sheet14 = targets.filter((t) => t.period === "fyp14");
      expect(sheet14.length).toBeGreaterThan(0);
      expect(sheet14.map((t) => t.indicator_key).sort()).toEqual(fyp14.map((p) => p.indicator).sort());
      for (const p of fyp14) {
        expect(sheet14.find((t) => t.indicator_key === p.indicator)).toMatchObject({ kind: p.target.kind, value: p.target.input, base_year: 2020, target_year: 2025 });
      }
      expect(targets.every((t) => t.period === "fyp14" || (t.period === "fyp15" && t.target_year === 2030))).toBe(true);
    });

    await test.step("…and as CSV, where the note starting with = is neutralised and negative numbers stay numbers", async () => {
      const download = await importPage.download(page.getByTestId("area-export").getByRole("link", { name: "CSV" }));
      const text = (await fs.readFile((await download.path())!)).toString("utf8");
      const { data } = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true });
      expect(data.find((r) => r.indicator_key === "g5_per_10k" && r.year === String(YEAR))).toMatchObject({ value: "80", note: `'${NOTE}` });
      const negative = data.filter((r) => r.value!.startsWith("-") || r.value!.startsWith("'-"));
      expect(negative.length, "xuzhou has some negative values (natural increase)").toBeGreaterThan(0);
      for (const r of negative) expect(r.value).toMatch(/^-\d/);
    });
  });

  test("rows of another area and of an approved year are refused, and nothing is written", async ({ page, request }) => {
    const otherBefore = await valuesOf(request, OTHER, YEAR);
    const lockedBefore = await valuesOf(request, AREA, YEAR + 1);
    const hte2023 = lockedBefore.find((v) => v.indicator === "hte_count")!.value;
    const importPage = new ImportPage(page);
    await importPage.goto();
    await importPage.check(csvFile("mixed.csv", [[OTHER, "hte_count", YEAR, 1000, ""], [AREA, "hte_count", YEAR + 1, hte2023 + 1, ""]]));
    expect(await importPage.problemList()).toEqual([
      [2, "area_code", "not_your_area"],
      [3, "year", "year_approved"],
    ]);
    await expect(importPage.problem(2, "area_code")).toContainText("“tongling”不是您的示范区：您只能导入本示范区的数据。");
    await expect(importPage.problem(3, "year")).toContainText("xuzhou 2023 年的数据已审核通过并锁定，不能修改。");
    await expect(importPage.commitButton).toHaveCount(0);
    expect(await valuesOf(request, OTHER, YEAR)).toEqual(otherBefore);
    expect(await valuesOf(request, AREA, YEAR + 1)).toEqual(lockedBefore);
  });

  test("bad uploads and parameters get a clear 4xx answer and write nothing", async ({ page, request }) => {
    test.setTimeout(120_000);
    const api = page.request; // signed in as the official
    const before = { own: await valuesOf(request, AREA, YEAR), other: await valuesOf(request, OTHER, YEAR) };
    const upload = (file: { name: string; mimeType: string; buffer: Buffer }, fields: Record<string, string> = { mode: "commit" }) =>
      api.post("/api/v1/import", { multipart: { ...fields, file } });
    const good = csvFile("good.csv", [[AREA, "urban_rate", YEAR, 60, "e2e"]]);

    await expectError(await api.post("/api/v1/import", { data: { mode: "commit", rows: [] } }), 415, "not_multipart");
    await expectError(await api.post("/api/v1/import", { multipart: { mode: "commit" } }), 400, "no_file");
    await expectError(await upload({ name: "empty.csv", mimeType: "text/csv", buffer: Buffer.alloc(0) }), 400, "empty_file");
    await expectError(await upload({ ...good, name: "values.xls" }), 415, "unsupported_type");
    await expectError(await upload(good, { mode: "write" }), 400, "bad_request");
    await expectError(await upload(good, { mode: "commit", extra: "1" }), 400, "bad_request");
    await expectError(await upload(good, { mode: "commit", area: "x".repeat(100_000) }), 400, "bad_request");
    await expectError(await upload({ name: "gbk.csv", mimeType: "text/csv", buffer: Buffer.from([0xb3, 0xa3, 0xd7, 0xa1, 0x2c, 0x0a, 0x31, 0x0a]) }), 400, "not_utf8");
    await expectError(await upload({ name: "text.xlsx", mimeType: XLSX, buffer: Buffer.from("area_code,indicator_key\n") }), 400, "unreadable_file");

    const template = await api.get(`/api/v1/import/template?year=${YEAR}&format=xlsx`);
    expect(template.status()).toBe(200);
    const xlsx = await template.body();
    await expectError(await upload({ name: "truncated.xlsx", mimeType: XLSX, buffer: xlsx.subarray(0, Math.floor(xlsx.length / 2)) }), 400, "unreadable_file");

    // Just over the row cap, in a small file: refused by counting rows.
    const row = `${AREA},urban_rate,${YEAR},60\n`;
    const overCap = Buffer.from("area_code,indicator_key,year,value\n" + row.repeat(50_001));
    await expectError(await upload({ name: "rows.csv", mimeType: "text/csv", buffer: overCap }), 413, "too_many_rows");
    // A million rows (about 24 MB): refused by its size, quickly.
    const million = Buffer.from("area_code,indicator_key,year,value\n" + row.repeat(1_000_000));
    const started = Date.now();
    await expectError(await upload({ name: "million.csv", mimeType: "text/csv", buffer: million }), 413, "file_too_large");
    expect(Date.now() - started).toBeLessThan(30_000);

    // Downloads with bad parameters.
    await expectError(await api.get("/api/v1/import/template?year=1999"), 400, "bad_request");
    await expectError(await api.get("/api/v1/import/template?year=abc"), 400, "bad_request");
    await expectError(await api.get("/api/v1/import/template?format=pdf"), 400, "bad_request");
    await expectError(await api.get(`/api/v1/import/template?area=${OTHER}`), 403, "forbidden");
    await expectError(await api.get("/api/v1/export?area=all"), 403, "forbidden");
    await expectError(await api.get(`/api/v1/export?area=${OTHER}`), 403, "forbidden");
    await expectError(await api.get("/api/v1/export?area=nowhere"), 404, "not_found");
    // Signed out: no import, no export.
    await expectError(await request.post("/api/v1/import", { multipart: { mode: "dry-run", file: good } }), 401, "unauthenticated");
    await expectError(await request.get(`/api/v1/export?area=${AREA}`), 401, "unauthenticated");

    expect(await valuesOf(request, AREA, YEAR)).toEqual(before.own);
    expect(await valuesOf(request, OTHER, YEAR)).toEqual(before.other);
  });
});

test("an evaluator exports every area's values at once, and cannot import", async ({ page, signIn }) => {
  await signIn(EVALUATOR);
  const importPage = new ImportPage(page);
  await importPage.goto();
  await expect(importPage.templateForm).toHaveCount(0);
  await expect(importPage.fileInput).toHaveCount(0);
  await expect(importPage.exportForm.getByLabel("示范区")).toHaveValue("all");
  const book = await workbookOf(await importPage.download(importPage.exportButton("xlsx")));
  expect(book.worksheets.map((w) => w.name)).toEqual(["数据 Values", "目标 Targets", "指标说明 Indicators"]);
  expect(new Set(recordsOf(book.worksheets[0]!).map((r) => r.area_code)).size).toBe(40);
  // Every area has 14th-period targets; some have set 2030 ones too.
  const periods = recordsOf(book.worksheets[1]!).map((r) => `${r.area_code}:${r.period}`);
  expect(new Set(periods.filter((p) => p.endsWith(":fyp14"))).size).toBe(40);
  expect(periods.some((p) => p.endsWith(":fyp15"))).toBe(true);
  await expectNoSeriousViolations(page);

  const refused = await page.request.post("/api/v1/import", { multipart: { mode: "dry-run", file: csvFile("x.csv", [[AREA, "urban_rate", YEAR, 60, ""]]) } });
  expect(refused.status()).toBe(403);
});
