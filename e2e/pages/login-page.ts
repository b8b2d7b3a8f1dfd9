import { expect, type Page } from "@playwright/test";
import { SiteHeader } from "./site-header";

export const DEMO_PASSWORD = "demo-password";
export const ADMIN = "admin@demo.local";
export const official = (areaCode: string) => `official.${areaCode}@demo.local`;

/** /login, in the default Chinese UI. */
export class LoginPage {
  constructor(private readonly page: Page) {}

  get email() {
    return this.page.getByLabel("邮箱");
  }
  get password() {
    return this.page.getByLabel("密码");
  }
  get submit() {
    return this.page.getByRole("button", { name: "登录", exact: true });
  }
  get error() {
    return this.page.getByTestId("login-error");
  }

  async goto() {
    await this.page.goto("/login");
    await expect(this.page.getByRole("heading", { name: "登录" })).toBeVisible();
  }

  /** Fills the form and waits until the header (on a phone, its menu) names the signed-in user. */
  async signIn(email: string, password = DEMO_PASSWORD) {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
    await expect(this.page).not.toHaveURL(/\/login/);
    await new SiteHeader(this.page).expectSignedIn();
  }
}
