import type { BrowserContext, Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectNoSeriousViolations } from "./axe";
import { signedInPage } from "./helpers";
import { AreaPage } from "./pages/area-page";
import { OverviewPage } from "./pages/overview-page";
import { ADMIN, official } from "./pages/login-page";

// axe-core on the main pages: no violation of impact "serious" or "critical" (WCAG 2.1 A/AA and best
// practice). First every main page as each role that may open it; then pages in the states a
// person brings them to (an error shown, a tooltip open). The viewer (a signed-in reader) sees what a
// visitor sees, plus the saved peer groups of the compare page and their own account page.

test.describe("accessibility (axe)", () => {
  test("area page with its charts", async ({ page }) => {
    const area = new AreaPage(page);
    // Signed out, approved years only: an area whose years are approved to 2024.
    await area.goto("changxing-etdz");
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
      // With its note written, the flag itself stands under the value (without one, the missing note speaks for it).
      await page.getByRole("textbox", { name: "专精特新中小企业数 的说明", exact: true }).fill("e2e");
      await expect(page.getByTestId("error-rd_intensity")).toBeVisible();
      await expect(page.getByTestId("flag-srdi_firms").first()).toBeVisible();
      await expectNoSeriousViolations(page);
    });
  });

  test("the overview's grade decision dialog (evaluator), also with its error shown", async ({ page, signIn }) => {
    await signIn("evaluator@demo.local");
    const overview = new OverviewPage(page);
    await overview.goto(2024);
    const dialog = await overview.openDecision("zigong");
    await expect(dialog.getByRole("heading", { name: "四川自贡：2024年等级" })).toBeVisible();
    await expectNoSeriousViolations(page);
    // An override without a reason: refused, and the reason box says why. Nothing is saved.
    await dialog.getByLabel("改定为").selectOption({ index: 1 });
    await dialog.getByRole("button", { name: "改定等级" }).click();
    await expect(page.getByTestId("decide-result-zigong-error")).toContainText("改定等级必须说明理由。");
    await expect(dialog.getByLabel("理由（改定时必填）")).toHaveAttribute("aria-invalid", "true");
    await expectNoSeriousViolations(page);
    // Escape closes it and gives the focus back to its button.
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await expect(page.getByTestId("decide-zigong")).toBeFocused();
    await expect(overview.finalState("zigong")).toHaveText("待确认");
  });
});

const ROLES = {
  visitor: null,
  official: official("zigong"),
  evaluator: "evaluator@demo.local",
  viewer: "viewer@demo.local",
  admin: ADMIN,
} as const;
type Role = keyof typeof ROLES;
const EVERYONE: Role[] = ["visitor", "official", "evaluator", "viewer", "admin"];

/** A main page, when it is ready to be checked, and who may open it. */
type MainPage = { name: string; path: string; ready: (page: Page) => Locator; roles: Role[] };

const MAIN_PAGES: MainPage[] = [
  { name: "home", path: "/", ready: (p) => p.getByTestId("area-list"), roles: EVERYONE },
  { name: "area page", path: "/areas/zigong", ready: (p) => p.getByTestId("group-section"), roles: EVERYONE },
  { name: "data entry", path: "/areas/zigong/entry?year=2024", ready: (p) => p.getByTestId("year-entry-form"), roles: ["official", "admin"] },
  { name: "targets", path: "/areas/zigong/targets", ready: (p) => p.getByTestId("target-form-rd_intensity"), roles: ["official", "admin"] },
  { name: "compare", path: "/compare?area=zigong&year=2024", ready: (p) => p.getByTestId("indicator-table"), roles: EVERYONE },
  { name: "side by side", path: "/compare/side-by-side?areas=zigong,tongling&year=2024", ready: (p) => p.getByTestId("side-by-side-table"), roles: EVERYONE },
  { name: "rankings", path: "/rankings?year=2024", ready: (p) => p.getByTestId("rankings-table"), roles: EVERYONE },
  { name: "overview", path: "/overview/2024", ready: (p) => p.getByTestId("overview-page"), roles: EVERYONE },
  { name: "summary", path: "/areas/zigong/summary/2024", ready: (p) => p.getByTestId("summary-title"), roles: EVERYONE },
  { name: "import and export", path: "/import", ready: (p) => p.getByTestId("export-form"), roles: ["official", "evaluator", "admin"] },
  { name: "review queue", path: "/review", ready: (p) => p.getByTestId("queue-count"), roles: ["evaluator", "admin"] },
  { name: "review of an area-year", path: "/review/zigong/2024", ready: (p) => p.getByTestId("review-values"), roles: ["evaluator", "admin"] },
  { name: "audit trail", path: "/audit", ready: (p) => p.getByTestId("audit-count"), roles: ["evaluator", "admin"] },
  { name: "account approvals", path: "/admin/approvals", ready: (p) => p.getByRole("heading", { level: 1 }), roles: ["admin"] },
  { name: "accounts", path: "/admin/accounts", ready: (p) => p.getByTestId("account").first(), roles: ["admin"] },
  { name: "own account", path: "/account", ready: (p) => p.getByTestId("account-details"), roles: ["official", "evaluator", "viewer", "admin"] },
  { name: "policy documents", path: "/policy", ready: (p) => p.getByTestId("policy-timeline"), roles: EVERYONE },
  { name: "sign-in", path: "/login", ready: (p) => p.getByRole("button", { name: "登录", exact: true }), roles: ["visitor"] },
  { name: "registration", path: "/register", ready: (p) => p.getByRole("heading", { level: 1 }), roles: ["visitor"] },
  { name: "not found", path: "/no-such-page", ready: (p) => p.getByRole("heading", { level: 1 }), roles: EVERYONE },
];

/** Opens the page and waits until it, and every chart on it, has been drawn (the charts' code loads after the page). */
async function openReady(page: Page, main: MainPage) {
  await page.goto(main.path);
  await expect(main.ready(page)).toBeVisible({ timeout: 20_000 });
  const figures = await page.locator("figure:has([data-testid=chart-data])").count();
  await expect(page.locator("figure svg.recharts-surface")).toHaveCount(figures, { timeout: 20_000 });
}

test.describe("every main page, as each role", () => {
  for (const role of Object.keys(ROLES) as Role[]) {
    test.describe(role === "visitor" ? "a visitor (signed out)" : `the ${role}`, () => {
      // Signed in once for all its pages; each page is then checked in a fresh context with that session.
      let session: Awaited<ReturnType<BrowserContext["storageState"]>> | undefined;
      test.beforeAll(async ({ browser }) => {
        const email = ROLES[role];
        if (!email) return;
        const signedIn = await signedInPage(browser, email);
        session = await signedIn.context().storageState();
        await signedIn.context().close();
      });

      for (const main of MAIN_PAGES.filter((m) => m.roles.includes(role))) {
        test(main.name, async ({ browser }) => {
          test.setTimeout(120_000);
          const context = await browser.newContext({ storageState: session });
          const page = await context.newPage();
          await openReady(page, main);
          await expectNoSeriousViolations(page);
          await context.close();
        });
      }
    });
  }
});
