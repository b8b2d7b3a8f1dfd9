import type { Page } from "@playwright/test";

/** The header on every page: navigation, language switch, the signed-in user and sign-out. */
export class SiteHeader {
  constructor(private readonly page: Page) {}

  get root() {
    return this.page.locator("header[data-site-header]");
  }
  get languageSwitch() {
    return this.root.getByTestId("language-switch");
  }
  get signedInAs() {
    return this.root.getByTestId("signed-in-as");
  }
  get myArea() {
    return this.root.getByRole("link", { name: "我的示范区" });
  }
  get approvals() {
    return this.root.getByRole("link", { name: "审核" });
  }
  get accounts() {
    return this.root.getByRole("link", { name: "账户管理" });
  }
  get myAccount() {
    return this.root.getByRole("link", { name: "我的账户" });
  }
  get signInLink() {
    return this.root.getByRole("link", { name: "登录", exact: true });
  }

  signOutButton(label = "退出登录") {
    return this.root.getByRole("button", { name: label });
  }
}
