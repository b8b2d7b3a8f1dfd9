import { expectNoSeriousViolations } from "./axe";
import { expect, test } from "./fixtures";
import { valueOf } from "./helpers";
import { EntryPage } from "./pages/entry-page";
import { ADMIN, official } from "./pages/login-page";
import { AuditPage, reviewNav } from "./pages/review-page";

// The audit trail as an evaluator reads it. Besides the demo data set's submission history (2023
// approved for most areas, submitted in March 2024), one value is changed here and nowhere else:
// 大连 (dalian) urban_rate 2019.

const EVALUATOR = "evaluator@demo.local";

test("an evaluator reads the audit trail newest first, in Beijing time, by filters and pages", async ({ page, signIn }) => {
  await signIn(EVALUATOR);
  await reviewNav(page).audit.click();
  const audit = new AuditPage(page);
  await expect(page.getByRole("heading", { level: 1, name: "审计记录" })).toBeVisible();
  await expect(audit.rows).toHaveCount(50);
  await expectNoSeriousViolations(page);

  await test.step("more than one page: the next page continues the list", async () => {
    await expect(audit.pagination).toContainText("第 1 /");
    const first = await audit.rows.first().getAttribute("data-key");
    await audit.pagination.getByRole("link", { name: "下一页" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(audit.pagination).toContainText("第 2 /");
    expect(await audit.rows.first().getAttribute("data-key")).not.toBe(first);
  });

  await test.step("state changes in a date range: the demo's 37 submissions of March 2024, newest first", async () => {
    await audit.goto();
    await audit.filter({ entity: "年度报送", from: "2024-03-01", to: "2024-03-31" });
    await expect(page).toHaveURL(/entity=area_year/);
    await expect(audit.count).toHaveText("共 37 条记录");
    await expect(audit.rows).toHaveCount(37);
    await expect(audit.rows.and(page.locator('[data-action="status"]'))).toHaveCount(37);
    // The last area of the list submitted last: 2024-03-11 09:00 Beijing time plus 36 hours.
    const newest = audit.rows.first();
    await expect(newest).toHaveAttribute("data-key", "sanyuan-hitech/2023");
    await expect(newest).toContainText("2024/03/12 21:00");
    await expect(newest).toContainText("三原高新技术产业开发区 演示联络员");
    await expect(newest).toContainText("official.sanyuan-hitech@demo.local");
    await expect(newest).toContainText("状态: 草稿 → 已提交");
    await expect(audit.rows.last()).toContainText("2024/03/11 09:00");
  });

  await test.step("by user: part of an e-mail address", async () => {
    await audit.goto();
    await audit.filter({ user: "official.dalian" });
    // Dalian's official submitted 2023, 2024 and 2025: newest first.
    await expect(audit.rows).toHaveCount(3);
    await expect(audit.rows.first()).toContainText("official.dalian@demo.local");
    await expect(audit.rows.first()).toHaveAttribute("data-key", "dalian/2025");
    await expect(audit.rows.last()).toHaveAttribute("data-key", "dalian/2023");
  });

  await test.step("nothing on the page changes or removes a record", async () => {
    await expect(page.locator("table").getByRole("button")).toHaveCount(0);
    await expect(page.locator("table").getByRole("textbox")).toHaveCount(0);
  });
});

test("a value change appears under its area and indicator with old → new and who made it", async ({ browser, request, signIn, page }) => {
  const stored = await valueOf(request, "dalian", "urban_rate", 2019);
  expect(stored, "demo data has urban_rate 2019 for dalian").toBeDefined();
  const next = Math.round((stored!.value + 0.2) * 10) / 10;

  // The administrator changes one value through the entry form.
  const context = await browser.newContext();
  const adminPage = await context.newPage();
  await adminPage.goto("/login");
  await adminPage.getByLabel("邮箱").fill(ADMIN);
  await adminPage.getByLabel("密码").fill("demo-password");
  await adminPage.getByRole("button", { name: "登录", exact: true }).click();
  await expect(adminPage.getByTestId("signed-in-as")).toBeVisible();
  const entry = new EntryPage(adminPage);
  await entry.goto("dalian", 2019);
  await entry.expectOpen(2019);
  await entry.value("常住人口城镇化率").fill(String(next));
  await entry.save(2019);
  await expect(entry.saveResult).toContainText("已保存：修改 1 项");
  await context.close();

  await signIn(EVALUATOR);
  const audit = new AuditPage(page);
  await audit.goto();
  await audit.filter({ area: "辽宁大连", indicator: "常住人口城镇化率" });
  await expect(audit.rows).toHaveCount(1);
  const row = audit.rows.first();
  await expect(row).toHaveAttribute("data-key", "dalian/urban_rate/2019");
  await expect(row).toContainText("指标数值 · 修改");
  await expect(row).toContainText(`数值: ${stored!.value} → ${next}`);
  await expect(row).toContainText("演示管理员");
  await expect(row).toContainText(ADMIN);
  // The same filters read back from the URL.
  await expect(page).toHaveURL(/area=dalian/);
  await expect(page).toHaveURL(/indicator=urban_rate/);
});

test("officials have no audit trail, and signed-out visitors are sent to sign in", async ({ page, signIn }) => {
  await page.goto("/audit");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await signIn(official("zigong"));
  await expect(reviewNav(page).audit).toHaveCount(0);
  await page.goto("/audit");
  await expect(page.getByRole("heading", { level: 1, name: "未找到" })).toBeVisible();
  await expect(page.getByTestId("audit-row")).toHaveCount(0);
});
