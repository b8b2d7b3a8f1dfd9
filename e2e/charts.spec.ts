import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { Chart } from "./pages/chart";
import { SummaryPage } from "./pages/summary-page";

// The charts as a reader meets them: the description and the data table arrive with the page (the
// drawing follows with its own code), the arrow keys walk a focused chart point by point while a live
// region reads each point out, and no chart text is smaller than 11 px.

// Read signed out, as a visitor reads them: approved years only. 长兴 (changxing-etdz) has 2018–2024
// approved and 2025 waiting for review, so its 14th-period charts run to 2024 and project from there.
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

test("without JavaScript, the area page still gives each chart's description and data table", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/areas/changxing-etdz?period=fyp14&group=rd");
  const chart = new Chart(page.getByTestId("chart-hte_count"));
  // No drawing: its code never ran.
  await expect(chart.figure.locator("svg.recharts-surface")).toHaveCount(0);
  await expect(chart.description).toHaveText(/^高新技术企业数：\d+ 个年度数值/);
  await expect(chart.table.locator("caption")).toHaveText("高新技术企业数（家）");
  const columns = await chart.table.locator("thead th").allTextContents();
  expect(columns.slice(0, 3)).toEqual(["年份", "实际值", "按当前速度预测"]);
  const rows = await chart.rows();
  // One row a year from the first value to 2025, each observed value with its unit.
  expect(rows.at(-1)!.header).toBe("2025");
  expect(rows.find((r) => r.header === "2024")!.cells[0]).toMatch(/^[\d,]+ 家$/);

  // The 15th period's chart of an indicator without a 2030 target: its axis runs on to 2030, its table
  // stops at the last year with a figure, not at rows of dashes to 2030.
  await page.goto("/areas/changxing-etdz?period=fyp15&group=rd");
  const open = await new Chart(page.getByTestId("chart-srdi_firms")).rows();
  expect(open.at(-1)).toEqual({ header: "2024", cells: [expect.stringMatching(/^[\d,]+ 家$/)] });
  await context.close();
});

