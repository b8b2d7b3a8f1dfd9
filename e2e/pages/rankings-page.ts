import { expect, type Page } from "@playwright/test";

/** /rankings — every area of a group in a sortable table, 25 rows a page, with a search by name. */
export class RankingsPage {
  constructor(private readonly page: Page) {}

  get table() {
    return this.page.getByTestId("rankings-table");
  }
  get rows() {
    return this.table.locator("tbody tr");
  }
  get searchBox() {
    return this.page.getByRole("searchbox", { name: "按名称搜索" });
  }
  get matches() {
    return this.page.getByTestId("rankings-matches");
  }
  get pagination() {
    return this.page.getByRole("navigation", { name: "分页" });
  }
  get pageOf() {
    return this.pagination.getByTestId("page-of");
  }

  async goto(query = "year=2024") {
    await this.page.goto(`/rankings?${query}`);
    await expect(this.rows.first()).toBeVisible();
  }
  /** Rows come from the server: until they arrive the table keeps the last ones, marked busy. */
  async settled() {
    await expect(this.table).toHaveAttribute("aria-busy", "false");
  }
  async nextPage() {
    await this.pagination.getByRole("button", { name: "下一页" }).click();
    await this.settled();
  }
  async previousPage() {
    await this.pagination.getByRole("button", { name: "上一页" }).click();
    await this.settled();
  }
  async sortBy(key: string) {
    await this.page.getByTestId(`sort-${key}`).click();
    await this.settled();
  }

  /** Composite shown per area code, on the page shown. */
  async composites(): Promise<Map<string, string>> {
    const shown = new Map<string, string>();
    for (const row of await this.rows.all()) {
      shown.set((await row.getAttribute("data-area"))!, (await row.getByTestId("composite-cell").textContent())!);
    }
    return shown;
  }
}
