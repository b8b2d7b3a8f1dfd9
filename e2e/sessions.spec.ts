import { expect, test } from "./fixtures";
import { signedInPage } from "./helpers";
import { AccountPage } from "./pages/account-page";
import { ADMIN, DEMO_PASSWORD, LoginPage, official } from "./pages/login-page";
import { SiteHeader } from "./pages/site-header";

// Sessions that end: sign-out ends the session on the server, a password change signs the account
// out everywhere else, an administrator's deactivation signs it out at once and keeps it out.
// Accounts used only here: official.changzhi (sign-out), official.zibo (password change),
// official.shaoguan (deactivation).

const NEUTRAL = "邮箱或密码不正确。";

test("after sign-out, a copy of the session cookie no longer works", async ({ browser, page, signIn }) => {
  await signIn(official("changzhi"));
  const copied = await page.context().cookies();
  // The session is live before sign-out: the copy works in another browser.
  const thief = await browser.newContext();
  await thief.addCookies(copied);
  expect((await (await thief.request.get("/api/auth/session")).json()).user?.email).toBe(official("changzhi"));

  await new SiteHeader(page).signOutButton().click();
  await expect(new SiteHeader(page).signInLink).toBeVisible();

  // The same cookie, kept from before: no session, and no renewal of it either.
  await thief.clearCookies();
  await thief.addCookies(copied);
  const answer = await thief.request.get("/api/auth/session");
  expect(await answer.json()).toEqual({});
  const other = await thief.newPage();
  await other.goto("/");
  await expect(new SiteHeader(other).signedInAs).toHaveCount(0);
  await thief.close();
});

test("changing one's password on 我的账户 signs the account out everywhere else; this browser stays signed in", async ({ browser }) => {
  test.slow(); // two browsers, several sign-ins
  const EMAIL = official("zibo");
  const NEW_PASSWORD = "quiet-lantern-river-57";
  const laptop = await signedInPage(browser, EMAIL);
  const phone = await signedInPage(browser, EMAIL);
  const account = new AccountPage(laptop);

  await test.step("the account page shows who is signed in", async () => {
    await new SiteHeader(laptop).myAccount.click();
    await account.expectOpen();
    await expect(account.detail("email")).toContainText(EMAIL);
    await expect(account.detail("role")).toContainText("联络员");
    await expect(account.detail("area")).toContainText("淄博");
    await expect(account.detail("status")).toContainText("已启用");
  });

  await test.step("a guessable new password is refused with the reason; so is a mistyped second copy and a wrong current password", async () => {
    await account.change(DEMO_PASSWORD, "password1234");
    await expect(account.fieldErrors).toHaveText(["这个密码太容易被猜到，请换一个更难猜的。 这个密码与常用密码很相似。 再加几个不常见的词语。"]);
    await account.change(DEMO_PASSWORD, NEW_PASSWORD, "quiet-lantern-river-58");
    await expect(account.fieldErrors).toHaveText(["两次输入的新密码不一致。"]);
    await account.change("not-the-password", NEW_PASSWORD);
    await expect(account.formError).toHaveText("当前密码不正确。连续多次输入错误后，该账号将暂停登录 15 分钟。");
    await expect(account.changed).toHaveCount(0);
  });

  await test.step("a strong one is taken; the fields are emptied", async () => {
    await account.change(DEMO_PASSWORD, NEW_PASSWORD);
    await expect(account.changed).toHaveText("密码已修改。您在其他浏览器和设备上的登录已全部退出。");
    await expect(account.currentPassword).toHaveValue("");
  });

  await test.step("this browser is still signed in; the other one is signed out at its next page", async () => {
    await laptop.reload();
    await expect(new SiteHeader(laptop).signedInAs).toBeVisible();
    await phone.reload();
    await expect(new SiteHeader(phone).signedInAs).toHaveCount(0);
    await expect(new SiteHeader(phone).signInLink).toBeVisible();
  });

  await test.step("the old password no longer signs in; the new one does", async () => {
    const login = new LoginPage(phone);
    await login.goto();
    await login.email.fill(EMAIL);
    await login.password.fill(DEMO_PASSWORD);
    await login.submit.click();
    await expect(login.error).toHaveText(NEUTRAL);
    await login.signIn(EMAIL, NEW_PASSWORD);
  });
  for (const p of [laptop, phone]) await p.context().close();
});

test("an administrator deactivates an account: signed out at once, refused like a wrong password; reactivated, it signs in again", async ({ browser }) => {
  test.slow(); // two browsers, several sign-ins
  const EMAIL = official("shaoguan");
  const official_ = await signedInPage(browser, EMAIL);
  const admin = await signedInPage(browser, ADMIN);
  await new SiteHeader(admin).accounts.click();
  await expect(admin.getByRole("heading", { level: 1, name: "账户管理" })).toBeVisible();
  const row = admin.locator(`[data-testid="account"][data-email="${EMAIL}"]`);
  await expect(row.getByTestId("account-status")).toHaveText("已启用");
  // At least the session opened above; other tests may have signed this account in as well.
  await expect(row.getByTestId("account-sessions")).toHaveText(/^[1-9]\d* 处登录中$/);
  // One's own row has no button: an administrator cannot lock themselves out.
  await expect(admin.locator(`[data-testid="account"][data-email="${ADMIN}"]`).getByRole("button")).toHaveCount(0);

  await test.step("a reason is required", async () => {
    await row.getByRole("button", { name: `停用: ${EMAIL}` }).click();
    await expect(row.getByTestId("account-status")).toHaveText("已启用");
  });

  await test.step("deactivated with a reason: its session ends at once", async () => {
    await row.getByRole("textbox").fill("已调离联络员岗位");
    await row.getByRole("button", { name: `停用: ${EMAIL}` }).click();
    await expect(row.getByTestId("account-status")).toHaveText("已停用");
    await expect(row.getByTestId("account-sessions")).toHaveText("未登录");
    await official_.reload();
    await expect(new SiteHeader(official_).signedInAs).toHaveCount(0);
  });

  await test.step("the right password is answered as a wrong one", async () => {
    const login = new LoginPage(official_);
    await login.goto();
    await login.email.fill(EMAIL);
    await login.password.fill(DEMO_PASSWORD);
    await login.submit.click();
    await expect(login.error).toHaveText(NEUTRAL);
  });

  await test.step("the change and its reason are in the audit trail", async () => {
    await admin.goto(`/audit?user=${encodeURIComponent(ADMIN)}`);
    await expect(admin.getByRole("table")).toContainText("已调离联络员岗位");
  });

  await test.step("reactivated, the account signs in again", async () => {
    await admin.goto("/admin/accounts");
    await row.getByRole("textbox").fill("重新任命");
    await row.getByRole("button", { name: `恢复: ${EMAIL}` }).click();
    await expect(row.getByTestId("account-status")).toHaveText("已启用");
    await new LoginPage(official_).signIn(EMAIL);
  });
  for (const p of [official_, admin]) await p.context().close();
});
