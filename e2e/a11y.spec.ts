import { expect, test } from "./fixtures";
import { expectNoSeriousViolations } from "./axe";
import { AreaPage } from "./pages/area-page";
import { official } from "./pages/login-page";

// axe-core on the main pages: no violation of impact "serious" or "critical" (WCAG 2.1 A/AA and best practice).

test.describe("accessibility (axe)", () => {
  test("home page", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByTestId("area-list")).toBeVisible();
    await expectNoSeriousViolations(page);
  });

  test("area page with its charts", async ({ page }) => {
    const area = new AreaPage(page);
    await area.goto("zigong");
    const population = page.getByTestId("chart-population");
    await expect(population.locator("svg[role=img]")).toBeVisible();
    await expectNoSeriousViolations(page);
    // Pointing at the last bar shows that year's figures beside it.
    const chart = population.locator("svg[role=img]");
    const box = (await chart.boundingBox())!;
    await chart.hover({ position: { x: box.width - 60, y: box.height / 2 } });
    await expect(population.getByTestId("chart-tooltip")).toContainText(/20\d\d/);
    await expect(population.getByTestId("chart-tooltip")).toContainText("净迁移率");
    await expectNoSeriousViolations(page);
    await area.showGroup("研发与创新主体");
    await expect(area.chart("hte_count").locator("svg[role=img]")).toBeVisible();
    await area.showGroup("产业结构");
    await expect(page.getByTestId("chart-industry-mix").locator("svg[role=img]")).toBeVisible();
    await expectNoSeriousViolations(page);
  });

  test("sign-in page, also with its error shown", async ({ page }) => {
    await page.goto("/login");
    await expectNoSeriousViolations(page);
    await page.getByLabel("邮箱").fill("nobody@example.com");
    await page.getByLabel("密码").fill("wrong-password");
    await page.getByRole("button", { name: "登录", exact: true }).click();
    await expect(page.getByTestId("login-error")).toBeVisible();
    await expectNoSeriousViolations(page);
  });

  test("register page, both area choices and with field errors", async ({ page }) => {
    await page.goto("/register");
    await expectNoSeriousViolations(page);
    await page.getByRole("radio", { name: "登记新的示范区" }).check();
    await page.getByRole("button", { name: "注册", exact: true }).click();
    await expect(page.getByTestId("field-error").first()).toBeVisible();
    await expectNoSeriousViolations(page);
  });

  test.describe("signed in as an official", () => {
    test.beforeEach(async ({ signIn }) => {
      await signIn(official("zigong"));
    });

    test("data entry form, also with an error and a flag shown", async ({ page }) => {
      await page.goto("/areas/zigong/entry?year=2024");
      await expect(page.getByTestId("year-entry-form")).toBeVisible();
      await expectNoSeriousViolations(page);
      // Typed, not saved: a hard-range error on one field and a flag on another.
      await page.getByRole("textbox", { name: /^R&D经费投入强度 \(/ }).fill("9");
      await page.getByRole("textbox", { name: /^专精特新中小企业数 \(/ }).fill("900");
      await expect(page.getByTestId("error-rd_intensity")).toBeVisible();
      await expect(page.getByTestId("flag-srdi_firms").first()).toBeVisible();
      await expectNoSeriousViolations(page);
    });

    test("targets page", async ({ page }) => {
      await page.goto("/areas/zigong/targets");
      await expect(page.getByRole("heading", { level: 1, name: "2025年目标" })).toBeVisible();
      await expectNoSeriousViolations(page);
    });
  });

  test("approvals page (administrator)", async ({ page, signIn }) => {
    await signIn("admin@demo.local");
    await page.goto("/admin/approvals");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoSeriousViolations(page);
  });
});
