import { expectNoSeriousViolations } from "./axe";
import { zipEntries } from "./documents";
import { expect, test } from "./fixtures";
import { OverviewPage } from "./pages/overview-page";
import { SummaryPage } from "./pages/summary-page";

// The national overview: every area ranked within its level, the proposed grades with their rules,
// an evaluator confirming one grade and overriding another (a reason is required), and the .zip of
// all summaries with its progress bar. Areas decided here and nowhere else: liupanshui, tengchong-edz.

const YEAR = 2024;
const GRADE_LABELS = ["优秀", "良好", "一般", "较差"];

test("a visitor sees both levels ranked with the grade rules, and no decision controls", async ({ page }) => {
  const overview = new OverviewPage(page);
  await overview.goto();
  // The default year is the latest most areas reported: 2025, the 14th plan period's last, whose
  // target column counts the targets met.
  await expect(page).toHaveURL(/\/overview\/2025$/);
  await expect(overview.table("city").getByRole("columnheader", { name: "期末实现目标" })).toBeVisible();
  await expect(overview.table("city").locator("tbody tr")).toHaveCount(20);
  await expect(overview.table("county").locator("tbody tr")).toHaveCount(20);
  await expect(page.getByTestId("grade-rules")).toContainText("优秀：综合得分 ≥ 60分");
  await expect(page.getByTestId("grade-rules")).toContainText("较差：综合得分 < 40分");
  // Ranks run from 1 within each level.
  await expect(overview.table("city").getByTestId("overview-rank").first()).toHaveText("1");
  await expect(overview.table("county").getByTestId("overview-rank").first()).toHaveText("1");
  await expect(page.getByTestId("decide-liupanshui")).toHaveCount(0);
  await expect(page.getByTestId("bundle-panel")).toHaveCount(0);
  await expectNoSeriousViolations(page);
});

test("a visitor sorts the period's results by targets missed and back, every area listed once", async ({ page }) => {
  await page.goto("/overview/2025");
  const results = page.getByTestId("period-results");
  await expect(results.getByRole("heading", { name: /“十四五”时期（2021—2025年）目标完成情况（40个示范区）/ })).toBeVisible();
  await expect(results.getByTestId("period-result")).toHaveCount(40);
  const column = async (id: string) => (await results.getByTestId(id).allInnerTexts()).map(Number);
  const shares = async () => (await results.getByTestId("result-share").allInnerTexts()).filter((s) => s !== "—").map((s) => parseFloat(s));
  const descending = (xs: number[]) => xs.every((x, i) => i === 0 || xs[i - 1]! >= x);
  const ascending = (xs: number[]) => xs.every((x, i) => i === 0 || xs[i - 1]! <= x);

  // By default the share met, largest first; the column says so.
  await expect(results.getByRole("columnheader", { name: /实现比例/ })).toHaveAttribute("aria-sort", "descending");
  expect(descending(await shares())).toBe(true);

  await results.getByRole("link", { name: "未实现" }).click();
  await expect(page).toHaveURL(/resultsSort=missed#period-results$/);
  await expect(results.getByRole("columnheader", { name: /未实现/ })).toHaveAttribute("aria-sort", "descending");
  const missed = await column("result-missed");
  expect(missed).toHaveLength(40);
  expect(descending(missed)).toBe(true);
  // The demo has areas that missed targets and areas that missed none.
  expect(missed[0]).toBeGreaterThan(0);
  expect(missed.at(-1)).toBe(0);

  await results.getByRole("link", { name: /未实现/ }).click();
  await expect(page).toHaveURL(/resultsSort=missed&resultsDir=asc#period-results$/);
  await expect(results.getByRole("columnheader", { name: /未实现/ })).toHaveAttribute("aria-sort", "ascending");
  expect(ascending(await column("result-missed"))).toBe(true);

  // A year that closes no period has no such list.
  await page.goto("/overview/2024");
  await expect(page.getByTestId("overview-page")).toBeVisible();
  await expect(page.getByTestId("period-results")).toHaveCount(0);
});

test("the summary's link opens the overview at the area's row; a page past the end shows the last one", async ({ page }) => {
  const summary = new SummaryPage(page);
  await summary.goto("zigong", YEAR);
  await page.getByRole("link", { name: "在全国总览中确认或改定等级" }).click();
  await expect(page).toHaveURL(new RegExp(`/overview/${YEAR}\\?area=zigong#area-zigong$`));
  await expect(page.locator("#area-zigong")).toBeInViewport();

  // 20 city areas fit one page of 50: a hand-typed page 5 shows that page, with no pager.
  await page.goto(`/overview/${YEAR}?cityPage=5`);
  await expect(new OverviewPage(page).table("city").locator("tbody tr")).toHaveCount(20);
  await expect(page.getByRole("navigation", { name: "分页" })).toHaveCount(0);
});

test("an evaluator confirms one proposed grade and overrides another with a reason", async ({ page, signIn }) => {
  test.setTimeout(90_000);
  await signIn("evaluator@demo.local");
  const overview = new OverviewPage(page);
  await overview.goto(YEAR);
  await expectNoSeriousViolations(page);

  await test.step("confirm", async () => {
    const proposed = (await overview.proposed("liupanshui").textContent())!;
    expect(GRADE_LABELS).toContain(proposed);
    await overview.confirm("liupanshui");
    await expect(overview.finalState("liupanshui")).toHaveText("已确认");
    await expect(overview.finalGrade("liupanshui")).toHaveText(proposed);
  });

  const proposed = (await overview.proposed("tengchong-edz").textContent())!;
  const other = GRADE_LABELS.find((g) => g !== proposed)!;
  await test.step("an override without a reason is refused", async () => {
    await overview.override("tengchong-edz", other, "");
    await expect(page.getByTestId("decide-result-tengchong-edz-error")).toContainText("改定等级必须说明理由。");
    await expect(overview.finalState("tengchong-edz")).toHaveText("待确认");
  });

  await test.step("with a reason it is saved, and the summary shows it", async () => {
    await overview.override("tengchong-edz", other, "实地核查发现园区建设进度与数据不符（e2e）");
    await expect(page.getByTestId("decide-result-tengchong-edz-ok")).toHaveText("等级已保存。");
    await expect(overview.finalState("tengchong-edz")).toHaveText("已改定");
    await expect(overview.finalGrade("tengchong-edz")).toHaveText(other);
    await expect(overview.row("tengchong-edz")).toContainText("理由：实地核查发现园区建设进度与数据不符（e2e）");

    const summary = new SummaryPage(page);
    await summary.goto("tengchong-edz", YEAR);
    await expect(summary.gradeFinal).toHaveText(`已改定：${other}`);
    await expect(summary.sentence("zh", "grade")).toHaveText(`评估人员将等级改定为“${other}”（建议等级为“${proposed}”）。`);
  });
});

test("an evaluator makes the .zip of every summary of the year, watching its progress", async ({ page, signIn }) => {
  test.setTimeout(240_000);
  await signIn("evaluator@demo.local");
  const overview = new OverviewPage(page);
  await overview.goto(YEAR);
  const { name, body } = await overview.makeBundle();
  expect(name).toBe(`summaries-${YEAR}-zh.zip`);
  const entries = zipEntries(body);
  expect(entries).toHaveLength(40 * 3);
  for (const ext of ["pdf", "docx", "xlsx"]) expect(entries).toContain(`${YEAR}/summary-zigong-${YEAR}-zh.${ext}`);
});
