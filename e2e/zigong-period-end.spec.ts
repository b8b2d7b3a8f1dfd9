import { pdfText, squeeze } from "./documents";
import { expect, test } from "./fixtures";
import { signedInPage } from "./helpers";
import { EntryPage } from "./pages/entry-page";
import { official } from "./pages/login-page";
import { AreaYearReviewPage, SubmissionPanel } from "./pages/review-page";
import { SummaryPage } from "./pages/summary-page";
import { TargetsPage } from "./pages/targets-page";

// The end of the 14th period and the start of the 15th, as 自贡 (zigong)'s official and the evaluator
// live it: 2025 entered and submitted, its verdicts provisional, then final once approved; three 2030
// targets set with the aid beside them; the 2025 summary downloaded with its verdicts.
// 自贡's 2025 is empty in the demo data and the specs before this one (the files run in name order)
// count on it: its overdue 2025 (todo.spec.ts), its latest summary 2024 (plan-periods.spec.ts). This
// file's name puts it last; it writes 自贡's 2025 values and its 2030 targets, which nothing else reads.

const AREA = "zigong";
const YEAR = 2025;
const EVALUATOR = "evaluator@demo.local";
// Close to the demo's 2024 values (0.574, 5.9, 1.9, 20.0), within the year-on-year limits.
const VALUES_2025 = [
  { name: "单位GDP能耗", value: "0.561" },
  { name: "数字经济核心产业增加值占GDP比重", value: "6.1" },
  { name: "R&D经费投入强度", value: "1.95" },
  { name: "千兆宽带用户占比", value: "20.6" },
];
const TARGETS_2030 = [
  { key: "rd_intensity", name: "R&D经费投入强度", kind: "年均增长%", value: "25" },
  { key: "digital_core_share", name: "数字经济核心产业增加值占GDP比重", kind: "目标值（%）", value: "9" },
  { key: "energy_intensity", name: "单位GDP能耗", kind: "较基期变化%", value: "-12" },
];

test("自贡 closes the 14th period and opens the 15th: 2025 submitted, verdicts provisional then final, three 2030 targets, the 2025 summary", async ({ browser, page, signIn }) => {
  test.setTimeout(180_000);
  const entry = new EntryPage(page);
  const submission = new SubmissionPanel(page);
  const verdicts = page.locator('[data-testid^="verdict-"]');

  await test.step("the official enters 2025 and submits it", async () => {
    await signIn(official(AREA));
    await entry.goto(AREA, YEAR);
    await entry.expectOpen(YEAR);
    for (const { name, value } of VALUES_2025) await entry.value(name).fill(value);
    await entry.save(YEAR);
    await expect(entry.saveResult).toContainText("已保存");
    await submission.submit("2025年数据已按统计公报填报（e2e）");
    await expect(submission.status).toHaveText("已提交");
  });

  await test.step("the area page's 14th-period verdicts are provisional", async () => {
    await page.goto(`/areas/${AREA}?period=fyp14&group=green`);
    await expect(verdicts.first()).toContainText("暂定（2025年数据尚未审核通过）");
  });

  await test.step("the evaluator approves 2025; the verdicts turn final", async () => {
    const evaluator = await signedInPage(browser, EVALUATOR);
    const review = new AreaYearReviewPage(evaluator);
    await review.goto(AREA, YEAR);
    await review.expectOpen(YEAR);
    await review.approve(YEAR, "2025年数据已核实（e2e）");
    await expect(review.status).toHaveText("已通过");
    await evaluator.context().close();

    await page.goto(`/areas/${AREA}?period=fyp14&group=green`);
    await expect(verdicts.first()).toContainText("最终");
    await expect(page.getByText("暂定（2025年数据尚未审核通过）")).toHaveCount(0);
  });

  await test.step("the official sets three 2030 targets, the aid beside each; 25 % a year is flagged ambitious and needs a reason", async () => {
    const targets = new TargetsPage(page);
    await page.goto(`/areas/${AREA}/targets?period=fyp15`);
    await targets.expectOpen();
    for (const { key, name, kind, value } of TARGETS_2030) {
      await expect(page.getByTestId(`target-aid-${key}`)).toContainText("2020—2025年本区年均变化");
      await targets.kind(key).selectOption({ label: kind });
      await targets.value(key, name).fill(value);
      const flag = page.getByTestId(`target-flag-${key}`);
      if (key === "rd_intensity") {
        await expect(flag).toContainText("目标偏高");
        await targets.saveButton(key).click();
        await expect(page.getByTestId(`target-error-${key}`).first()).toContainText("目标高于同类最佳水平：请填写理由。");
      }
      // As a person does: a flagged target gets its reason before it is saved.
      if ((await flag.count()) > 0) await targets.reason(key).fill("e2e：依据本区“十五五”规划纲要");
      await targets.saveButton(key).click();
      await expect(targets.message(key)).toHaveText("目标已保存。");
      await expect(targets.status(key)).toHaveText("本期尚无数据");
    }
  });

  await test.step("the 2025 summary is the period-end evaluation, and its PDF holds the final verdicts", async () => {
    const summary = new SummaryPage(page);
    await summary.goto(AREA, YEAR);
    await expect(page.getByText("“十四五”时期（2021—2025年）期末评估").first()).toBeVisible();
    await expect(page.getByTestId("summary-status-energy_intensity")).toHaveText(/^(已实现|未实现)/);
    const { name, body } = await summary.download("pdf");
    expect(name).toBe(`summary-${AREA}-${YEAR}-zh.pdf`);
    const text = squeeze(await pdfText(body));
    expect(text).toContain(squeeze("“十四五”时期（2021—2025年）期末评估"));
    expect(text).toMatch(/(已实现|未实现)·最终/);
  });
});
