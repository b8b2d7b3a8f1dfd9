import fs from "node:fs";
import { expect, type Locator, type Page } from "@playwright/test";

/** /overview/:year — every area ranked by level, proposed and final grades, decisions and the .zip of all summaries. */
export class OverviewPage {
  constructor(private readonly page: Page) {}

  async goto(year?: number) {
    await this.page.goto(year ? `/overview/${year}` : "/overview");
    await expect(this.page.getByTestId("overview-page")).toBeVisible({ timeout: 20_000 });
  }

  table(level: "city" | "county"): Locator {
    return this.page.getByTestId(`overview-${level}`);
  }
  row(code: string): Locator {
    return this.page.locator(`tr[data-area="${code}"]`);
  }
  proposed(code: string): Locator {
    return this.page.getByTestId(`proposed-${code}`).locator("[data-grade]");
  }
  finalState(code: string): Locator {
    return this.page.getByTestId(`final-state-${code}`);
  }
  finalGrade(code: string): Locator {
    return this.page.getByTestId(`final-grade-${code}`);
  }

  /** Opens the decision dialog of one area (another area's open dialog is closed first, as a person would). */
  async openDecision(code: string): Promise<Locator> {
    const dialog = this.page.getByRole("dialog").and(this.page.getByTestId(`decide-dialog-${code}`));
    if (await dialog.isVisible()) return dialog;
    if (await this.page.getByRole("dialog").isVisible()) await this.page.keyboard.press("Escape");
    await this.page.getByTestId(`decide-${code}`).click();
    await expect(dialog).toBeVisible();
    return dialog;
  }

  async confirm(code: string) {
    const form = await this.openDecision(code);
    await form.getByRole("button", { name: /^确认建议等级/ }).click();
    await expect(this.page.getByTestId(`decide-result-${code}-ok`)).toHaveText("等级已保存。");
  }

  async override(code: string, gradeLabel: string, reason: string) {
    const form = await this.openDecision(code);
    await form.getByLabel("改定为").selectOption({ label: gradeLabel });
    await form.getByLabel("理由（改定时必填）").fill(reason);
    await form.getByRole("button", { name: "改定等级" }).click();
  }

  async makeBundle(): Promise<{ name: string; body: Buffer }> {
    const panel = this.page.getByTestId("bundle-panel");
    await panel.getByTestId("bundle-start").click();
    await expect(panel.getByTestId("bundle-progress")).toBeVisible();
    await expect(panel.getByTestId("bundle-status")).toHaveText(/已生成 \d+ 份摘要。/, { timeout: 150_000 });
    const waiting = this.page.waitForEvent("download");
    await panel.getByTestId("bundle-download").click();
    const download = await waiting;
    return { name: download.suggestedFilename(), body: fs.readFileSync(await download.path()) };
  }

  get nationalBrief(): Locator {
    return this.page.getByTestId("national-brief");
  }

  /** Clicks the national brief's PDF or Word link and returns the file. */
  async downloadBrief(kind: "pdf" | "docx"): Promise<{ name: string; body: Buffer }> {
    const waiting = this.page.waitForEvent("download");
    await this.nationalBrief.getByTestId(`national-brief-${kind}`).click();
    const download = await waiting;
    return { name: download.suggestedFilename(), body: fs.readFileSync(await download.path()) };
  }
}
