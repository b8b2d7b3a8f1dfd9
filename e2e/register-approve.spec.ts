import { expect, test } from "./fixtures";
import { signedInPage } from "./helpers";
import { EntryPage } from "./pages/entry-page";
import { HomePage } from "./pages/home-page";
import { ADMIN, LoginPage } from "./pages/login-page";
import { RegisterPage, type NewAreaForm } from "./pages/register-page";
import { SiteHeader } from "./pages/site-header";

// A new official registers a new area; an administrator approves it; the area goes public and
// the official may then enter data. City level, so the county-park count elsewhere stays at 20.

const suffix = Date.now().toString(36);
const account = { name: "测试联络员", email: `e2e.${suffix}@example.com`, password: "a-long-enough-password" };
const area: NewAreaForm = {
  code: `e2e-new-park-${suffix}`,
  nameZh: `端到端测试示范区${suffix}`,
  nameEn: `E2E Test Demonstration Area ${suffix}`,
  level: "城市级示范区",
  wave: "其他",
  yearDesignated: "2024",
  province: "四川",
  memberCities: "内江;遂宁",
  memberCitiesEn: "Neijiang;Suining",
  type: "老工业城市",
  resourceType: "无",
};

test("register a new area, wait for approval, get approved, then enter data", async ({ page, browser }) => {
  test.slow(); // three browsers, a dozen steps
  const register = new RegisterPage(page);
  const header = new SiteHeader(page);
  const entry = new EntryPage(page);

  await test.step("the code is proposed in pinyin from the Chinese name, and the province is chosen from the list", async () => {
    await register.goto();
    await page.getByRole("radio", { name: "登记新的示范区" }).check();
    await page.getByLabel("中文名称").fill("吕梁经济开发区");
    await page.getByLabel("中文名称").blur();
    await expect(page.getByLabel("简码")).toHaveValue("lvliang-edz");
    // 31 provinces and the prompt; a province is never typed.
    await expect(page.getByLabel("省份").locator("option")).toHaveCount(32);
    await expect(page.getByLabel("省份").locator("option", { hasText: "甘肃" })).toHaveCount(1);
  });

  await test.step("a too-short password is refused; what was typed stays", async () => {
    await register.fillAccount({ ...account, password: "short1" });
    await register.fillNewArea(area);
    await register.submit.click();
    await expect(register.fieldErrors).toHaveText(["密码至少需要 10 个字符。"]);
    await expect(register.password).toHaveAttribute("aria-invalid", "true");
    await expect(register.done).toHaveCount(0);
    await expect(register.name).toHaveValue(account.name);
    await expect(register.email).toHaveValue(account.email);
    await expect(page.getByLabel("简码")).toHaveValue(area.code);
    await expect(page.getByLabel("中文名称")).toHaveValue(area.nameZh);
    await expect(page.getByLabel("级别").locator("option:checked")).toHaveText(area.level);
    await expect(page.getByLabel("主要资源").locator("option:checked")).toHaveText(area.resourceType);
  });

  await test.step("an easily guessed password is refused, with the reason; what was typed stays", async () => {
    await register.password.fill("password1234");
    await register.submit.click();
    await expect(register.fieldErrors).toHaveText(["这个密码太容易被猜到，请换一个更难猜的。 这个密码与常用密码很相似。 再加几个不常见的词语。"]);
    await expect(register.done).toHaveCount(0);
    await expect(register.email).toHaveValue(account.email);
  });

  await test.step("nothing was created: the account cannot sign in", async () => {
    const context = await browser.newContext();
    const other = await context.newPage();
    const login = new LoginPage(other);
    await login.goto();
    await login.email.fill(account.email);
    await login.password.fill("short1");
    await login.submit.click();
    await expect(login.error).toHaveText("邮箱或密码不正确。");
    await context.close();
  });

  await test.step("with a valid password the registration is received", async () => {
    await register.password.fill(account.password);
    await register.submit.click();
    await expect(register.done).toHaveText("感谢注册。您的申请正在等待管理员审核；现在即可登录查看。");
  });

  await test.step("the pending official can sign in and read, not write", async () => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn(account.email, account.password);
    await expect(header.signedInAs).toHaveText(`${account.name} · 待审核`);
    await page.goto(`/areas/${area.code}`);
    await expect(page.getByRole("heading", { level: 1, name: area.nameZh })).toBeVisible();
    await expect(page.getByTestId("area-pending")).toHaveText("该示范区正在等待管理员审核。");
    await expect(page.getByTestId("area-member-cities")).toHaveText("内江、遂宁");
    await entry.goto(area.code, 2024);
    await expect(entry.notAllowed).toHaveText("您的账号正在等待审核：目前可以查看，审核通过后即可填报。");
    await expect(entry.form).toHaveCount(0);
  });

  await test.step("before approval the area is not public", async () => {
    const context = await browser.newContext();
    const visitor = await context.newPage();
    const home = new HomePage(visitor);
    await home.goto();
    await home.search(area.nameZh);
    await expect(home.count).toHaveText("共 0 个示范区");
    await context.close();
  });

  await test.step("the administrator approves the account under 审核", async () => {
    const admin = await signedInPage(browser, ADMIN);
    await new SiteHeader(admin).approvals.click();
    await expect(admin.getByRole("heading", { level: 1, name: "待审核的账号和示范区" })).toBeVisible();
    const request = admin.locator(`[data-testid="pending-account"][data-email="${account.email}"]`);
    await expect(request).toContainText(`登记新示范区: ${area.nameZh}`);
    await expect(request).toContainText(area.code);
    // The whole request, as it was filled in: the province from the list, the cities in Chinese.
    const details = request.getByTestId("request-details");
    for (const text of [area.nameEn, "四川", "2024", "内江、遂宁", "老工业城市"]) await expect(details).toContainText(text);
    await request.getByRole("button", { name: `通过: ${account.email}` }).click();
    await expect(request).toHaveCount(0);

    const home = new HomePage(admin);
    await home.goto();
    await home.search(area.nameZh);
    await expect(home.count).toHaveText("共 1 个示范区");
    await expect(home.areaLink(area.nameZh)).toBeVisible();
    await expect(home.list).toContainText("城市级示范区 · 其他 · 四川");
    // The search matches member cities, in either language.
    for (const city of ["遂宁", "Suining"]) {
      await home.search(city);
      await expect(admin).toHaveURL(new RegExp(`q=${encodeURIComponent(city)}`));
      await expect(home.count).toHaveText("共 1 个示范区");
      await expect(home.areaLink(area.nameZh)).toBeVisible();
    }
    await admin.context().close();
  });

  await test.step("the approved official can now open the entry form", async () => {
    await entry.goto(area.code, 2024);
    await entry.expectOpen(2024);
    await expect(entry.notAllowed).toHaveCount(0);
    await expect(header.signedInAs).toHaveText(account.name);
  });
});

