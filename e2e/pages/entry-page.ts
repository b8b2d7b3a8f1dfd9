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

  errorOf(key: string): Locator {
    return this.page.getByTestId(`error-${key}`);
  }

  flagOf(key: string): Locator {
    return this.page.getByTestId(`flag-${key}`);
  }

  async save(year: number) {
    await this.saveButton(year).click();
  }
}
