import { test as base } from "@playwright/test";
import { LoginPage } from "./pages/login-page";

type Fixtures = {
  /** Signs the test's page in through /login as the given account. */
  signIn: (email: string) => Promise<void>;
};

export const test = base.extend<Fixtures>({
  signIn: async ({ page }, provide) => {
    await provide(async (email) => {
      const login = new LoginPage(page);
      await login.goto();
      await login.signIn(email);
    });
  },
});

export { expect } from "@playwright/test";
