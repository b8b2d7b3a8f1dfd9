import { expectNoSeriousViolations } from "./axe";
import { expect, test } from "./fixtures";
import { signedInPage, valueOf } from "./helpers";
import { EntryPage } from "./pages/entry-page";
import { official } from "./pages/login-page";
import { AreaYearReviewPage, AuditPage, ReviewQueuePage, reviewNav, SubmissionPanel } from "./pages/review-page";

// One year's submission from draft to approved and back, as the official and an evaluator do it, in two
// browsers side by side. Area-year used here and nowhere else: 黄石 (huangshi) 2024; the value changed is
// land_tax_per_mu.

const AREA = "huangshi";
const YEAR = 2024;
const LAND_TAX = { key: "land_tax_per_mu", name: "工业用地亩均税收" };
const EVALUATOR = "evaluator@demo.local";

test("an official submits, an evaluator returns with a remark on one field, the official corrects, the evaluator approves and reopens", async ({
  browser,
  page,
  request,
  signIn,
}) => {
  test.setTimeout(120_000);
  const stored = await valueOf(request, AREA, LAND_TAX.key, YEAR);
  expect(stored, "demo data has land_tax_per_mu 2024 for huangshi").toBeDefined();
  // A small step from the stored value: no range or year-on-year flag, so no note is needed.
  const corrected = Math.round((stored!.value + 0.5) * 10) / 10;

  const entry = new EntryPage(page);
  const submission = new SubmissionPanel(page);
  await signIn(official(AREA));

  await test.step("the official sees the draft and submits it", async () => {
    await entry.goto(AREA, YEAR);
    await entry.expectOpen(YEAR);
    await expect(submission.status).toHaveText("草稿");
    await expect(entry.saveButton(YEAR)).toBeEnabled();
    await submission.submit("2024年数据已按统计公报填报（e2e）");
    await expect(submission.submitResult).toContainText("已提交审核");
    await expect(submission.status).toHaveText("已提交");
    // Submitted: the form is read-only and cannot be saved.
    await expect(entry.saveButton(YEAR)).toBeDisabled();
    await expect(submission.locked).toHaveText("已提交审核，不能保存。");
    await expect(entry.value(LAND_TAX.name)).not.toBeEditable();
  });

  const evaluator = await signedInPage(browser, EVALUATOR);
  const queue = new ReviewQueuePage(evaluator);
  const review = new AreaYearReviewPage(evaluator);

  await test.step("the evaluator finds it in the review queue (filtered) and returns it with a remark on one field", async () => {
    await reviewNav(evaluator).queue.click();
    await queue.expectOpen();
    await expect(queue.row(AREA, YEAR)).toBeVisible();
    await expect(queue.row(AREA, YEAR)).toContainText("已提交");
    await expectNoSeriousViolations(evaluator);
    // The filters narrow the list: city-level areas of 2024 that were submitted.
    await queue.level.selectOption({ label: "城市级示范区" });
    await queue.year.selectOption(String(YEAR));
    await queue.apply.click();
    await expect(evaluator).toHaveURL(/level=city/);
    await expect(queue.row(AREA, YEAR)).toBeVisible();
    await expect(queue.rows.filter({ hasNotText: "已提交" })).toHaveCount(0);

    await queue.open(AREA, YEAR);
    await review.expectOpen(YEAR);
    await expect(review.status).toHaveText("已提交");
    await expect(review.value(LAND_TAX.key)).toContainText(String(stored!.value));
    await expect(review.thread).toContainText("2024年数据已按统计公报填报（e2e）");
    await expectNoSeriousViolations(evaluator);

    await review.returnWith("请核实用地数据后重新提交（e2e）", [{ indicator: LAND_TAX.name, body: "亩均税收与税务部门数据不一致，请核实（e2e）" }]);
    await expect(review.result).toContainText("已退回");
    await expect(review.status).toHaveText("已退回");
    await expect(review.value(LAND_TAX.key)).toContainText("亩均税收与税务部门数据不一致");
  });

  await test.step("the official sees the remark next to that field, corrects the value and submits again", async () => {
    await entry.goto(AREA, YEAR);
    await expect(submission.status).toHaveText("已退回");
    await expect(submission.generalRemarks).toContainText("请核实用地数据后重新提交（e2e）");
    const remark = submission.remark(LAND_TAX.key);
    await expect(remark).toContainText("亩均税收与税务部门数据不一致，请核实（e2e）");
    // The remark sits inside that field's row and is read with its input.
    await expect(page.locator(`[data-field="${LAND_TAX.key}"]`).getByTestId(`remark-${LAND_TAX.key}`)).toBeVisible();
    await expect(entry.value(LAND_TAX.name)).toHaveAttribute("aria-describedby", new RegExp(`remark-${LAND_TAX.key}`));
    await expect(submission.remark("urban_rate")).toHaveCount(0);

    await entry.value(LAND_TAX.name).fill(String(corrected));
    // Unsaved changes cannot be submitted: they would not be part of the submission.
    await expect(submission.unsaved).toBeVisible();
    await expect(submission.submitButton).toBeDisabled();
    await entry.save(YEAR);
    await expect(entry.saveResult).toContainText("已保存：修改 1 项");
    await expect(submission.unsaved).toHaveCount(0);
    await submission.submit();
    await expect(submission.status).toHaveText("已提交");
    expect((await valueOf(request, AREA, LAND_TAX.key, YEAR))?.value).toBe(corrected);
  });

  await test.step("the evaluator approves the corrected year", async () => {
    await queue.goto();
    await expect(queue.row(AREA, YEAR)).toBeVisible();
    await queue.open(AREA, YEAR);
    await review.expectOpen(YEAR);
    await expect(review.value(LAND_TAX.key)).toContainText(String(corrected));
    await review.approve(YEAR, "数据已核实（e2e）");
    await expect(review.result).toContainText("已通过");
    await expect(review.status).toHaveText("已通过");
  });

  await test.step("the approved year is locked: saving is disabled, and a forced save is refused by the server", async () => {
    await entry.goto(AREA, YEAR);
    await expect(submission.status).toHaveText("已通过");
    await expect(submission.locked).toHaveText("已通过并锁定，不能保存。");
    await expect(entry.saveButton(YEAR)).toBeDisabled();
    await expect(page.getByTestId("submit-form")).toHaveCount(0);
    // Remove the button's `disabled` as a person with the browser's tools could: the server still refuses.
    await entry.saveButton(YEAR).evaluate((button) => button.removeAttribute("disabled"));
    await entry.save(YEAR);
    await expect(entry.saveError).toContainText("已通过审核并锁定，因此本次未保存");
    expect((await valueOf(request, AREA, LAND_TAX.key, YEAR))?.value).toBe(corrected);
  });

  await test.step("the evaluator reopens it with a reason; it is a draft again", async () => {
    await review.goto(AREA, YEAR);
    await review.expectOpen(YEAR);
    await expect(review.status).toHaveText("已通过");
    await review.reopen("统计公报修订，需更新数据（e2e）");
    await expect(review.result).toContainText("已重新开放");
    await expect(review.status).toHaveText("草稿");
    await expect(review.thread).toContainText("统计公报修订，需更新数据（e2e）");

    await entry.goto(AREA, YEAR);
    await expect(submission.status).toHaveText("草稿");
    await expect(entry.saveButton(YEAR)).toBeEnabled();
  });

  await test.step("the value's history opens from the entry form, old → new", async () => {
    const history = await submission.openHistory(LAND_TAX.key);
    const change = history.getByTestId("history-entry").first();
    await expect(change).toBeVisible();
    await expect(change).toContainText("黄石 演示联络员");
    await expect(change).toContainText(`${stored!.value.toFixed(1)} → ${corrected.toFixed(1)}`);
  });

  await test.step("the audit trail shows every state change and the value change, with reasons", async () => {
    await reviewNav(evaluator).audit.click();
    const audit = new AuditPage(evaluator);
    await expect(evaluator.getByRole("heading", { level: 1, name: "审计记录" })).toBeVisible();
    await audit.filter({ area: "湖北黄石" });
    const rows = evaluator.locator(`[data-testid="audit-row"][data-entity="area_year"][data-key="${AREA}/${YEAR}"]`);
    await expect(rows).toHaveCount(5);
    // Newest first: reopen, approve, submit, return, submit.
    await expect(rows.nth(0)).toContainText("状态: 已通过 → 草稿");
    await expect(rows.nth(0)).toContainText("统计公报修订，需更新数据（e2e）");
    await expect(rows.nth(0)).toContainText("演示评估员");
    await expect(rows.nth(1)).toContainText("状态: 已提交 → 已通过");
    await expect(rows.nth(2)).toContainText("状态: 已退回 → 已提交");
    await expect(rows.nth(2)).toContainText("黄石 演示联络员");
    await expect(rows.nth(3)).toContainText("状态: 已提交 → 已退回");
    await expect(rows.nth(3)).toContainText("请核实用地数据后重新提交（e2e）");
    await expect(rows.nth(4)).toContainText("状态: 草稿 → 已提交");

    const valueRow = evaluator.locator(`[data-testid="audit-row"][data-key="${AREA}/${LAND_TAX.key}/${YEAR}"]`);
    await expect(valueRow).toHaveCount(1);
    await expect(valueRow).toContainText(`数值: ${stored!.value} → ${corrected}`);
    await expect(valueRow).toContainText("official.huangshi@demo.local");
    await expectNoSeriousViolations(evaluator);
  });

  await evaluator.context().close();
});

