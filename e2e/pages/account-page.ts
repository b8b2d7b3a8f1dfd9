import { expect, type Page } from "@playwright/test";

/** /account (我的账户): the account's details and the password change. */
export class AccountPage {
  constructor(private readonly page: Page) {}

  get heading() {
    return this.page.getByRole("heading", { level: 1, name: "我的账户" });
  }
  detail(key: "email" | "role" | "area" | "status") {
    return this.page.getByTestId(`account-${key}`);
  }
  get currentPassword() {
    return this.page.getByRole("textbox", { name: /^当前密码/ });
  }
  get newPassword() {
    // The label's name grows by the field's errors: matched by its start.
    return this.page.getByRole("textbox", { name: /^新密码/ });
  }
  get confirmPassword() {
    return this.page.getByRole("textbox", { name: /^再次输入新密码/ });
  }
  get submit() {
    return this.page.getByRole("button", { name: "修改密码" });
  }
  get changed() {
    return this.page.getByTestId("password-changed");
  }
  get formError() {
    return this.page.getByTestId("change-password-form").getByTestId("form-error");
  }
  get fieldErrors() {
    return this.page.getByTestId("change-password-form").getByTestId("field-error");
  }

  async expectOpen() {
    await expect(this.heading).toBeVisible();
  }

  async change(current: string, next: string, again = next) {
    await this.currentPassword.fill(current);
    await this.newPassword.fill(next);
    await this.confirmPassword.fill(again);
    await this.submit.click();
  }
}
