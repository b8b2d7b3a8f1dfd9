import type { Locator, Page } from "@playwright/test";
import { expectNoSeriousViolations } from "./axe";
import { expect, test } from "./fixtures";
import { official } from "./pages/login-page";
import { RankingsPage } from "./pages/rankings-page";
import { SiteHeader } from "./pages/site-header";

// A phone-sized screen (390 × 844): nothing may force sideways scrolling; the header is one line
// with a menu; a wide table scrolls inside its own box, its first column kept in view.

test.use({ viewport: { width: 390, height: 844 } });

async function expectNoHorizontalScroll(page: Page) {
  const { scrollWidth, innerWidth, widest } = await page.evaluate(() => {
    const innerWidth = window.innerWidth;
    // For the failure message: the elements that stick out on the right.
    const widest = [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > innerWidth + 0.5 && !el.closest("[data-testid=table-scroll]"))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}.${[...el.classList].join(".")} right=${Math.round(el.getBoundingClientRect().right)}`);
    return { scrollWidth: document.scrollingElement?.scrollWidth ?? 0, innerWidth, widest };
  });
  expect(scrollWidth, `page wider than the screen on ${page.url()}:\n${widest.join("\n")}`).toBeLessThanOrEqual(innerWidth);
}

test("the area page fits a phone screen", async ({ page }) => {
  await page.goto("/areas/zigong?group=rd");
  await expect(page.getByTestId("chart-hte_count").locator("svg[role=img]")).toBeVisible();
  await expectNoHorizontalScroll(page);
  await page.goto("/areas/zigong?group=industry");
  await expect(page.getByTestId("chart-industry-mix").locator("svg[role=img]")).toBeVisible();
  await expectNoHorizontalScroll(page);
});

test("the policy documents and an area's official record fit a phone screen", async ({ page }) => {
  await page.goto("/policy");
  await expect(page.getByTestId("policy-timeline")).toBeVisible();
  await expectNoHorizontalScroll(page);
  await page.goto("/areas/hunan-central");
  await expect(page.getByTestId("official-record")).toBeVisible();
  await expectNoHorizontalScroll(page);
});

test("the home page fits a phone screen", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("area-list")).toBeVisible();
  await expectNoHorizontalScroll(page);
});

test("the entry form and the targets page fit a phone screen", async ({ page, signIn }) => {
  await signIn(official("zigong"));
  await expectNoHorizontalScroll(page);
  await page.goto("/areas/zigong/entry?year=2024");
  await expect(page.getByTestId("year-entry-form")).toBeVisible();
  await expectNoHorizontalScroll(page);
  // With messages shown under a field, too.
  await page.getByRole("textbox", { name: /^R&D经费投入强度 \(/ }).fill("9");
  await expect(page.getByTestId("error-rd_intensity")).toBeVisible();
  await expectNoHorizontalScroll(page);

  await page.goto("/areas/zigong/targets");
  await expect(page.getByRole("heading", { level: 1, name: /^目标 · / })).toBeVisible();
  await expectNoHorizontalScroll(page);
});

test("the header is one line; its menu navigates, switches the language and signs out", async ({ page, signIn }) => {
  await page.goto("/");
  const header = new SiteHeader(page);
  // The site's name and the menu button, on one line (the full header took about 210 of 844 px).
  const height = (await header.root.boundingBox())!.height;
  expect(height).toBeLessThanOrEqual(64);
  expect(height).toBeGreaterThan(40);
  await expect(header.root.getByRole("navigation", { name: "主导航" })).toBeHidden();
  await expect(header.languageSwitch).toBeHidden();

  let menu = await header.openMenu();
  await expect(menu.getByRole("menuitem")).toHaveText(["示范区", "同类比较", "排名", "总览", "政策文件", "English", "登录", "注册"]);
  await expectNoSeriousViolations(page);
  // The arrow keys move through it; Escape closes it and gives the focus back to its button.
  await page.keyboard.press("ArrowDown");
  await expect(menu.getByRole("menuitem", { name: "示范区" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(header.menu).toHaveCount(0);
  await expect(header.menuButton).toBeFocused();

  menu = await header.openMenu();
  await menu.getByRole("menuitem", { name: "排名" }).click();
  await expect(page).toHaveURL(/\/rankings$/);
  await expect(page.getByRole("heading", { level: 1, name: "排名" })).toBeVisible();

  // An official's menu names them and holds their own pages; the language switch answers in English.
  await signIn(official("zigong"));
  menu = await header.openMenu();
  await expect(menu.getByTestId("menu-signed-in-as")).toContainText("自贡");
  await expect(menu.getByRole("menuitem", { name: "我的示范区" })).toBeVisible();
  await menu.getByRole("menuitem", { name: "English" }).click();
  await expect(header.root.getByRole("button", { name: "Menu" })).toBeVisible();
  await header.root.getByRole("button", { name: "Menu" }).click();
  menu = page.getByRole("menu", { name: "Menu" });
  await expect(menu.getByRole("menuitem", { name: "中文" })).toBeVisible();
  await menu.getByRole("menuitem", { name: "中文" }).click();
  await expect(header.menuButton).toBeVisible();

  menu = await header.openMenu();
  await menu.getByRole("menuitem", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/$/);
  menu = await header.openMenu();
  await expect(menu.getByRole("menuitem", { name: "登录" })).toBeVisible();
  await expect(menu.getByTestId("menu-signed-in-as")).toHaveCount(0);
});

test("the rankings table scrolls sideways in its own box, its area column kept in view", async ({ page }) => {
  const rankings = new RankingsPage(page);
  await rankings.goto("year=2024");
  const box = page.getByRole("region", { name: "按综合指数排名的分组示范区" });
  await expect(box).toHaveAccessibleDescription(/左右滑动/);
  // The page itself does not scroll sideways; the table is wider than its box, and a shade on the right says so.
  await expectNoHorizontalScroll(page);
  const { scrollWidth, clientWidth } = await box.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
  expect(scrollWidth).toBeGreaterThan(clientWidth + 100);
  const shade = page.getByTestId("table-scroll-more").first();
  await expect(shade).toHaveCSS("opacity", "1");

  const first = rankings.rows.first();
  const area = first.getByRole("rowheader");
  const name = (await area.textContent())!;
  expect(name.length).toBeGreaterThan(1);
  const rank = first.getByTestId("rank-cell");
  const performance = first.getByRole("cell").last();
  await expect(rank).toBeInViewport();
  await expect(performance).not.toBeInViewport();

  // A swipe to the end (a sideways wheel here): the last columns come into view, the rank scrolls
  // out, and the area's name stays at the box's left edge, still readable.
  await box.hover();
  await page.mouse.wheel(2000, 0);
  await expect(performance).toBeInViewport();
  await expect(shade).toHaveCSS("opacity", "0");
  await expect(rank).not.toBeInViewport();
  await expect(area).toBeInViewport({ ratio: 1 });
  await expect(area).toHaveText(name);
  const boxLeft = (await box.boundingBox())!.x;
  expect(Math.abs((await area.boundingBox())!.x - boxLeft)).toBeLessThanOrEqual(2);
  await expect(first.getByTestId("composite-cell")).toHaveText(/^\d+\.\d$/);

  // From the keyboard: the box takes the focus and the arrow keys scroll it back.
  await box.focus();
  for (let i = 0; i < 30; i++) await page.keyboard.press("ArrowLeft");
  await expect(rank).toBeInViewport();
  await expectNoHorizontalScroll(page);
});

/**
 * Reads one row of a wide table on the phone as a person would: the table is wider than its box and
 * says so (a shade on the right, a hint for screen readers); a swipe to the end brings its last
 * column into view while the cell that names the row stays whole at the box's left edge.
 */
async function readRowSideways(page: Page, box: Locator, row: Locator, opts: { last: Locator; scrolledOut?: Locator }) {
  await expect(box).toHaveAccessibleDescription(/左右滑动/);
  await expectNoHorizontalScroll(page);
  const { scrollWidth, clientWidth } = await box.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
  expect(scrollWidth).toBeGreaterThan(clientWidth + 100);
  const shade = box.locator("xpath=..").getByTestId("table-scroll-more");
  await expect(shade).toHaveCSS("opacity", "1");

  // Down the page to the row, as far as it takes.
  const name = row.getByRole("rowheader");
  await name.scrollIntoViewIfNeeded();
  const text = (await name.textContent())!.trim();
  expect(text.length).toBeGreaterThan(1);
  await expect(name).toBeInViewport({ ratio: 1 });
  await expect(opts.last).not.toBeInViewport();
  if (opts.scrolledOut) await expect(opts.scrolledOut).toBeInViewport();

  await name.hover();
  await page.mouse.wheel(3000, 0);
  await expect(opts.last).toBeInViewport();
  await expect(shade).toHaveCSS("opacity", "0");
  if (opts.scrolledOut) await expect(opts.scrolledOut).not.toBeInViewport();
  await expect(name).toBeInViewport({ ratio: 1 });
  await expect(name).toHaveText(text);
  const boxLeft = (await box.boundingBox())!.x;
  expect(Math.abs((await name.boundingBox())!.x - boxLeft)).toBeLessThanOrEqual(2);
  await expectNoHorizontalScroll(page);
  return text;
}

test("a row of the compare page's indicator table is read sideways, its indicator kept in view", async ({ page }) => {
  // Signed out, approved years only: a city area whose 2024 is approved.
  await page.goto("/compare?area=pingxiang&year=2024");
  const table = page.getByTestId("indicator-table");
  await expect(table).toBeVisible();
  const box = page.getByTestId("table-scroll").getByRole("region", { name: "各项指标" });
  const row = table.locator('tr[data-indicator="rd_intensity"]');
  const cells = row.getByRole("cell");
  const name = await readRowSideways(page, box, row, { last: cells.last(), scrolledOut: cells.first() });
  expect(name).toMatch(/^R&D经费投入强度/);
  // Its value, score out of 100 and rank in the group, read beside the name.
  await expect(cells.nth(0)).toHaveText(/^\d+(\.\d+)?$/);
  await expect(cells.nth(1)).toHaveText(/^\d+\.\d$/);
  await expect(cells.nth(2)).toHaveText(/^\d+\/\d+$/);
});

test("a row of the review queue is read sideways by an evaluator, its area kept in view", async ({ page, signIn }) => {
  await signIn("evaluator@demo.local");
  await page.goto("/review");
  await expect(page.getByTestId("queue-count")).toBeVisible();
  const box = page.getByRole("region", { name: "符合条件的示范区年度数据" });
  const row = page.getByTestId("queue-row").first();
  const [area, year] = [await row.getAttribute("data-area"), await row.getAttribute("data-year")];
  const open = row.getByRole("link", { name: /^审查 / });
  await readRowSideways(page, box, row, { last: open, scrolledOut: row.getByRole("cell").first() });
  await expect(row.getByRole("cell").first()).toHaveText(year!);
  // The link at the end of the row, reached by the swipe, opens that area-year's review.
  await open.click();
  await expect(page).toHaveURL(new RegExp(`/review/${area}/${year}$`));
});

test("a row of the overview is read sideways, its area kept in view past the rank", async ({ page }) => {
  await page.goto("/overview/2024");
  await expect(page.getByTestId("overview-page")).toBeVisible({ timeout: 20_000 });
  const city = page.getByTestId("overview-city");
  const box = city.getByRole("region", { name: "城市级示范区2024年排名与等级" });
  // Signed out, approved years only: a city area whose 2024 is approved, so it is ranked.
  const row = city.locator('tr[data-area="pingxiang"]');
  const rank = row.getByTestId("overview-rank");
  await expect(rank).toHaveText(/^\d+$/);
  const name = await readRowSideways(page, box, row, { last: row.getByTestId("final-pingxiang"), scrolledOut: rank });
  expect(name).toMatch(/萍乡/);
  await expect(row.getByTestId("overview-composite")).toHaveText(/^\d+\.\d$/);
  await expect(row.getByTestId("final-state-pingxiang")).toBeInViewport();
});
