import fs from "node:fs/promises";
import ExcelJS from "exceljs";
import { expect, test } from "./fixtures";
import { ImportPage } from "./pages/import-page";
import { official } from "./pages/login-page";
import { TargetsPage } from "./pages/targets-page";

// Targets through the spreadsheet: an official of 宁夏东北部 (ningxia-northeast) downloads the Excel
// template, fills one row of its targets sheet in as a person would in Excel (kind, value, reason),
// uploads it, reads the dry run's target line, imports it and finds the 2030 target on the targets
// page. Written here and nowhere else: ningxia-northeast's targets of the open period (its 2030 values
// are not submitted, so its targets can change directly); no other spec names this area. A row naming
// the closed period is then refused, in a dry run.

const AREA = "ningxia-northeast";
const KEY = "hv_patent_10k";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const TARGETS_SHEET = "目标 Targets";
const REASON = "依据十五五规划纲要（e2e 导入）";

test("an official sets a 2030 target through the Excel template's targets sheet", async ({ page, signIn }) => {
  await signIn(official(AREA));
  const importPage = new ImportPage(page);
  await importPage.goto();
  const download = await importPage.download(importPage.templateButton("xlsx"));

  // The template's targets sheet: one row per indicator that takes a target, for the open period.
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await fs.readFile((await download.path())!)) as unknown as ExcelJS.Buffer);
  expect(book.worksheets.map((s) => s.name)).toEqual(["数据 Values", TARGETS_SHEET, "指标说明 Indicators"]);
  const sheet = book.getWorksheet(TARGETS_SHEET)!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  expect(header).toEqual(["area_code", "indicator_key", "name_zh", "name_en", "unit_zh", "unit_en", "period", "kind", "value", "base_year", "target_year", "reason"]);
  const col = (name: string) => header.indexOf(name) + 1;
  let rowNumber = 0;
  sheet.eachRow((row, n) => {
    if (n > 1 && row.getCell(col("indicator_key")).value === KEY) rowNumber = n;
  });
  expect(rowNumber).toBeGreaterThan(1);
  const row = sheet.getRow(rowNumber);
  expect(row.getCell(col("area_code")).value).toBe(AREA);
  expect(row.getCell(col("target_year")).value).toBe(2030);
  expect(row.getCell(col("base_year")).value).toBe(2025);
  const period = String(row.getCell(col("period")).value);
  const name = String(row.getCell(col("name_zh")).value);

  // Filled in as in Excel: a rise of 30 % from the base year, with its reason.
  row.getCell(col("kind")).value = "change_pct";
  row.getCell(col("value")).value = 30;
  row.getCell(col("reason")).value = REASON;
  row.commit();
  const buffer = Buffer.from(await book.xlsx.writeBuffer());

  await importPage.check({ name: "template-targets.xlsx", mimeType: XLSX, buffer });
  await expect(importPage.verdict).toHaveText("未发现问题，可以导入。");
  await expect(page.getByTestId("import-targets-summary")).toContainText(`工作表 ${TARGETS_SHEET}：已检查`);
  await expect(page.getByTestId("import-targets-summary")).toContainText("将设定或修改 1 项");
  const line = page.locator(`[data-testid="import-target"][data-indicator="${KEY}"]`);
  await expect(line).toHaveCount(1);
  await expect(line).toContainText(`${TARGETS_SHEET} · ${rowNumber}`);
  await expect(line).toContainText(`${period}（2025—2030）`);
  await expect(line).toContainText("较基期变化 30.00%"); // at the indicator's decimals, as the targets page writes it

  // No value in the values sheet: the one change is the target.
  await expect(importPage.commitButton).toHaveText("导入（修改 1 项）");
  await importPage.commit();
  await expect(importPage.summary).toHaveAttribute("data-committed", "true");
  await expect(importPage.verdict).toContainText("目标：设定或修改 1 项");

  // The targets page of the open period shows it, as the form would have saved it.
  const targets = new TargetsPage(page);
  await targets.goto(AREA);
  await targets.expectOpen();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("2030");
  await expect(targets.kind(KEY)).toHaveValue("change_pct");
  await expect(targets.value(KEY, name)).toHaveValue("30");
  await expect(targets.reason(KEY)).toHaveValue(REASON);

  // The same file again changes nothing.
  await importPage.goto();
  await importPage.check({ name: "template-targets.xlsx", mimeType: XLSX, buffer });
  await expect(page.getByTestId("import-targets-summary")).toContainText("将设定或修改 0 项");
  await expect(page.locator('[data-testid="import-target"]')).toHaveCount(0);

  // The same row naming the closed period: refused (read-only), at its sheet and row, nothing written.
  const periods = (await (await page.request.get("/api/v1/plan-periods")).json()) as { data: { code: string; state: string }[] };
  const closed = periods.data.find((p) => p.state === "closed")!.code;
  row.getCell(col("period")).value = closed;
  row.commit();
  await importPage.check({ name: "closed-period.xlsx", mimeType: XLSX, buffer: Buffer.from(await book.xlsx.writeBuffer()) });
  await expect(importPage.verdict).toHaveText("发现 1 个问题，未写入任何数据。请修改文件后重新检查。");
  const problem = page.locator(`[data-testid="import-problem"][data-sheet="${TARGETS_SHEET}"][data-row="${rowNumber}"][data-column="period"]`);
  await expect(problem).toContainText(`${TARGETS_SHEET} · ${rowNumber}`);
  await expect(problem).toContainText(`规划期 ${closed} 已结束，其目标只读。`);
  await expect(importPage.commitButton).toHaveCount(0);
});
