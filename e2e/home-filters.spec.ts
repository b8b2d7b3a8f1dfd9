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
