import { pdfText, squeeze } from "./documents";
import { expect, test } from "./fixtures";
import { valueOf } from "./helpers";
import { EntryPage } from "./pages/entry-page";
import { official } from "./pages/login-page";
import { AreaYearReviewPage } from "./pages/review-page";
import { SummaryPage } from "./pages/summary-page";
import { TargetsPage } from "./pages/targets-page";

// The plan periods as people meet them: the 14th period's verdicts turning final when the evaluator
// approves 2025, 2030 targets set with the aid beside them, and a year too few areas reported.
// Demo data: 浏阳 (liuyang-etdz) submitted 2025 and waits for review; 大连 (dalian) has 2025
// approved; 自贡 (zigong) has no 2025 or 2026 values.

const EVALUATOR = "evaluator@demo.local";

test("an evaluator approves 2025: the 14th period's verdicts turn from provisional to final", async ({ page, signIn }) => {
  const AREA = "liuyang-etdz";
  await signIn(EVALUATOR);
  // The green group: energy and CO₂ intensity carry targets in every area.
  await page.goto(`/areas/${AREA}?period=fyp14&group=green`);
  await expect(page.getByRole("heading", { level: 2, name: /“十四五”时期/ })).toBeVisible();
  const summary = page.getByTestId("area-progress-summary");
  // Verdicts, not progress: met and missed are counted; nothing is "on track" in a closed period.
  await expect(summary.locator('[data-summary="met"]')).toBeVisible();
  await expect(summary.locator('[data-summary="onTrack"]')).toHaveCount(0);
  const verdicts = page.locator('[data-testid^="verdict-"]');
  await expect(verdicts.first()).toContainText("暂定（2025年数据尚未审核通过）");

  const review = new AreaYearReviewPage(page);
  await review.goto(AREA, 2025);
  await review.expectOpen(2025);
  await review.approve(2025, "2025年数据已核实（e2e）");
  await expect(review.status).toHaveText("已通过");

  await page.goto(`/areas/${AREA}?period=fyp14&group=green`);
  await expect(verdicts.first()).toContainText("最终");
  await expect(page.getByText("暂定（2025年数据尚未审核通过）")).toHaveCount(0);
  // The share of the intended change achieved, as a person reads it.
  await expect(page.getByText(/完成预期变化的 \S+%/).first()).toBeVisible();

  // The 2025 summary is the period's end-of-period evaluation, its verdicts final; so is its PDF.
  const summaryPage = new SummaryPage(page);
  await summaryPage.goto(AREA, 2025);
  await expect(page.getByText("“十四五”时期（2021—2025年）期末评估").first()).toBeVisible();
  await expect(page.getByTestId("summary-status-energy_intensity")).toHaveText(/^(已实现|未实现|数据不足)/);
  await expect(page.getByText(/(已实现|未实现) · 最终/).first()).toBeVisible();
  await expect(page.getByText(/^期末评定：在有目标年份数据的 \d+ 项目标中实现 \d+ 项（\d+%）.*同组 \d+ 个示范区实现目标比例的中位数为 \d+%。$/)).toBeVisible();
  const { name, body } = await summaryPage.download("pdf");
  expect(name).toBe(`summary-${AREA}-2025-zh.pdf`);
  const text = squeeze(await pdfText(body));
  expect(text).toContain(squeeze("“十四五”时期（2021—2025年）期末评估"));
  expect(text).toMatch(/(已实现|未实现)·最终/);
});

