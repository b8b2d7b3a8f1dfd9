import fs from "node:fs/promises";
import type { Download, Page } from "@playwright/test";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { expect, test } from "./fixtures";
import { valuesOf } from "./helpers";
import { ImportPage } from "./pages/import-page";
import { ADMIN, official } from "./pages/login-page";

// A file the product wrote goes back in: export an area's values (.xlsx and .csv) from /import, change
// one value in the file, upload it for a dry run. Exactly one change, no problem; the computed rows
// (net migration rate) are skipped as computed. Dry runs only: nothing is written here.
// Tongling has only draft years in the demo data; Dalian's 2023 is approved (locked), and its rows
// go back in unchanged.

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const CHANGED = { indicator: "hte_count", year: 2022 };

async function bytesOf(download: Download): Promise<Buffer> {
  return fs.readFile((await download.path())!);
}

/** The .xlsx with one value moved by one: the same workbook otherwise, saved again as a spreadsheet would. */
async function editXlsx(bytes: Buffer): Promise<{ buffer: Buffer; computedRows: number }> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheet = book.worksheets[0]!;
  const header = (sheet.getRow(1).values as unknown[]).map(String);
  const col = (name: string) => header.indexOf(name);
  let edited = 0;
  let computedRows = 0;
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const key = row.getCell(col("indicator_key")).value;
    if (key === "net_migration_rate") computedRows++;
    if (key === CHANGED.indicator && row.getCell(col("year")).value === CHANGED.year) {
      const cell = row.getCell(col("value"));
      cell.value = Number(cell.value) + 1;
      edited++;
    }
  });
  expect(edited).toBe(1);
  return { buffer: Buffer.from(await book.xlsx.writeBuffer()), computedRows };
}

/** The CSV with one value moved by one, edited as text (the byte-order mark kept). */
function editCsv(bytes: Buffer): { buffer: Buffer; computedRows: number } {
  const text = bytes.toString("utf8");
  expect(text.startsWith("\uFEFF")).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  const rows = parsed.data;
  const target = rows.filter((r) => r.indicator_key === CHANGED.indicator && r.year === String(CHANGED.year));
  expect(target).toHaveLength(1);
  target[0]!.value = String(Number(target[0]!.value) + 1);
  const csv = "\uFEFF" + Papa.unparse({ fields: parsed.meta.fields!, data: rows.map((r) => parsed.meta.fields!.map((f) => r[f])) });
  return { buffer: Buffer.from(csv, "utf8"), computedRows: rows.filter((r) => r.indicator_key === "net_migration_rate").length };
}

async function roundTrip(page: Page, area: string, chooseArea: boolean) {
  const importPage = new ImportPage(page);
  await importPage.goto();
  if (chooseArea) await importPage.exportForm.getByLabel("示范区").selectOption(area);
  for (const format of ["xlsx", "csv"] as const) {
    await test.step(`${area}: export .${format}, change ${CHANGED.indicator} ${CHANGED.year}, dry run`, async () => {
      const exported = await bytesOf(await importPage.download(importPage.exportButton(format)));
      const { buffer, computedRows } = format === "xlsx" ? await editXlsx(exported) : editCsv(exported);
      expect(computedRows, "the export carries the computed rows").toBeGreaterThan(0);
      await importPage.check({ name: `${area}.${format}`, mimeType: format === "xlsx" ? XLSX : "text/csv", buffer });
      await expect(importPage.verdict).toHaveText("未发现问题，可以导入。");
      await expect(importPage.problems).toHaveCount(0);
      await expect(importPage.summary).toContainText("将修改 1 项");
      await expect(importPage.commitButton).toHaveText("导入（修改 1 项）");
      await expect(page.getByTestId("import-computed-count")).toHaveText(
        `${computedRows} 行为自动计算的指标（人口净迁移率），与按文件和已保存数据计算的结果一致，已跳过：不写入，也不算问题。`,
      );
      const listed = page.getByTestId("import-computed");
      await listed.getByText(`自动计算，已跳过（${computedRows} 行）`).click();
      await expect(listed.getByTestId("import-computed-row")).toHaveCount(computedRows);
    });
  }
}

test("an official's export of their own area goes back in with exactly one change and no problem", async ({ page, request, signIn }) => {
  const before = await valuesOf(request, "tongling", CHANGED.year);
  await signIn(official("tongling"));
  await roundTrip(page, "tongling", false);
  expect(await valuesOf(request, "tongling", CHANGED.year)).toEqual(before);
});

test("an administrator's export of an area with a locked year goes back in with exactly one change and no problem", async ({ page, request, signIn }) => {
  const before = await valuesOf(request, "dalian", 2023);
  await signIn(ADMIN);
  await roundTrip(page, "dalian", true);
  expect(await valuesOf(request, "dalian", 2023)).toEqual(before);
});
