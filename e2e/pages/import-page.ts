import { expect, type Download, type Locator, type Page } from "@playwright/test";

/** /import — template download, upload with a dry run and import, export (in the default Chinese UI). */
export class ImportPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto("/import");
    await expect(this.page.getByRole("heading", { level: 1, name: "数据导入与导出" })).toBeVisible();
  }

  get templateForm() {
    return this.page.getByTestId("template-form");
  }
  get templateYear() {
    return this.templateForm.getByLabel("年份");
  }
  templateButton(format: "xlsx" | "csv") {
    return this.templateForm.getByRole("button", { name: format === "xlsx" ? "下载 Excel 模板（.xlsx）" : "下载 CSV 模板" });
  }

  get exportForm() {
    return this.page.getByTestId("export-form");
  }
  exportButton(format: "xlsx" | "csv") {
    return this.exportForm.getByRole("button", { name: format === "xlsx" ? "导出 Excel（.xlsx）" : "导出 CSV" });
  }

  /** Clicks something that answers with a file, and waits for the download. */
  async download(trigger: Locator): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent("download"), trigger.click()]);
    return download;
  }

  get fileInput() {
    return this.page.getByLabel("选择文件（.xlsx 或 .csv）");
  }
  get checkButton() {
    return this.page.getByRole("button", { name: "检查文件" });
  }
  get commitButton() {
    return this.page.getByTestId("import-commit");
  }
  get summary() {
    return this.page.getByTestId("import-summary");
  }
  get verdict() {
    return this.page.getByTestId("import-verdict");
  }
  get error() {
    return this.page.getByTestId("import-error");
  }
  get problems() {
    return this.page.getByTestId("import-problem");
  }
  get flags() {
    return this.page.getByTestId("import-flag");
  }
  problem(row: number, column: string): Locator {
    return this.page.locator(`[data-testid="import-problem"][data-row="${row}"][data-column="${column}"]`);
  }

  /** Chooses the file and runs the dry run; waits for its answer. */
  async check(file: { name: string; mimeType: string; buffer: Buffer }) {
    await this.fileInput.setInputFiles(file);
    await this.checkButton.click();
    await expect(this.summary.or(this.error)).toBeVisible();
    await expect(this.summary).toHaveAttribute("data-mode", "dry-run");
  }

  async commit() {
    await this.commitButton.click();
    await expect(this.summary).toHaveAttribute("data-mode", "commit");
  }

  /** The problems listed, as [row, column, code]. */
  async problemList(): Promise<[number, string, string][]> {
    return this.problems.evaluateAll((rows) =>
      rows.map((r) => [Number(r.getAttribute("data-row")), r.getAttribute("data-column") ?? "", r.getAttribute("data-code") ?? ""] as [number, string, string]),
    );
  }
}
