import { expectNoSeriousViolations } from "./axe";
import { expect, test } from "./fixtures";
import { RankingsPage } from "./pages/rankings-page";

// The rankings table at size: 25 rows a page over the 40 demo areas, sorting over all rows, a search by name.

test.describe("rankings table", () => {
  test("pages through 40 areas 25 at a time; a new sort starts again at page 1", async ({ page }) => {
    const rankings = new RankingsPage(page);
    await rankings.goto();
    await expect(rankings.rows).toHaveCount(25);
    await expect(rankings.pageOf).toHaveText("第 1 / 2 页");
    await expect(rankings.pageOf).toHaveAttribute("aria-current", "page");
    // Sorted by composite, best first: page 1 starts at rank 1.
    await expect(rankings.rows.first().getByTestId("rank-cell")).toHaveText("1");

    await rankings.nextPage();
    await expect(rankings.pageOf).toHaveText("第 2 / 2 页");
    await expect(rankings.rows).toHaveCount(15);
    expect(page.url()).toContain("page=2");
    await expect(rankings.rows.first().getByTestId("rank-cell")).toHaveText("26");
    // The link reproduces the page.
    await page.reload();
    await expect(rankings.pageOf).toHaveText("第 2 / 2 页");

    // Sorting sorts all 40 rows and goes back to page 1: ascending, the worst composite comes first.
    // Read signed out, only approved years are ranked: 37 areas, since every year of 自贡, 铜陵 and
    // 黄石 is still a draft in the demo data (the suite enters them), so they have no score.
    await rankings.sortBy("composite");
    await expect(page.getByTestId("sort-composite")).toContainText("▲");
    await expect(rankings.pageOf).toHaveText("第 1 / 2 页");
    expect(page.url()).not.toContain("page=");
    await expect(rankings.rows.first().getByTestId("rank-cell")).toHaveText("37");

    await rankings.nextPage();
    await rankings.previousPage();
    await expect(rankings.pageOf).toHaveText("第 1 / 2 页");
    await expectNoSeriousViolations(page);
  });

  test("the methodology names every member of the group of 40 and each clamped value's area, not their codes", async ({ page }) => {
    const rankings = new RankingsPage(page);
    await rankings.goto();
    const methodology = page.getByTestId("methodology");
    await methodology.getByText("方法说明").click();
    await expect(methodology).toContainText("40 个成员: ");
    // Areas on either page of the table, named from the answer, not by their codes.
    for (const name of ["自贡", "铜陵"]) await expect(methodology).toContainText(name);
    for (const code of ["zigong", "tongling"]) await expect(methodology).not.toContainText(code);
    await expect(methodology).not.toContainText("不逐一列出");
  });

  test("the search box narrows the table to matching names, across pages", async ({ page }) => {
    const rankings = new RankingsPage(page);
    await rankings.goto();
    await rankings.nextPage();
    await rankings.searchBox.fill("腾冲");
    await expect(rankings.rows).toHaveCount(1);
    await expect(rankings.rows.first()).toHaveAttribute("data-area", "tengchong-edz");
    await expect(rankings.matches).toHaveText("找到 1 个示范区");
    // One page of results: no pager, and the URL keeps the search, not the old page.
    await expect(rankings.pagination).toHaveCount(0);
    expect(page.url()).toContain("q=");
    expect(page.url()).not.toContain("page=");

    await rankings.searchBox.fill("不存在的示范区");
    await expect(rankings.rows).toHaveCount(0);
    await expect(page.getByText("没有名称符合的示范区。")).toBeVisible();

    await rankings.searchBox.fill("");
    await expect(rankings.rows).toHaveCount(25);
    await expect(rankings.pageOf).toHaveText("第 1 / 2 页");
  });

  test("an added indicator column shows its values, loaded for that indicator only, and sorts all rows by it", async ({ page, request }) => {
    type Rows = { data: { code: string; indicators: Record<string, number | null> }[] };
    const plain = (await (await request.get("/api/v1/rankings?year=2024&group=all")).json()) as Rows;
    expect(plain.data.every((r) => Object.keys(r.indicators).length === 0)).toBe(true);
    const withRd = (await (await request.get("/api/v1/rankings?year=2024&group=all&indicator=rd_intensity")).json()) as Rows;
    const rd = new Map(withRd.data.map((r) => [r.code, r.indicators.rd_intensity ?? null]));
    expect([...rd.values()].filter((v) => v !== null).length).toBeGreaterThan(30);

    const rankings = new RankingsPage(page);
    await rankings.goto();
    await page.getByTestId("indicator-select").selectOption({ label: "R&D经费投入强度" });
    const firstCode = (await rankings.rows.first().getAttribute("data-area"))!;
    await expect(rankings.rows.first().getByTestId("indicator-cell")).toHaveText(rd.get(firstCode)!.toFixed(2));

    // Best first over all 40 areas: the highest R&D intensity of any area heads page 1.
    await rankings.sortBy("ind:rd_intensity");
    const highest = Math.max(...[...rd.values()].filter((v): v is number => v !== null));
    await expect(rankings.rows.first().getByTestId("indicator-cell")).toHaveText(highest.toFixed(2));
    await page.reload();
    await expect(rankings.rows.first().getByTestId("indicator-cell")).toHaveText(highest.toFixed(2));
  });
});
