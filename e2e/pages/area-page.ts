import { expect, type Locator, type Page } from "@playwright/test";

/** /areas/:code — facts, progress summary, and one card (chart + numbers) per indicator. */
export class AreaPage {
  constructor(private readonly page: Page) {}

  get enterData() {
    return this.page.getByRole("link", { name: "填报年度数据" });
  }
  get setTargets() {
    return this.page.getByRole("link", { name: "设定2025年目标" });
  }

  async goto(code: string) {
    await this.page.goto(`/areas/${code}`);
  }

  async expectTitle(name: string) {
    // Some 25 charts render on arrival: on a busy two-core machine a client-side navigation here has taken over 10 s.
    await expect(this.page.getByRole("heading", { level: 1, name })).toBeVisible({ timeout: 20_000 });
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