test("officials have no review queue, and the review pages refuse them", async ({ page, signIn }) => {
  await signIn(official("zigong"));
  await expect(reviewNav(page).queue).toHaveCount(0);
  await expect(reviewNav(page).audit).toHaveCount(0);
  // The app streams every page behind its loading skeleton, so a refusal is the not-found page rather than a 404 status.
  for (const path of ["/review", `/review/${AREA}/${YEAR}`]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: "未找到" })).toBeVisible();
    await expect(page.getByTestId("queue-row")).toHaveCount(0);
    await expect(page.getByTestId("review-actions")).toHaveCount(0);
  }
});

test("signed-out visitors are sent to sign in", async ({ page }) => {
  await page.goto("/review");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Freview|\/login\?callbackUrl=\/review/);
});

test("the queue searches by area name or code, keeps the other filters, and pages 50 at a time", async ({ page, signIn }) => {
  await signIn(EVALUATOR);
  const queue = new ReviewQueuePage(page);
  // Every state: 40 areas' years fill several pages.
  await queue.goto("?status=all");
  await expect(queue.rows).toHaveCount(50);
  await expect(queue.pagination.getByTestId("page-of")).toHaveText(/^第 1 \/ \d+ 页$/);
  await queue.pagination.getByRole("link", { name: "下一页" }).click();
  await expect(page).toHaveURL(/[?&]page=2/);
  await expect(queue.pagination.getByTestId("page-of")).toHaveText(/^第 2 \/ \d+ 页$/);

  // A search from page 2 shows the first page of its result, with the state filter kept.
  await queue.searchBox.fill("长兴");
  await queue.apply.click();
  await expect(page).toHaveURL(/[?&]q=/);
  await expect(page).not.toHaveURL(/[?&]page=/);
  await expect(queue.status).toHaveValue("all");
  await expect(queue.searchBox).toHaveValue("长兴");
  await expect(queue.rows.first()).toBeVisible();
  for (const area of await queue.rows.evaluateAll((rows) => rows.map((r) => r.getAttribute("data-area")))) expect(area).toBe("changxing-etdz");
  await expect(queue.count).toContainText(String(await queue.rows.count()));
  await expect(queue.pagination).toHaveCount(0);

  // By code, among submitted years only.
  await queue.goto("?q=changxing-etdz");
  await expect(queue.row("changxing-etdz", 2025)).toBeVisible();
  await expect(queue.rows).toHaveCount(1);
  await expectNoSeriousViolations(page);
});
