import fs from "node:fs";
import { expect, type Locator, type Page } from "@playwright/test";

/** /areas/:code/summary/:year — the annual evaluation summary, its downloads and the evaluator's assessment form. */
export class SummaryPage {
  constructor(private readonly page: Page) {}

  async goto(code: string, year: number) {
    await this.page.goto(`/areas/${code}/summary/${year}`);
    await this.expectOpen();
  }

  async expectOpen() {
    await expect(this.page.getByTestId("summary-title")).toBeVisible({ timeout: 20_000 });
  }

  get title() {
    return this.page.getByTestId("summary-title");
  }
  get composite() {
    return this.page.getByTestId("summary-composite");
  }
  get gradeFinal() {
    return this.page.getByTestId("summary-grade-final");
  }
  get form() {
    return this.page.getByTestId("assessment-form");
  }
  section(id: string): Locator {
    return this.page.getByTestId(`summary-section-${id}`);
  }
  /** One sentence of the generated narrative, by its id ("composite", "progress.on_track", …). */
  sentence(lang: "zh" | "en", id: string): Locator {
    return this.page.getByTestId(`sentence-${lang}-${id}`);
  }
  /** The first sentence that describes indicators of one progress status (not the overall count). */
  statusSentence(lang: "zh" | "en"): Locator {
    return this.page
      .getByTestId(`narrative-${lang}`)
      .locator('[data-sentence^="progress."]:not([data-sentence="progress.summary"]):not([data-sentence="progress.none"])')
      .first();
  }
  assessmentScore(aspect: string): Locator {
    return this.page.getByTestId(`assessment-score-${aspect}`);
  }

  async enterAssessment(entries: { aspect: string; score: number; comment: string }[]) {
    for (const e of entries) {
      await this.form.getByLabel(`${e.aspect}：评分`).selectOption(String(e.score));
      await this.form.getByLabel(`${e.aspect}：评语`).fill(e.comment);
    }
    await this.form.getByRole("button", { name: "保存定性评价" }).click();
    await expect(this.page.getByTestId("assessment-result-ok")).toHaveText("定性评价已保存。");
  }

  /** Clicks a download link and returns the file's bytes and suggested name. */
  async download(kind: "pdf" | "docx" | "xlsx" | "brief" | "brief-docx"): Promise<{ name: string; body: Buffer }> {
    const waiting = this.page.waitForEvent("download");
    await this.page.getByTestId(`download-${kind}`).click();
    const download = await waiting;
    return { name: download.suggestedFilename(), body: fs.readFileSync(await download.path()) };
  }
}
