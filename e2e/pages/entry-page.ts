import { expect, type Locator, type Page } from "@playwright/test";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** /areas/:code/entry?year= — one area-year of indicator values, found by their Chinese names. */
export class EntryPage {
  constructor(private readonly page: Page) {}

  get form() {
    return this.page.getByTestId("year-entry-form");
  }
  get saveResult() {
    return this.page.getByTestId("save-result");
  }
  get saveError() {
    return this.page.getByTestId("save-error");
  }
  get notAllowed() {
    return this.page.getByTestId("not-allowed");
  }

  async goto(code: string, year: number) {
    await this.page.goto(`/areas/${code}/entry?year=${year}`);
  }

  async expectOpen(year: number) {
    await expect(this.page.getByRole("heading", { level: 1, name: `${year} 年指标` })).toBeVisible();
    await expect(this.form).toBeVisible();
  }

  saveButton(year: number): Locator {
    return this.page.getByRole("button", { name: `保存 ${year} 年数据` });
  }

  /** The value box of an indicator: its label reads "<name> (<unit>)". */
  value(name: string): Locator {
    return this.page.getByRole("textbox", { name: new RegExp(`^${escape(name)} \\(`) });
  }

  /** The explanation box next to it ("<name> 的说明"). */
  note(name: string): Locator {
    return this.page.getByRole("textbox", { name: `${name} 的说明`, exact: true });
  }

  /** One indicator's row: its label, value, checks, note and remarks. */
  row(key: string): Locator {
    return this.form.locator(`[data-field="${key}"]`);
  }

  errorOf(key: string): Locator {
    return this.page.getByTestId(`error-${key}`);
  }

  flagOf(key: string): Locator {
    return this.page.getByTestId(`flag-${key}`);
  }

  async save(year: number) {
    await this.saveButton(year).click();
  }

  get source(): Locator {
    return this.page.getByRole("textbox", { name: "数据来源", exact: true });
  }
  get useLastYearSource(): Locator {
    return this.page.getByTestId("use-last-year-source");
  }
  get notice(): Locator {
    return this.page.getByTestId("entry-notice");
  }
  /** Beside the save button: "已保存 · 10:42" after a save, "有未保存的修改" once something is typed. */
  get saveState(): Locator {
    return this.page.getByTestId("save-state");
  }
  get saveProblems(): Locator {
    return this.page.getByTestId("save-problems");
  }

  /**
   * Puts text on the clipboard and pastes it with Ctrl+V into the focused field, as a person does
   * after copying cells in Excel (the browser context needs the clipboard permissions).
   */
  async pasteText(text: string) {
    await this.page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await this.page.keyboard.press("ControlOrMeta+V");
  }

  get pastePreview(): Locator {
    return this.page.getByTestId("paste-preview");
  }
  /** The preview's lines that name an indicator, with their data-key and data-status. */
  get pasteLines(): Locator {
    return this.pastePreview.getByTestId("paste-line");
  }
  pasteLine(key: string): Locator {
    return this.pastePreview.locator(`[data-testid="paste-line"][data-key="${key}"]`);
  }
  get unmatchedLines(): Locator {
    return this.pastePreview.getByTestId("paste-unmatched-line");
  }
  async pasteStatuses(): Promise<Record<string, string>> {
    return Object.fromEntries(
      await this.pasteLines.evaluateAll((rows) => rows.map((r) => [r.getAttribute("data-key") ?? "", r.getAttribute("data-status") ?? ""])),
    );
  }

  get reviewButton(): Locator {
    return this.page.getByRole("button", { name: "检查修改", exact: true });
  }
  get review(): Locator {
    return this.page.getByTestId("review-changes");
  }
  get reviewChanges(): Locator {
    return this.review.getByTestId("review-change");
  }
  get reviewSave(): Locator {
    return this.review.getByRole("button", { name: "保存这些修改" });
  }

  get draftOffer(): Locator {
    return this.page.getByTestId("draft-offer");
  }
}
