import { expect, type Locator, type Page } from "@playwright/test";

/** /areas/:code/targets — one row per scored indicator with its status and a target form. */
export class TargetsPage {
  constructor(private readonly page: Page) {}

  get notAllowed() {
    return this.page.getByTestId("not-allowed");
  }

  async goto(code: string) {
    await this.page.goto(`/areas/${code}/targets`);
  }

  async expectOpen() {
    await expect(this.page.getByRole("heading", { level: 1, name: /^目标 · / })).toBeVisible();
  }

  row(key: string): Locator {
    return this.page.locator(`[data-target-row="${key}"]`);
  }

  status(key: string): Locator {
    return this.page.getByTestId(`target-status-${key}`);
  }

  /** The latest value as printed in the row ("最新: 5.9 (2024)"). */
  async latestValue(key: string): Promise<number> {
    const text = await this.row(key).getByText(/^最新:/).innerText();
    const match = /最新:\s*([\d,.-]+)/.exec(text);
    if (!match?.[1]) throw new Error(`no latest value in "${text}"`);
    return Number(match[1].replace(/,/g, ""));
  }

  kind(key: string): Locator {
    return this.row(key).getByLabel("类型");
  }

  value(key: string, name: string): Locator {
    return this.row(key).getByLabel(`${name}: 目标`, { exact: true });
  }

  reason(key: string): Locator {
    return this.row(key).getByLabel("依据 / 来源");
  }

  saveButton(key: string): Locator {
    return this.row(key).getByRole("button", { name: "保存", exact: true });
  }

  /** The result line of the save form (the first of the row's two status lines). */
  message(key: string): Locator {
    return this.page.getByTestId(`target-message-${key}`).first();
  }
}
