import { expect, type Page } from "@playwright/test";

/** Below this width the header folds into one menu button (Tailwind's `sm`). */
export const PHONE_MAX_WIDTH = 639;

/** The header on every page: navigation, language switch, the signed-in user and sign-out; on a phone, all in one menu. */
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

  /** The phone's menu button, and the menu it opens (drawn at the end of the page, outside the header). */
  get menuButton() {
    return this.root.getByRole("button", { name: "菜单" });
  }
  get menu() {
    return this.page.getByRole("menu", { name: "菜单" });
  }

  async openMenu() {
    await this.menuButton.click();
    await expect(this.menu).toBeVisible();
    return this.menu;
  }

  isPhone(): boolean {
    return (this.page.viewportSize()?.width ?? 1280) <= PHONE_MAX_WIDTH;
  }

  /** Reads the signed-in user's name where it is shown: in the header, or on a phone at the top of the menu. */
  async expectSignedIn() {
    if (!this.isPhone()) {
      await expect(this.signedInAs).toBeVisible();
      return;
    }
    // Right after signing in the header may still be the signed-out one: look again until it names the user.
    await expect(async () => {
      const menu = await this.openMenu();
      try {
        await expect(menu.getByTestId("menu-signed-in-as")).toBeVisible({ timeout: 1_000 });
      } finally {
        await this.page.keyboard.press("Escape");
        await expect(this.menu).toHaveCount(0);
      }
    }).toPass({ timeout: 15_000 });
  }
}
