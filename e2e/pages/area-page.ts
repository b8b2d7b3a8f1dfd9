import { expect, type Locator, type Page } from "@playwright/test";

/** /areas/:code — facts, progress summary, and one card (chart + numbers) per indicator of the chosen group. */
export class AreaPage {
  constructor(private readonly page: Page) {}

  get enterData() {
    return this.page.getByRole("link", { name: "填报年度数据" });
  }
  get setTargets() {
    return this.page.getByRole("link", { name: "设定目标" });
  }

  async goto(code: string) {
    await this.page.goto(`/areas/${code}`);
  }

  async expectTitle(name: string) {
    await expect(this.page.getByRole("heading", { level: 1, name })).toBeVisible();
  }

  get groupTabs(): Locator {
    return this.page.getByRole("navigation", { name: "指标组" });
  }

  /** Opens one indicator group's tab ("研发与创新主体", …): the page shows one group at a time. */
  async showGroup(name: string) {
    await this.groupTabs.getByRole("link", { name: new RegExp(`^${name}`) }).click();
    await expect(this.groupTabs.getByRole("link", { name: new RegExp(`^${name}`) })).toHaveAttribute("aria-current", "page");
    await expect(this.page.getByRole("heading", { level: 2, name, exact: true })).toBeVisible();
  }

  card(key: string): Locator {
    return this.page.locator(`article[data-indicator="${key}"]`);
  }

  chart(key: string): Locator {
    return this.page.getByTestId(`chart-${key}`);
  }

  latest(key: string): Locator {
    return this.page.getByTestId(`latest-${key}`);
  }

  target(key: string): Locator {
    return this.page.getByTestId(`target-${key}`);
  }

  status(key: string): Locator {
    return this.page.getByTestId(`status-${key}`);
  }
}