test("an email that already has an account gets the answer of a new registration, and nothing changes", async ({ browser }) => {
  // From an address of its own, so that the limit on registrations per address stays this test's.
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.120" } });
  const page = await context.newPage();
  const register = new RegisterPage(page);
  const answers: string[] = [];
  for (const email of [`e2e.fresh.${suffix}@example.com`, ADMIN]) {
    await register.goto();
    await register.fillAccount({ name: "某人", email, password: "quiet-lantern-river-57" });
    await page.getByRole("combobox", { name: /^示范区/ }).selectOption({ label: "四川自贡产业转型升级示范区" });
    await register.submit.click();
    await expect(register.done).toBeVisible();
    answers.push(await register.done.innerText());
  }
  expect(answers[1]).toBe(answers[0]);
  await context.close();

  // The administrator's account is as it was: the old password still signs in, and no request waits.
  const admin = await signedInPage(browser, ADMIN);
  await new SiteHeader(admin).approvals.click();
  await expect(admin.locator(`[data-testid="pending-account"][data-email="e2e.fresh.${suffix}@example.com"]`)).toHaveCount(1);
  await expect(admin.locator(`[data-testid="pending-account"][data-email="${ADMIN}"]`)).toHaveCount(0);
  await admin.context().close();
});

test("a registration is rejected only with a reason, and the applicant reads it when signing in", async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.121" } });
  const page = await context.newPage();
  const register = new RegisterPage(page);
  const email = `e2e.declined.${suffix}@example.com`;
  const password = "amber-harbour-violin-83";
  await register.goto();
  await register.fillAccount({ name: "申请人", email, password });
  await page.getByRole("combobox", { name: /^示范区/ }).selectOption({ label: "四川自贡产业转型升级示范区" });
  await register.submit.click();
  await expect(register.done).toBeVisible();

  const admin = await signedInPage(browser, ADMIN);
  await new SiteHeader(admin).approvals.click();
  const request = admin.locator(`[data-testid="pending-account"][data-email="${email}"]`);
  await request.getByRole("button", { name: `拒绝: ${email}` }).click();
  await expect(request.getByTestId("field-error")).toHaveText("拒绝申请须填写理由，申请人会看到它。");
  await expect(request).toHaveCount(1);
  await request.getByLabel("拒绝理由").fill("自贡已有联络员，请与市发展改革委联系（e2e）");
  await request.getByRole("button", { name: `拒绝: ${email}` }).click();
  await expect(request).toHaveCount(0);
  await admin.context().close();

  const login = new LoginPage(page);
  await login.goto();
  await login.email.fill(email);
  await login.password.fill(password);
  await login.submit.click();
  await expect(login.error).toHaveText("您的注册申请未获批准。管理员给出的理由：自贡已有联络员，请与市发展改革委联系（e2e）");
  await expect(page).toHaveURL(/\/login/);
  // A wrong password gets the neutral answer, as for any account.
  await login.password.fill("not-the-password-at-all");
  await login.submit.click();
  await expect(login.error).toHaveText("邮箱或密码不正确。");
  await context.close();
});
