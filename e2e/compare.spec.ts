import fs from "node:fs";
import Papa from "papaparse";
import { expectNoSeriousViolations } from "./axe";
import { expect, test } from "./fixtures";
import { RankingsPage } from "./pages/rankings-page";

// Peer comparison as an evaluator uses it: Compare, a custom group, Rankings, the CSV download.

type RankingsJson = { data: { code: string; composite: number | null; rank: number | null }[] };

test.describe("peer comparison", () => {
  test("compare Zigong with city-level peers, then with a custom group of three", async ({ page, signIn }) => {
    await signIn("evaluator@demo.local");
    await page.getByRole("link", { name: "同类比较" }).click();
    // The area box searches every area on the server: typing narrows the list, the keyboard picks.
    const areaBox = page.getByRole("combobox", { name: "示范区" });
    await areaBox.fill("自贡");
    const matches = page.getByRole("listbox", { name: "示范区" }).getByRole("option");
    await expect(matches).toHaveCount(1);
    await expect(matches).toHaveText(/四川自贡\s*zigong/);
    await areaBox.press("ArrowDown");
    await areaBox.press("Enter");
    await expect(areaBox).toHaveValue("四川自贡");
    await page.getByTestId("year-select").selectOption("2024");
    await expect(page.getByTestId("group-select")).toHaveValue("level:city");
    await expect(page.getByTestId("compare-heading")).toHaveText("四川自贡 · 2024 年 · 城市级示范区");

    // The rank shown is Zigong's place among the 20 city areas, as the rankings of that group give it
    // to the evaluator (every value: Zigong's years are drafts, which the public is not shown).
    const city = (await (await page.request.get("/api/v1/rankings?year=2024&group=level:city")).json()) as RankingsJson;
    const zigong = city.data.find((r) => r.code === "zigong")!;
    const ranked = city.data.filter((r) => r.rank !== null).length;
    await expect(page.getByTestId("rank")).toHaveText(`第 ${zigong.rank} / ${ranked} 名`);
    await expect(page.getByTestId("score-composite")).toHaveText(zigong.composite!.toFixed(1));
    await expect(page.getByTestId("dimension-radar").getByRole("img", { name: /维度得分/ })).toBeVisible();
    await expect(page.getByTestId("dimension-radar")).toContainText("主体");
    expect(page.url()).toContain("area=zigong");

    // A custom group: Zigong, Tongling, Huangshi. The rank is recomputed within the three.
    await page.getByTestId("custom-group").locator("summary").click();
    for (const name of ["四川自贡", "安徽铜陵", "湖北黄石"]) await page.getByTestId("custom-group").getByLabel(name, { exact: true }).check();
    await page.getByRole("button", { name: "与这 3 个比较" }).click();
    await expect(page.getByTestId("compare-heading")).toHaveText("四川自贡 · 2024 年 · 自选 3 个示范区");
    expect(decodeURIComponent(page.url())).toContain("group=areas:zigong,tongling,huangshi");

    // Expected rank by hand: 1 + the number of the other two with a higher composite among the three.
    const trio = (await (await page.request.get("/api/v1/rankings?year=2024&group=areas:zigong,tongling,huangshi")).json()) as RankingsJson;
    const own = trio.data.find((r) => r.code === "zigong")!.composite!;
    const higher = trio.data.filter((r) => r.code !== "zigong" && r.composite! > own).length;
    await expect(page.getByTestId("rank")).toHaveText(`第 ${1 + higher} / 3 名`);

    // The link reproduces the view.
    await page.reload();
    await expect(page.getByTestId("compare-heading")).toHaveText("四川自贡 · 2024 年 · 自选 3 个示范区");
    await expect(page.getByTestId("rank")).toHaveText(`第 ${1 + higher} / 3 名`);
    await expectNoSeriousViolations(page);
  });

  test("rankings sorted by the factor dimension, and the CSV holds every page's composites", async ({ page }) => {
    const rankings = new RankingsPage(page);
    await rankings.goto();
    // 25 rows a page: the 40 areas take two.
    await expect(rankings.rows).toHaveCount(25);

    await rankings.sortBy("factor");
    await expect(page.getByTestId("sort-factor")).toContainText("▼");
    const factors = (await rankings.table.getByTestId("factor-cell").allTextContents()).map(Number);
    expect(factors).toEqual([...factors].sort((a, b) => b - a));
    expect(page.url()).toContain("sort=factor");

    // The composites of both pages, area by area, against the downloaded file (which holds all rows).
    const shown = await rankings.composites();
    await rankings.nextPage();
    await expect(rankings.rows).toHaveCount(15);
    for (const [code, composite] of await rankings.composites()) shown.set(code, composite);
    expect(shown.size).toBe(40);
    const download = page.waitForEvent("download");
    await page.getByTestId("download-csv").click();
    const file = fs.readFileSync(await (await download).path(), "utf8").replace(/^\uFEFF/, "");
    const rows = Papa.parse<Record<string, string>>(file.trim(), { header: true }).data;
    expect(rows).toHaveLength(40);
    // Signed out, an area without an approved year (zigong, tongling, huangshi) has no composite: an
    // empty cell in the file, 无数据 on the page.
    for (const row of rows) {
      const composite = row["综合指数 Composite"]!;
      expect(composite === "" ? "无数据" : Number(composite).toFixed(1)).toBe(shown.get(row["代码 Code"]!));
    }
    await expectNoSeriousViolations(page);
  });

  test("side by side: two areas in one table with small multiples", async ({ page }) => {
    await page.goto("/compare/side-by-side?areas=zigong,tongling&year=2024");
    await expect(page.getByTestId("side-by-side-table").locator("thead th")).toHaveCount(3);
    await expect(page.getByTestId("side-by-side-table")).toContainText("四川自贡");
    await expect(page.getByTestId("small-multiples-rd_intensity").locator("svg[role=img]")).toBeVisible();
    await expectNoSeriousViolations(page);
  });

  test("bad parameters get a JSON error, an unknown area a 404", async ({ request }) => {
    const bad = await request.get("/api/v1/rankings?group=level:town");
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error.code).toBe("bad_request");
    const unknown = await request.get("/api/v1/compare?area=nowhere&year=2024");
    expect(unknown.status()).toBe(404);
    expect((await unknown.json()).error.code).toBe("not_found");
  });
});
