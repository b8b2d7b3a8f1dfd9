import { expect, test } from "./fixtures";
import { HomePage } from "./pages/home-page";

// The public home page: filter the list of areas by level and find one by name.

test.describe("home page filters", () => {
  test("filtering by level 县级示范园区 lists only the 20 county-level parks", async ({ page }) => {
    const home = new HomePage(page);
    await home.goto();
    await home.filterByLevel("县级示范园区");

    await expect(page).toHaveURL(/[?&]level=county/);
    await expect(home.count).toHaveText("共 20 个示范区");
    await expect(home.cards).toHaveCount(20);
    for (const text of await home.cards.allInnerTexts()) {
      expect(text).toContain("县级示范园区");
      expect(text).not.toContain("城市级示范区");
    }
    // The choice stays selected on the filtered page.
    await expect(home.level.locator("option:checked")).toHaveText("县级示范园区");
  });

  test("searching 自贡 finds Zigong; 重置 clears the search", async ({ page }) => {
    const home = new HomePage(page);
    await home.goto();
    await home.search("自贡");

    await expect(page).toHaveURL(/[?&]q=/);
    await expect(home.count).toHaveText("共 1 个示范区");
    await expect(home.searchBox).toHaveValue("自贡");
    const result = home.areaLink("四川自贡产业转型升级示范区");
    await expect(result).toBeVisible();
    // (Following it is walked through in official-story.spec.ts; the area page is slow to render.)
    await expect(result).toHaveAttribute("href", "/areas/zigong");

    await page.getByRole("link", { name: "重置" }).click();
    await expect(page).toHaveURL("/");
    await expect(home.searchBox).toHaveValue("");
    await expect(home.count).not.toHaveText("共 1 个示范区");
  });
});

// 30 cards a page: the 40 demo areas fill page 1 (the 20 cities, then 10 parks) and half of page 2.
test.describe("home page pagination", () => {
  test("page 1 shows 30 of 40; 下一页 shows the other 10 and 上一页 goes back", async ({ page }) => {
    const home = new HomePage(page);
    await home.goto();
    await expect(home.count).toHaveText("共 40 个示范区");
    await expect(home.cards).toHaveCount(30);
    await expect(home.pageOf).toHaveText("第 1 / 2 页");
    await expect(home.pageOf).toHaveAttribute("aria-current", "page");
    await expect(home.pagination.getByRole("link", { name: "上一页" })).toHaveCount(0);
    const firstPage = await home.cards.allInnerTexts();

    await home.nextPage();
    await expect(page).toHaveURL(/[?&]page=2/);
    await expect(home.pageOf).toHaveText("第 2 / 2 页");
    await expect(home.cards).toHaveCount(10);
    // Still the count of all matching areas, not of the page.
    await expect(home.count).toHaveText("共 40 个示范区");
    await expect(home.pagination.getByRole("link", { name: "下一页" })).toHaveCount(0);
    const secondPage = await home.cards.allInnerTexts();
    expect(secondPage.filter((card) => firstPage.includes(card))).toEqual([]);
    await expect(home.areaLink("腾冲经济开发区")).toBeVisible();

    await home.previousPage();
    await expect(page).toHaveURL("/");
    await expect(home.pageOf).toHaveText("第 1 / 2 页");
    await expect(home.cards).toHaveCount(30);
  });

  test("search covers every page: 腾冲 (on page 2) is found from page 1", async ({ page }) => {
    const home = new HomePage(page);
    await home.goto();
    await expect(home.areaLink("腾冲经济开发区")).toHaveCount(0);
    await home.search("腾冲");
    await expect(home.count).toHaveText("共 1 个示范区");
    await expect(home.areaLink("腾冲经济开发区")).toHaveAttribute("href", "/areas/tengchong-edz");
    // One page: no pager.
    await expect(home.pagination).toHaveCount(0);
  });

  test("the pager keeps the filters, and a new filter starts again at page 1", async ({ page }) => {
    const home = new HomePage(page);
    await home.goto();
    // 区 is in every name but one (东源县产业转移工业园): 39 areas, two pages.
    await home.search("区");
    await expect(home.count).toHaveText("共 39 个示范区");
    await expect(home.pageOf).toHaveText("第 1 / 2 页");
    await home.nextPage();
    await expect(page).toHaveURL(/[?&]q=%E5%8C%BA/);
    await expect(page).toHaveURL(/[?&]page=2/);
    await expect(home.cards).toHaveCount(9);
    await expect(home.searchBox).toHaveValue("区");

    // Filtering from page 2 shows page 1 of the new result.
    await home.filterByLevel("县级示范园区");
    await expect(page).not.toHaveURL(/[?&]page=/);
    await expect(home.count).toHaveText("共 19 个示范区");
    await expect(home.cards).toHaveCount(19);
    await expect(home.pagination).toHaveCount(0);
  });

  test("a page past the end shows the last page", async ({ page }) => {
    const home = new HomePage(page);
    await home.goto("/?page=9");
    await expect(home.pageOf).toHaveText("第 2 / 2 页");
    await expect(home.cards).toHaveCount(10);
  });
});

test("the national picture: reporting, every target's status, and a province tile that filters the list", async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  const picture = page.getByTestId("national-picture");
  await expect(picture.getByRole("heading", { name: /^全国概况 · 2025年$/ })).toBeVisible();
  // Reporting of 2025 among the 40 areas: the demo approves most, a few are submitted.
  const count = async (id: string) => Number((await picture.getByTestId(id).innerText()).split(" / ")[0]);
  await expect(picture.getByTestId("picture-reported")).toHaveText(/^\d+ \/ 4\d$/);
  const [reported, submitted, approved] = [await count("picture-reported"), await count("picture-submitted"), await count("picture-approved")];
  expect(approved).toBeGreaterThan(submitted);
  expect(approved + submitted).toBeLessThanOrEqual(reported);
  // 2025 closes the 14th period: the mix counts verdicts, met first.
  await expect(picture.getByTestId("picture-mix").locator("li").first()).toHaveAttribute("data-status", "met");
  await expect(picture.getByTestId("picture-leaders").locator("li")).toHaveCount(3);

  const everyArea = await home.count.innerText();
  // Sichuan's tile holds its areas as dots; selecting it lists exactly those areas.
  const tile = picture.getByTestId("tile-Sichuan");
  const dots = await tile.locator("span.rounded-full").count();
  expect(dots).toBeGreaterThan(0);
  await tile.click();
  await expect(page).toHaveURL(/[?&]province=Sichuan#area-list$/);
  await expect(home.count).toHaveText(`共 ${dots} 个示范区`);
  await expect(picture.getByTestId("tile-Sichuan")).toHaveAttribute("aria-current", "true");
  for (const text of await home.cards.allInnerTexts()) expect(text).toContain("四川");
  // Selected again, the filter is cleared.
  await picture.getByTestId("tile-Sichuan").click();
  await expect(home.count).toHaveText(everyArea);
});
