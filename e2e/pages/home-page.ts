import { expect, type Page } from "@playwright/test";

/** / — the public list of areas with its filter form (a plain GET form: filters live in the URL). */
export class HomePage {
  constructor(private readonly page: Page) {}

  get filters() {
    return this.page.getByRole("search", { name: "筛选示范区" });
  }
  get searchBox() {
    return this.page.getByRole("searchbox", { name: "搜索" });
  }
  get level() {
    return this.filters.getByLabel("级别");
  }
  get count() {
    return this.page.getByTestId("area-count");
  }
  get list() {
    return this.page.getByTestId("area-list");
  }
  /** One card per area (each has the area's name as its heading). */
  get cards() {
    return this.list.getByRole("listitem").filter({ has: this.page.getByRole("heading") });
  }

  /** The pager under the list (分页): 上一页 / 下一页 links and "第 x / y 页". */
  get pagination() {
    return this.page.getByRole("navigation", { name: "分页" });
  }
  get pageOf() {
    return this.pagination.getByTestId("page-of");
  }

  async nextPage() {
    await this.pagination.getByRole("link", { name: "下一页" }).click();
  }
  async previousPage() {
    await this.pagination.getByRole("link", { name: "上一页" }).click();
  }

  async goto(path = "/") {
    await this.page.goto(path);
    await expect(this.page.getByRole("heading", { level: 1, name: "产业转型升级示范区" })).toBeVisible();
  }

  areaLink(name: string) {
    return this.list.getByRole("link", { name, exact: true });
  }

  async search(text: string) {
    await this.searchBox.fill(text);
    await this.searchBox.press("Enter");
  }

  async filterByLevel(label: string) {
    await this.level.selectOption({ label });
    await this.filters.getByRole("button", { name: "筛选" }).click();
  }
}