test("an official sets 2030 targets: the aid beside each, an ambitious one flagged and saved only with a reason", async ({ page, request, signIn }) => {
  const AREA = "dalian";
  const KEY = "rd_intensity";
  const targets = new TargetsPage(page);
  await signIn(official(AREA));
  await page.goto(`/areas/${AREA}/targets?period=fyp15`);
  await targets.expectOpen();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("“十五五”时期（2026—2030年）");

  const aid = page.getByTestId(`target-aid-${KEY}`);
  await expect(aid).toContainText("2020—2025年本区年均变化");
  await expect(aid).toContainText("同类示范区");
  // The national references of the 15th plan, with their source; none for energy intensity, said so.
  await expect(page.getByTestId("national-reference-digital_core_share")).toContainText("12.5");
  await expect(page.getByTestId("national-reference-energy_intensity")).toContainText("本规划期无全国目标");

  // 25 % a year is beyond any peer's pace: flagged ambitious while typing.
  const name = "R&D经费投入强度";
  await targets.kind(KEY).selectOption({ label: "年均增长%" });
  await targets.value(KEY, name).fill("25");
  await expect(page.getByTestId(`target-flag-${KEY}`)).toContainText("目标偏高");
  await expect(aid).toContainText("按此目标，2025—2030年每年需变化 25.0%");
  await targets.saveButton(KEY).click();
  await expect(targets.message(KEY)).toHaveText("未保存：见下方提示。");
  await expect(page.getByTestId(`target-error-${KEY}`).first()).toContainText("目标高于同类最佳水平：请填写理由。");

  await targets.reason(KEY).fill("e2e：新建研发平台，力争跨越");
  await targets.saveButton(KEY).click();
  await expect(targets.message(KEY)).toHaveText("目标已保存。");
  // No 2026 yet: the new period shows its target and "no data yet", never a status from 2025 alone.
  await expect(targets.status(KEY)).toHaveText("本期尚无数据");

  const base = (await valueOf(request, AREA, KEY, 2025))!.value;
  const res = await request.get(`/api/v1/areas/${AREA}/progress?period=fyp15`);
  const body = await res.json();
  const row = body.data.find((p: { indicator: string }) => p.indicator === KEY);
  // 25 % a year from the 2025 value: base × 1.25^5 = base × 3.0517578125
  expect(row).toMatchObject({ status: "no_data_yet", target: { kind: "annual_growth", input: 25, year: 2030 } });
  expect(row.target.value).toBeCloseTo(base * 3.0517578125, 9);
});

test("a year only one area has reported is not ranked, and not offered by default", async ({ page, signIn }) => {
  const entry = new EntryPage(page);
  await signIn(official("zigong"));
  await entry.goto("zigong", 2026);
  await entry.expectOpen(2026);
  await entry.value("高新技术企业数").fill("1200");
  await entry.save(2026);
  await expect(entry.saveResult).toBeVisible();

  await page.goto("/rankings?year=2026");
  await expect(page.getByTestId("reporting-notice")).toHaveText(/2026年仅有 1 个示范区（共 40 个）报送了数据，不足排名所需的 27 个/);
  // Zigong's row is there with its score, but no rank.
  await expect(page.getByTestId("rank-cell").first()).toHaveText("—");

  // The default year stays the last one enough areas reported.
  await page.goto("/rankings");
  await expect(page.getByTestId("reporting-notice")).toHaveCount(0);
  await expect(page.getByText(/ · 2025 年 · /)).toBeVisible();
  await expect(page.getByTestId("rank-cell").first()).toHaveText("1");
  // Nor do the overview and Zigong's latest summary move to 2026 (Zigong's last full year is 2024).
  await page.goto("/overview");
  await expect(page).toHaveURL(/\/overview\/2025$/);
  await page.goto("/areas/zigong/summary");
  await expect(page).toHaveURL(/\/areas\/zigong\/summary\/2024$/);
});

test("the 14th period's targets are read-only to the official; the administrator reopens one with a reason", async ({ page, signIn }) => {
  const targets = new TargetsPage(page);
  const KEY = "energy_intensity";
  await signIn("admin@demo.local");
  await page.goto("/areas/huangshi/targets?period=fyp14");
  await expect(page.getByTestId("period-closed")).toContainText("作为管理员，您可以修改这些目标，但须填写理由");
  await targets.value(KEY, "单位GDP能耗").fill("-14");
  await targets.reason(KEY).fill("");
  await targets.saveButton(KEY).click();
  await expect(targets.message(KEY)).toHaveText("已结束规划期的目标只能由管理员修改，并须填写理由。");
  await targets.reason(KEY).fill("省级批复调整（e2e）");
  await targets.saveButton(KEY).click();
  await expect(targets.message(KEY)).toHaveText("目标已保存。");
});
