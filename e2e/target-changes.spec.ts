import { expect, test } from "./fixtures";
import { official } from "./pages/login-page";
import { AuditPage } from "./pages/review-page";
import { SummaryPage } from "./pages/summary-page";
import { TargetsPage } from "./pages/targets-page";

// Targets keep their meaning (issue 18 §5), as people meet it. Demo data: 重庆都市圈 (chongqing-metro)
// has 2024 and 2025 approved; its 14th-period target for the share of parks with circular retrofit is
// 100 %, and 2025 came in at 79 %, so the target is missed. After the 2025 values are in, the official
// can no longer lower it directly: the change is a request, the evaluator decides, and the approved
// years' summaries keep the target they were approved with.

const AREA = "chongqing-metro";
const KEY = "park_circular";
const NAME = "省级以上园区循环化改造比例";
const EVALUATOR = "evaluator@demo.local";

test("an official's target change after the 2025 submission goes through the evaluator, and the 2024 summary keeps its target", async ({ page, signIn }) => {
  const targets = new TargetsPage(page);
  const summary = new SummaryPage(page);
  await signIn(official(AREA));

  // The 2024 summary as approved: the target it was judged against.
  await summary.goto(AREA, 2024);
  await expect(page.getByTestId(`summary-target-${KEY}`)).toHaveText("100 (2025)");

  // The 14th period's targets: 2025 is approved, so the row offers a request, not a save.
  await page.goto(`/areas/${AREA}/targets?period=fyp14`);
  await targets.expectOpen();
  await expect(page.getByTestId("targets-locked")).toContainText("2025年数据已报送（已审核通过）");
  const row = targets.row(KEY);
  await expect(targets.status(KEY)).toHaveText("未实现");
  await expect(row.getByRole("button", { name: "保存", exact: true })).toHaveCount(0);

  // Without a reason nothing is filed.
  await row.getByLabel(`${NAME}: 目标`, { exact: true }).fill("75");
  await row.getByRole("button", { name: "申请调整" }).click();
  await expect(page.getByTestId(`request-error-${KEY}`).first()).toHaveText("调整申请须填写理由。");
  await expect(page.getByTestId("target-request")).toHaveCount(0);

  await row.getByLabel("依据 / 来源").fill("省级园区名录调整，部分园区撤并（e2e）");
  await row.getByRole("button", { name: "申请调整" }).click();
  // The request waits (the form gives way to the pending line); the target and its verdict are unchanged.
  await expect(page.getByTestId(`request-pending-${KEY}`)).toHaveText("该目标已有一项待审批的调整申请。");
  const request = page.locator(`[data-testid="target-request"][data-indicator="${KEY}"]`);
  await expect(request).toContainText("待审批");
  await expect(request).toContainText("申请改为：目标：2025年达到 75 %（基期 2020年）");
  await expect(request).toContainText("现行：目标：2025年达到 100 %（基期 2020年）");
  await expect(targets.status(KEY)).toHaveText("未实现");

  // The evaluator finds it in the review area and approves it.
  await page.context().clearCookies();
  await signIn(EVALUATOR);
  await page.goto("/review");
  await page.getByTestId("target-requests-link").click();
  const pending = page.locator(`[data-testid="pending-target-request"][data-area="${AREA}"][data-indicator="${KEY}"]`);
  await expect(pending).toContainText("省级园区名录调整，部分园区撤并（e2e）");
  await expect(pending).toContainText("申请改为：目标：2025年达到 75 %（基期 2020年）");
  await pending.getByRole("button", { name: "批准" }).click();
  // It leaves the pending list for the decided ones.
  const decided = page.locator(`[data-testid="decided-target-request"][data-area="${AREA}"][data-indicator="${KEY}"]`);
  await expect(decided).toContainText("已批准");
  await expect(pending).toHaveCount(0);

  // The audit trail records the target's change with the request's reason, and the decision.
  const audit = new AuditPage(page);
  await audit.goto(`?area=${AREA}&entity=target`);
  const change = audit.rows.filter({ hasText: `${AREA}/${KEY}/fyp14` }).first();
  await expect(change).toContainText("省级园区名录调整，部分园区撤并（e2e）");
  await expect(change).toContainText("75");
  await audit.goto(`?area=${AREA}&entity=target_request`);
  await expect(audit.rows.first()).toContainText("目标调整申请");

  // Back as the official: the target is 75 and the verdict is now "met".
  await page.context().clearCookies();
  await signIn(official(AREA));
  await page.goto(`/areas/${AREA}/targets?period=fyp14`);
  await expect(page.getByTestId(`closed-target-${KEY}`)).toContainText("目标：2025年达到 75 %（基期 2020年）");
  await expect(targets.status(KEY)).toHaveText("已实现");
  await expect(request).toContainText("已批准");

  // The approved 2024 summary still shows the target it was approved with.
  await summary.goto(AREA, 2024);
  await expect(page.getByTestId(`summary-target-${KEY}`)).toHaveText("100 (2025)");
});

test("an official of an area whose target year is still open sets targets directly, without a request", async ({ page, signIn }) => {
  // 2030 is not submitted anywhere: the 15th period's targets are saved as before, with no request form.
  await signIn(official(AREA));
  await page.goto(`/areas/${AREA}/targets?period=fyp15`);
  const targets = new TargetsPage(page);
  await targets.expectOpen();
  await expect(page.getByTestId("targets-locked")).toHaveCount(0);
  await expect(targets.saveButton("rd_intensity")).toBeVisible();
  await expect(page.getByRole("button", { name: "申请调整" })).toHaveCount(0);
});

test("a declined request leaves the target, with the evaluator's note", async ({ page, signIn }) => {
  const KEY2 = "digital_core_share";
  const NAME2 = "数字经济核心产业增加值占GDP比重";
  const targets = new TargetsPage(page);
  await signIn(official(AREA));
  await page.goto(`/areas/${AREA}/targets?period=fyp14`);
  const row = targets.row(KEY2);
  await row.getByLabel(`${NAME2}: 目标`, { exact: true }).fill("6");
  await row.getByLabel("依据 / 来源").fill("调低目标（e2e）");
  await row.getByRole("button", { name: "申请调整" }).click();
  await expect(page.getByTestId(`request-pending-${KEY2}`)).toBeVisible();

  await page.context().clearCookies();
  await signIn(EVALUATOR);
  await page.goto("/review");
  const pending = page.locator(`[data-testid="pending-target-request"][data-area="${AREA}"][data-indicator="${KEY2}"]`);
  // Declining needs a note.
  await pending.getByRole("button", { name: "驳回" }).click();
  await expect(pending).toContainText("驳回申请须填写说明。");
  await pending.getByLabel(/^对 .+ 申请的说明$/).fill("2025年数据已出，不宜下调目标");
  await pending.getByRole("button", { name: "驳回" }).click();
  const decided = page.locator(`[data-testid="decided-target-request"][data-area="${AREA}"][data-indicator="${KEY2}"]`);
  await expect(decided).toContainText("已驳回");
  await expect(decided).toContainText("说明：2025年数据已出，不宜下调目标");

  await page.context().clearCookies();
  await signIn(official(AREA));
  await page.goto(`/areas/${AREA}/targets?period=fyp14`);
  await expect(page.getByTestId(`closed-target-${KEY2}`)).toContainText("目标：2025年达到 10.0 %（基期 2020年）");
  const request = page.locator(`[data-testid="target-request"][data-indicator="${KEY2}"]`);
  await expect(request).toContainText("已驳回");
  await expect(request).toContainText("说明：2025年数据已出，不宜下调目标");
});