test("the 15th period's chart draws the 2025 target beside the 2030 one, and the energy series' break with its source", async ({ page }) => {
  await page.goto("/areas/chongqing-metro?group=green");
  const chart = new Chart(page.getByTestId("chart-co2_intensity_index"));
  await chart.expectDrawn();
  const columns = await chart.table.locator("thead th").allTextContents();
  expect(columns).toEqual(expect.arrayContaining(["2025年目标", "2030年目标"]));
  const rows = await chart.rows();
  const cell = (year: string, column: string) => rows.find((r) => r.header === year)!.cells[columns.indexOf(column) - 1];
  // Each target at its own year only: the 14th period's 85.0 in 2025, the 15th's 75.1 in 2030.
  expect(cell("2025", "2025年目标")).toMatch(/^85(\.0)?/);
  expect(cell("2030", "2030年目标")).toMatch(/^75\.1/);
  expect(cell("2030", "2025年目标")).toBe("—");
  expect(cell("2025", "2030年目标")).toBe("—");
  // The legend names both, the earlier as a ring.
  await expect(chart.figure.getByRole("listitem").filter({ hasText: "2025年目标" })).toBeVisible();

  // Energy use per unit of GDP is counted another way from 2024: the chart marks it and says why, with a source.
  const energy = page.locator('[data-indicator="energy_intensity"]');
  await expect(energy.getByTestId("chart-energy_intensity").locator("svg .chart-series-break")).toHaveCount(1);
  const note = energy.getByTestId("series-break-energy_intensity");
  await expect(note).toContainText("统计口径：2024年起口径调整。");
  await expect(note).toContainText("扣除原料用能和非化石能源");
  await expect(note.getByRole("link", { name: "来源" })).toHaveAttribute("href", /^https:\/\//);
  // An indicator without a break has no such note.
  await expect(page.getByTestId("series-break-co2_intensity_index")).toHaveCount(0);
});

test("the arrow keys walk the indicator chart year by year and a live region reads each year out", async ({ page }) => {
  await page.goto("/areas/changxing-etdz?period=fyp14&group=rd");
  const chart = new Chart(page.getByTestId("chart-hte_count"));
  await chart.expectDrawn();
  const rows = await chart.rows();
  expect(rows.length).toBeGreaterThanOrEqual(5);
  // The live region is there, empty, before anything is read out.
  await expect(chart.readout).toHaveAttribute("aria-live", "polite");
  await expect(chart.readout).toHaveText("");

  // Focus shows the first year; each arrow moves one year.
  await chart.drawing.focus();
  await expect(chart.readout).toHaveText(`${rows[0]!.header}：${rows[0]!.cells[0]}`);
  await expect(chart.tooltip).toContainText(rows[0]!.header);
  await page.keyboard.press("ArrowRight");
  await expect(chart.readout).toHaveText(`${rows[1]!.header}：${rows[1]!.cells[0]}`);
  await expect(chart.tooltip).toContainText(rows[1]!.cells[0]!);
  await page.keyboard.press("ArrowLeft");
  await expect(chart.readout).toHaveText(`${rows[0]!.header}：${rows[0]!.cells[0]}`);

  // To the last year, 2025: nothing observed yet, so the projection is read (and the target, where
  // there is one, each then named). The national reference is a line, not a point: not read.
  for (let i = 1; i < rows.length; i++) await page.keyboard.press("ArrowRight");
  const columns = (await chart.table.locator("thead th").allTextContents()).slice(1);
  const last = rows.at(-1)!;
  const read = columns.map((c, i) => [c, last.cells[i]!] as const).filter(([c, v]) => v !== "—" && c !== "全国参考值");
  expect(read[0]).toEqual(["按当前速度预测", expect.stringMatching(/ 家$/)]);
  await expect(chart.readout).toHaveText(read.length === 1 ? `2025：${read[0]![1]}` : `2025：${read.map(([c, v]) => `${c} ${v}`).join("；")}`);
  // Past the last year the arrow keys stay on it.
  await page.keyboard.press("ArrowRight");
  await expect(chart.readout).toContainText("2025：");

  // Leaving the chart clears the tooltip and the readout.
  await page.keyboard.press("Tab");
  await expect(chart.tooltip).toHaveCount(0);
  await expect(chart.readout).toHaveText("");
});

/** Focus, then a step on with either arrow and back: the readout names the data table's first row, then its second. */
async function expectKeyboardWalk(page: Page, chart: Chart) {
  await chart.expectDrawn();
  const rows = await chart.rows();
  expect(rows.length).toBeGreaterThanOrEqual(2);
  await chart.drawing.focus();
  await expect(chart.readout).toHaveText(new RegExp(`^${escape(rows[0]!.header)}：`));
  await page.keyboard.press("ArrowRight");
  await expect(chart.readout).toHaveText(new RegExp(`^${escape(rows[1]!.header)}：`));
  await expect(chart.tooltip).toContainText(rows[1]!.header);
  await page.keyboard.press("ArrowUp");
  await expect(chart.readout).toHaveText(new RegExp(`^${escape(rows[0]!.header)}：`));
  await page.keyboard.press("ArrowDown");
  await expect(chart.readout).toHaveText(new RegExp(`^${escape(rows[1]!.header)}：`));
}

test("every kind of chart can be read from the keyboard", async ({ page }) => {
  await test.step("population and industry mix", async () => {
    await page.goto("/areas/changxing-etdz");
    await expectKeyboardWalk(page, new Chart(page.getByTestId("chart-population")));
    await page.goto("/areas/changxing-etdz?group=industry");
    await expectKeyboardWalk(page, new Chart(page.getByTestId("chart-industry-mix")));
  });
  await test.step("radar, peer bars and peer band", async () => {
    await page.goto("/compare?area=changxing-etdz&year=2024");
    for (const id of ["dimension-radar", "peer-bar-chart", "peer-band-chart"]) await expectKeyboardWalk(page, new Chart(page.getByTestId(id)));
  });
  await test.step("small multiples", async () => {
    await page.goto("/compare/side-by-side?areas=changxing-etdz,ninghai-etdz&year=2024");
    await expectKeyboardWalk(page, new Chart(page.getByTestId("small-multiples-rd_intensity")));
  });
  await test.step("the summary's radar and progress overview", async () => {
    await new SummaryPage(page).goto("changxing-etdz", 2024);
    for (const id of ["summary-radar", "progress-overview-chart"]) await expectKeyboardWalk(page, new Chart(page.getByTestId(id)));
  });
});

/** The computed font sizes of every text in every chart on the page, in px, once all are drawn. */
async function chartFontSizes(page: Page): Promise<number[]> {
  const figures = await page.locator("figure:has([data-testid=chart-data])").count();
  expect(figures).toBeGreaterThan(0);
  await expect(page.locator("figure svg.recharts-surface")).toHaveCount(figures);
  return page.locator("figure svg.recharts-surface text").evaluateAll((texts) => texts.map((t) => parseFloat(getComputedStyle(t).fontSize)));
}

test("no chart text is smaller than 11 px", async ({ page }) => {
  const pages: [string, number][] = [
    // [page, smallest text there]: 12 px is the rule, 11 px the radar's scale and the small multiples' axes.
    ["/areas/changxing-etdz", 12],
    ["/areas/changxing-etdz?group=industry", 12],
    ["/compare?area=changxing-etdz&year=2024", 11],
    ["/compare/side-by-side?areas=changxing-etdz,ninghai-etdz,shaoguan&year=2024", 11],
    ["/areas/changxing-etdz/summary/2024", 11],
  ];
  for (const [path, smallest] of pages) {
    await page.goto(path);
    const sizes = await chartFontSizes(page);
    expect(sizes.length, path).toBeGreaterThan(10);
    expect(Math.min(...sizes), path).toBe(smallest);
  }
});
