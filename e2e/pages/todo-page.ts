import { expect, type Locator, type Page } from "@playwright/test";

/** /todo (待办): what waits for the signed-in person. */
export class TodoPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto("/todo");
    await this.expectOpen();
  }

  async expectOpen() {
    await expect(this.page).toHaveURL(/\/todo$/);
    await expect(this.page.getByRole("heading", { level: 1, name: "待办" })).toBeVisible();
  }

  /** The header's 待办 link; its name carries the count ("待办 （2 项）"). */
  get navLink(): Locator {
    return this.page.locator("header[data-site-header]").getByRole("link", { name: /^待办/ });
  }

  dueYear(year: number): Locator {
    return this.page.locator(`[data-testid="todo-due-year"][data-year="${year}"]`);
  }
  returnedYear(year: number): Locator {
    return this.page.locator(`[data-testid="todo-returned-year"][data-year="${year}"]`);
  }
  get waitingRows(): Locator {
    return this.page.getByTestId("todo-waiting-row");
  }
  overdueArea(code: string): Locator {
    return this.page.locator(`[data-testid="todo-overdue-area"][data-area="${code}"]`);
  }
}
